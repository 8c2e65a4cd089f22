import { ROW_KIND_LABELS } from '../compare/align'
import { formatIsoDate } from '../text/dates'
import type { CompareOptions } from '../compare/options'
import { opSide, trimForMarking, type WordOp } from '../compare/word-diff'
import type { ResolvedReference } from '../references/resolve'
import type { ReportDocument, ReportModel, ReportRow, ReportSection } from './model'
import { escapeHtml } from '../markup/escape'
import { pageStyles, REPORT_STYLESHEET } from './stylesheet'

/**
 * What a report may load and run: its inline stylesheet, nothing else. A report opened in a
 * browser, or printed, runs no script and reaches no server, whatever its documents hold.
 */
export const REPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

function readableTime(iso: string): string {
  return `${formatIsoDate(iso, 'short')}, ${iso.slice(11, 16)} UTC`
}

function optionsText(options: CompareOptions): string {
  const ignored = [
    options.ignoreCase && 'case',
    options.ignorePunctuation && 'punctuation',
    options.ignoreWhitespace && 'spacing',
    options.plainTypography && 'quote and dash styles',
  ].filter(Boolean)
  const ignoring = ignored.length ? `ignoring ${ignored.join(', ')}` : 'ignoring nothing'
  return `${ignoring}; paragraphs paired from ${Math.round(options.similarityThreshold * 100)}% similar`
}

const MOVED_STYLE = 'color: #5b3a87; background: #efe7f7; text-decoration-style: double'

/** The text of one side of a pair of paragraphs with its changes marked: <del> and <ins>, struck and underlined; moved phrases at both ends. */
function markedText(ops: WordOp[], side: 'left' | 'right' | 'inline'): string {
  let html = ''
  for (const op of ops) {
    if (op.op === 'equal') {
      html += escapeHtml(side === 'left' ? op.text : (op.rightText ?? op.text))
      continue
    }
    const fromLeft = opSide(op) === 'left'
    if (side !== 'inline' && fromLeft !== (side === 'left')) continue
    const { before, core, after } = trimForMarking(op.text)
    const element = fromLeft ? 'del' : 'ins'
    // A moved phrase: struck or underlined twice in the moved colour, its id pairing the two ends (inline: the stylesheet is another's).
    const marked =
      op.op === 'move-from' || op.op === 'move-to'
        ? `<${element} class="moved" style="${MOVED_STYLE}">${escapeHtml(core)}</${element}><sup class="move-id">${fromLeft ? '→' : '←'}${op.id!}</sup>`
        : `<${element}>${escapeHtml(core)}</${element}>`
    html += `${escapeHtml(before)}${marked}${escapeHtml(after)}`
  }
  return html
}

function paragraphsHtml(text: string, mark: 'del' | 'ins' | null): string {
  const escaped = escapeHtml(text)
  return mark ? `<${mark}>${escaped}</${mark}>` : escaped
}

function kindBadge(row: ReportRow): string {
  const similarity = row.row.ops ? ` <span class="similarity">${Math.round(row.row.similarity * 100)}%</span>` : ''
  const moved = row.moved ? ' <span class="badge badge-moved">Moved</span>' : ''
  return row.kind === 'equal' ? '' : `<span class="badge badge-${row.kind}">${ROW_KIND_LABELS[row.kind]}</span>${moved}${similarity}`
}

function sideBySideRow(row: ReportRow): string {
  const left = row.row.ops ? markedText(row.row.ops, 'left') : paragraphsHtml(row.leftText, row.kind === 'deleted' ? 'del' : null)
  const right = row.row.ops ? markedText(row.row.ops, 'right') : paragraphsHtml(row.rightText, row.kind === 'inserted' ? 'ins' : null)
  const note = row.note ? `<p class="note">${escapeHtml(row.note)}</p>` : ''
  return `<div class="row row-${row.kind}">
<div class="label">${escapeHtml(row.leftLabel)}</div><div class="text${row.leftText ? '' : ' empty'}">${left}</div>
<div class="kind">${kindBadge(row)}</div>
<div class="label">${escapeHtml(row.rightLabel)}</div><div class="text${row.rightText ? '' : ' empty'}">${right}</div>
${note ? `<div class="row-note">${note}</div>` : ''}</div>`
}

function inlineRow(row: ReportRow): string {
  const text = row.row.ops
    ? markedText(row.row.ops, 'inline')
    : row.kind === 'deleted'
      ? paragraphsHtml(row.leftText, 'del')
      : row.kind === 'inserted'
        ? paragraphsHtml(row.rightText, 'ins')
        : paragraphsHtml(row.leftText, null)
  const label = row.leftLabel && row.rightLabel && row.leftLabel !== row.rightLabel ? `${row.leftLabel} → ${row.rightLabel}` : row.leftLabel || row.rightLabel
  const note = row.note ? `<p class="note">${escapeHtml(row.note)}</p>` : ''
  return `<div class="row row-${row.kind}"><div class="label">${escapeHtml(label)}</div><div class="text">${text}${note}</div><div class="kind">${kindBadge(row)}</div></div>`
}

function documentCard(document: ReportDocument, role: string): string {
  const publisher = document.publisher ? `<span>${escapeHtml(document.publisher)}</span>` : ''
  return `<div class="document"><p class="role">${escapeHtml(role)}</p><h2>${escapeHtml(document.title)}</h2>
<p class="meta">${publisher}<span>${escapeHtml(formatIsoDate(document.date, 'short'))}</span><span class="file">${escapeHtml(document.path)}</span></p></div>`
}

function statsTable(section: ReportSection): string {
  const { stats } = section.comparison
  const cells = (['equal', 'modified', 'moved', 'split', 'merged', 'inserted', 'deleted'] as const)
    .map((kind) => `<td><span class="number">${stats[kind]}</span> ${kind}</td>`)
    .join('')
  return `<table class="stats"><tr><td><span class="number">${Math.round(stats.similarity * 100)}%</span> similar</td>${cells}
<td><ins>+${stats.wordsInserted}</ins> <del>−${stats.wordsDeleted}</del> words</td></tr></table>`
}

function sectionHtml(section: ReportSection, index: number, total: number, layout: ReportModel['input']['layout']): string {
  const heading = total > 1 ? `<h2 class="section-title">${index + 1}. Compared with ${escapeHtml(section.right.title)}</h2>` : ''
  const head = layout === 'side-by-side'
    ? `<div class="row row-head"><div></div><div>${escapeHtml(section.left.title)}</div><div></div><div></div><div>${escapeHtml(section.right.title)}</div></div>`
    : ''
  const rows = section.rows.map(layout === 'side-by-side' ? sideBySideRow : inlineRow).join('\n')
  return `<section class="comparison ${layout}">${heading}${statsTable(section)}${head}\n${rows}</section>`
}

function referencesHtml(documents: ReportDocument[]): string {
  const blocks = documents
    .filter((document) => document.references.length > 0)
    .map((document) => {
      const items = document.references.map((reference) => `<li><span class="ref-text">“${escapeHtml(reference.text)}”</span> ${referenceOutcome(reference)}</li>`).join('\n')
      return `<h3>${escapeHtml(document.title)}</h3><ol class="references">${items}</ol>`
    })
  if (blocks.length === 0) return ''
  return `<section class="references-section"><h2>References</h2>${blocks.join('\n')}</section>`
}

function referenceOutcome(reference: ResolvedReference): string {
  if (reference.candidates.length === 0) return `<span class="ref-unresolved">not found: ${escapeHtml(reference.reason ?? 'no document fits')}</span>`
  const where = reference.candidates
    .map((candidate) => `${escapeHtml(candidate.document)}${candidate.paragraphs.length ? ` ¶ ${escapeHtml(candidate.paragraphs.join(', '))}` : ''}`)
    .join('; ')
  return `→ ${reference.candidates.length > 1 ? `one of: ${where}` : where}`
}

/**
 * The report as one self-contained HTML page: print stylesheet inline, running header and page
 * numbers in the page margins, so every way of printing it (Electron, Chromium, a browser's own
 * Print) gives the same pages.
 */
export function renderReportHtml(model: ReportModel): string {
  const { input } = model
  const [base, ...others] = input.documents
  const pageCss = pageStyles({
    orientation: input.layout === 'side-by-side' ? 'landscape' : 'portrait',
    header: model.title.length > 140 ? `${model.title.slice(0, 139)}…` : model.title,
    footer: `Made ${readableTime(input.generatedAt)}`,
  })
  const cards = [documentCard(base!, others.length > 1 ? 'Base' : 'Left'), ...others.map((document, k) => documentCard(document, others.length > 1 ? `Document ${k + 2}` : 'Right'))].join('\n')
  const legend = `<p class="legend"><del>deleted words</del> are struck through, <ins>inserted words</ins> underlined;
<span class="badge badge-moved">Moved</span>, <span class="badge badge-split">Split</span> and <span class="badge badge-merged">Merged</span> paragraphs say where they went.
Paragraph numbers are the documents' own; ¶ n counts paragraphs that have none.</p>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CONTENT_SECURITY_POLICY)}">
<title>${escapeHtml(model.title)}</title>
<meta name="generator" content="Communique">
<style>${pageCss}\n${REPORT_STYLESHEET}</style></head>
<body class="${input.layout}">
<header class="report-header"><p class="kicker">Comparison report</p><div class="documents">${cards}</div>
<p class="made">Made ${readableTime(input.generatedAt)} with Communique, comparing ${escapeHtml(optionsText(input.options))}. Layout: ${input.layout === 'side-by-side' ? 'side by side' : 'inline redline'}.</p>
${legend}</header>
${model.sections.map((section, index) => sectionHtml(section, index, model.sections.length, input.layout)).join('\n')}
${referencesHtml(input.documents)}
</body></html>`
}

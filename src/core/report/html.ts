import { ROW_KIND_LABELS } from '../compare/align'
import { formatIsoDate } from '../text/dates'
import type { CompareOptions } from '../compare/options'
import { trimForMarking, type WordOp } from '../compare/word-diff'
import type { ResolvedReference } from '../references/resolve'
import type { GridCell } from '../compare/multi'
import { paragraphLabel } from '../text/paragraphs'
import type { ExcerptPiece } from './excerpt'
import { rowAnchor, type ReportDocument, type ReportModel, type ReportRow, type ReportSection } from './model'
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

function unexpected(kind: never): never {
  throw new Error(`Unknown kind of word change: ${String(kind)}`)
}

/** The text of one side of a pair of paragraphs with its changes marked: <del> and <ins>, struck and underlined. */
function markedText(ops: WordOp[], side: 'left' | 'right' | 'inline'): string {
  let html = ''
  const mark = (text: string, tag: 'del' | 'ins'): string => {
    const { before, core, after } = trimForMarking(text)
    return `${escapeHtml(before)}<${tag}>${escapeHtml(core)}</${tag}>${escapeHtml(after)}`
  }
  for (const op of ops) {
    switch (op.op) {
      case 'equal':
        html += escapeHtml(side === 'left' ? op.text : (op.rightText ?? op.text))
        break
      case 'delete':
        if (side !== 'right') html += mark(op.text, 'del')
        break
      case 'insert':
        if (side !== 'left') html += mark(op.text, 'ins')
        break
      default:
        return unexpected(op.op)
    }
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

const noteHtml = (row: ReportRow): string => (row.note ? `<p class="note">${escapeHtml(row.note)}</p>` : '')

function sideBySideRow(row: ReportRow, index: number): string {
  const left = row.row.ops ? markedText(row.row.ops, 'left') : paragraphsHtml(row.leftText, row.kind === 'deleted' ? 'del' : null)
  const right = row.row.ops ? markedText(row.row.ops, 'right') : paragraphsHtml(row.rightText, row.kind === 'inserted' ? 'ins' : null)
  return `<tr id="${rowAnchor(index)}" class="row row-${row.kind}"><td class="label">${escapeHtml(row.leftLabel)}</td><td class="text${row.leftText ? '' : ' empty'}">${left}</td>
<td class="kind">${kindBadge(row)}</td><td class="label">${escapeHtml(row.rightLabel)}</td><td class="text${row.rightText ? '' : ' empty'}">${right}${noteHtml(row)}</td></tr>`
}

function inlineText(row: ReportRow): string {
  if (row.row.ops) return markedText(row.row.ops, 'inline')
  if (row.kind === 'deleted') return paragraphsHtml(row.leftText, 'del')
  if (row.kind === 'inserted') return paragraphsHtml(row.rightText, 'ins')
  return paragraphsHtml(row.rightText, null)
}

function inlineRow(row: ReportRow, index: number): string {
  const label = row.leftLabel && row.rightLabel && row.leftLabel !== row.rightLabel ? `${row.leftLabel} → ${row.rightLabel}` : row.leftLabel || row.rightLabel
  return `<tr id="${rowAnchor(index)}" class="row row-${row.kind}"><td class="label">${escapeHtml(label)}</td><td class="text">${inlineText(row)}${noteHtml(row)}</td><td class="kind">${kindBadge(row)}</td></tr>`
}

function documentCard(document: ReportDocument, title: string, role: string): string {
  const publisher = document.publisher ? `<span>${escapeHtml(document.publisher)}</span>` : ''
  return `<div class="document"><p class="role">${escapeHtml(role)}</p><h2>${escapeHtml(title)}</h2>
<p class="meta">${publisher}<span>${escapeHtml(formatIsoDate(document.date, 'short'))}</span><span class="file">${escapeHtml(document.path)}</span></p></div>`
}

function statsTable(section: ReportSection, caption: string | null): string {
  const { stats } = section.comparison
  const cells = (['equal', 'modified', 'moved', 'split', 'merged', 'inserted', 'deleted'] as const)
    .map((kind) => `<td><span class="number">${stats[kind]}</span> ${kind}</td>`)
    .join('')
  const head = caption ? `<th>${escapeHtml(caption)}</th>` : ''
  return `<tr>${head}<td><span class="number">${Math.round(stats.similarity * 100)}%</span> similar</td>${cells}
<td><ins>+${stats.wordsInserted}</ins> <del>−${stats.wordsDeleted}</del> words</td></tr>`
}

/** A column head: the document's role and its title, told apart from the others'. */
const columnHead = (role: string, title: string): string => `<span class="role">${escapeHtml(role)}</span> ${escapeHtml(title)}`

function pairHtml(model: ReportModel): string {
  const section = model.sections[0]!
  const [leftTitle, rightTitle] = model.titles
  const sideBySide = model.input.layout === 'side-by-side'
  // A table head is printed again at the top of every page the table runs onto.
  const head = sideBySide
    ? `<colgroup><col class="col-label"><col><col class="col-kind"><col class="col-label"><col></colgroup>
<thead><tr class="row-head"><th></th><th>${columnHead('Left', leftTitle!)}</th><th></th><th></th><th>${columnHead('Right', rightTitle!)}</th></tr></thead>`
    : `<colgroup><col class="col-label-wide"><col><col class="col-kind"></colgroup>
<thead><tr class="row-head"><th></th><th>${columnHead('Redline', `${leftTitle} → ${rightTitle}`)}</th><th></th></tr></thead>`
  const rows = section.rows.map(sideBySide ? sideBySideRow : inlineRow).join('\n')
  return `<section class="comparison"><table class="stats">${statsTable(section, null)}</table>
<table class="rows ${model.input.layout}">${head}<tbody>\n${rows}</tbody></table></section>`
}

/** What one compared document shows beside a base paragraph, as the screen's columns show it. */
function gridCellHtml(cell: GridCell | null, row: ReportRow | null): string {
  if (!cell || !row) return '<td class="text empty"></td>'
  if (cell.continued) return '<td class="text placeholder">↑ merged into the paragraph above</td>'
  const label = `<span class="cell-label">${escapeHtml(row.rightLabel)}</span>`
  // A paragraph this document lacks: a thin mark, not the base's text again.
  if (row.kind === 'deleted') return '<td class="text placeholder"><span class="badge badge-deleted">Not here</span></td>'
  return `<td class="text cell-${row.kind}">${label}${kindBadge(row)} ${inlineText(row)}${noteHtml(row)}</td>`
}

function columnsHtml(model: ReportModel): string {
  const base = model.input.documents[0]!
  const grid = model.grid!
  const reportRows = model.sections.map((section) => new Map(section.rows.map((row) => [row.row, row])))
  const heads = model.titles.map((title, k) => `<th>${columnHead(k === 0 ? 'Base' : `Document ${k + 1}`, title)}</th>`).join('')
  const rows = grid.map((gridRow, g) => {
    const baseCell = gridRow.base === null
      ? '<td class="text empty"></td>'
      : `<td class="text"><span class="cell-label">${escapeHtml(paragraphLabel(base.paragraphs[gridRow.base]!))}</span>${escapeHtml(base.paragraphs[gridRow.base]!.text)}</td>`
    const cells = gridRow.cells.map((cell, k) => gridCellHtml(cell, cell ? reportRows[k]!.get(cell.row)! : null)).join('')
    const changed = gridRow.cells.some((cell) => cell !== null && cell.row.kind !== 'equal')
    return `<tr id="${rowAnchor(g)}" class="row ${changed ? 'row-changed' : 'row-equal'}">${baseCell}${cells}</tr>`
  })
  const stats = model.sections.map((section, k) => statsTable(section, `Document ${k + 2}`)).join('\n')
  return `<section class="comparison"><table class="stats">${stats}</table>
<table class="rows columns"><thead><tr class="row-head">${heads}</tr></thead><tbody>\n${rows.join('\n')}</tbody></table></section>`
}

function excerptHtml(pieces: ExcerptPiece[]): string {
  return pieces
    .map((piece) => (piece.mark === 'deleted' ? `<del>${escapeHtml(piece.text)}</del>` : piece.mark === 'inserted' ? `<ins>${escapeHtml(piece.text)}</ins>` : escapeHtml(piece.text)))
    .join('')
}

/** The table of changes, first in the report: each change's kind, place (a link to its row) and words. */
function changesHtml(model: ReportModel): string {
  if (model.changes.length === 0) return '<section class="changes"><h2>Changes</h2><p class="no-changes">No changes: the documents read the same with these options.</p></section>'
  const several = model.sections.length > 1
  const documentHead = several ? '<th class="col-document">Document</th>' : ''
  const rows = model.changes.map((change, i) => {
    const document = several ? `<td>${change.document + 1}</td>` : ''
    const kind = `${ROW_KIND_LABELS[change.kind]}${change.moved ? ', moved' : ''}`
    return `<tr><td class="number">${i + 1}</td><td><span class="badge badge-${change.kind}">${kind}</span></td>${document}<td class="place"><a href="#${change.anchor}">${escapeHtml(change.place)}</a></td><td class="excerpt">${excerptHtml(change.excerpt)}</td></tr>`
  })
  return `<section class="changes"><h2>Changes <span class="count">${model.changes.length}</span></h2>
<table class="changes-table"><thead><tr><th class="col-number">#</th><th class="col-kind-wide">Kind</th>${documentHead}<th class="col-place">Place</th><th>What changed</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`
}

function referencesHtml(documents: ReportDocument[], titles: string[]): string {
  const blocks = documents.flatMap((document, k) => {
    if (document.references.length === 0) return []
    const items = document.references.map((reference) => `<li><span class="ref-text">“${escapeHtml(reference.text)}”</span> ${referenceOutcome(reference)}</li>`).join('\n')
    return [`<h3>${escapeHtml(titles[k]!)}</h3><ol class="references">${items}</ol>`]
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
  const pageCss = pageStyles({ page: input.page, header: model.header, footer: `Made ${readableTime(input.generatedAt)}` })
  const role = (k: number): string => (others.length > 1 ? (k === 0 ? 'Base' : `Document ${k + 1}`) : k === 0 ? 'Left' : 'Right')
  const cards = [base!, ...others].map((document, k) => documentCard(document, model.titles[k]!, role(k))).join('\n')
  const legend = `<p class="legend"><del>deleted words</del> are struck through, <ins>inserted words</ins> underlined;
<span class="badge badge-moved">Moved</span>, <span class="badge badge-split">Split</span> and <span class="badge badge-merged">Merged</span> paragraphs say where they went.
Paragraph numbers are the documents' own; ¶ n counts paragraphs that have none.</p>`
  const layout = model.grid ? 'columns' : input.layout === 'side-by-side' ? 'side by side' : 'inline redline'
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CONTENT_SECURITY_POLICY)}">
<title>${escapeHtml(model.title)}</title>
<meta name="generator" content="Communique">
<style>${pageCss}\n${REPORT_STYLESHEET}</style></head>
<body class="${model.grid ? 'columns' : input.layout}">
<header class="report-header"><p class="kicker">Comparison report</p><div class="documents">${cards}</div>
<p class="made">Made ${readableTime(input.generatedAt)} with Communique, comparing ${escapeHtml(optionsText(input.options))}. Layout: ${layout}; ${input.page.size === 'a4' ? 'A4' : 'Letter'} ${input.page.orientation}.</p>
${legend}</header>
${changesHtml(model)}
${model.grid ? columnsHtml(model) : pairHtml(model)}
${referencesHtml(input.documents, model.titles)}
</body></html>`
}

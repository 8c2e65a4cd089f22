import { isQuotation } from '../core/quotations/as-references'
import type { ResolvedReference } from '../core/references/resolved'

/**
 * The stable JSON shape of `communique refs --json`: one entry per reference or quotation, in
 * folder order. `kind` says which ("reference", "quotation"); `unit` is the innermost unit's kind.
 */
export function referencesJson(references: ResolvedReference[]): object[] {
  return references.map((reference) => ({
    source: reference.source,
    start: reference.start,
    end: reference.end,
    text: reference.text,
    kind: isQuotation(reference) ? 'quotation' : 'reference',
    unit: reference.path.at(-1)?.kind ?? reference.kind,
    units: reference.units,
    path: reference.path,
    designation: reference.designation,
    language: reference.language,
    target: reference.target && { document: reference.target.document, paragraph: reference.target.paragraph, paragraphs: reference.target.paragraphs },
    candidates: reference.candidates.map((candidate) => ({ document: candidate.document, paragraph: candidate.paragraph, paragraphs: candidate.paragraphs, reason: candidate.reason })),
    reason: reference.reason,
    confidence: reference.confidence,
    why: reference.why,
  }))
}

/** One line per reference: where it stands, what it says, where it leads (or why it leads nowhere). */
export function referencesSummary(references: ResolvedReference[]): string {
  if (references.length === 0) return 'No references found.\n'
  const lines: string[] = []
  let source = ''
  for (const reference of references) {
    if (reference.source !== source) {
      source = reference.source
      lines.push(lines.length ? `\n${source}` : source)
    }
    const where = (target: { document: string; paragraph: string | null }) => (target.paragraph ? `${target.document} ¶ ${target.paragraph}` : target.document)
    const outcome = reference.target
      ? `→ ${where(reference.target)}`
      : reference.candidates.length
        ? `→ one of: ${reference.candidates.map(where).join('; ')}`
        : `✗ ${reference.reason ?? 'not resolved'}`
    lines.push(`  "${reference.text}" ${outcome}${reference.target || reference.candidates.length ? ` (${Math.round(reference.confidence * 100)}%: ${reference.why})` : ''}`)
  }
  return `${lines.join('\n')}\n`
}

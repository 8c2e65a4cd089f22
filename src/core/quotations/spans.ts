import { isQuotation } from './as-references'

interface LinkSpan {
  start: number
  end: number
  reference: { kind: string }
}

/**
 * A quoted passage may hold a reference ("… as paragraph 4 of the Statement provides …"): the
 * reference stays a link of its own, the quotation's link goes on either side of it. Spans come
 * sorted by start; quotations do not overlap one another, so one pointer walks the references.
 */
export function referencesFirst<S extends LinkSpan>(spans: S[]): S[] {
  const references = spans.filter((span) => !isQuotation(span.reference))
  if (references.length === spans.length) return spans
  const result: S[] = [...references]
  let first = 0
  for (const span of spans) {
    if (!isQuotation(span.reference)) continue
    while (first < references.length && references[first]!.end <= span.start) first++
    let start = span.start
    for (let r = first; r < references.length && references[r]!.start < span.end; r++) {
      if (references[r]!.start > start) result.push({ ...span, start, end: references[r]!.start })
      start = Math.max(start, references[r]!.end)
    }
    if (start < span.end) result.push({ ...span, start })
  }
  return result.sort((a, b) => a.start - b.start)
}

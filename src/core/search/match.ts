import { surfaceKey, type AnalysedWord } from './analyze'
import type { ParsedQuery, QueryWord } from './query'

function matches(text: string, word: AnalysedWord, query: QueryWord): boolean {
  if (query.prefix) return surfaceKey(text.slice(word.start, word.end)).startsWith(query.surface)
  return query.keys.includes(word.key)
}

/**
 * Where a paragraph holds every clause of a query: the spans (start and end offsets in its text)
 * of each occurrence of each clause, in order; null when a clause is missing. A phrase matches
 * words in a row. Time is the paragraph's words times the clauses' words, both bounded.
 */
export function findHits(text: string, words: AnalysedWord[], query: ParsedQuery): [number, number][] | null {
  if (query.clauses.length === 0) return null
  const hits: [number, number][] = []
  for (const clause of query.clauses) {
    let found = false
    for (let i = 0; i + clause.length <= words.length; i++) {
      let k = 0
      while (k < clause.length && matches(text, words[i + k]!, clause[k]!)) k++
      if (k < clause.length) continue
      hits.push([words[i]!.start, words[i + clause.length - 1]!.end])
      found = true
    }
    if (!found) return null
  }
  return hits.sort((a, b) => a[0] - b[0])
}

/** A stretch of a paragraph shown in a result, and the hits in it (offsets within the snippet). */
export interface Snippet {
  text: string
  hits: [number, number][]
}

const SNIPPET_BEFORE = 80
const SNIPPET_LENGTH = 320

/**
 * The paragraph's text around its first hit, cut at spaces, with an ellipsis where it is cut;
 * overlapping hits are merged. Cuts look for a space in a bounded stretch only.
 */
export function snippetOf(text: string, hits: [number, number][]): Snippet {
  const first = hits[0]?.[0] ?? 0
  let start = Math.max(0, first - SNIPPET_BEFORE)
  if (start > 0) {
    const space = text.slice(start, first).indexOf(' ')
    if (space >= 0) start += space + 1
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (end < text.length) {
    const space = text.slice(start + SNIPPET_LENGTH / 2, end).lastIndexOf(' ')
    if (space >= 0) end = start + SNIPPET_LENGTH / 2 + space
  }
  const lead = start > 0 ? '… ' : ''
  const shown: [number, number][] = []
  for (const [from, to] of hits) {
    if (to <= start || from >= end) continue
    const span: [number, number] = [Math.max(from, start) - start + lead.length, Math.min(to, end) - start + lead.length]
    const last = shown[shown.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else shown.push(span)
  }
  return { text: lead + text.slice(start, end) + (end < text.length ? ' …' : ''), hits: shown }
}

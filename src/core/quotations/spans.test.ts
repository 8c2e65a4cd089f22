import { describe, expect, it } from 'vitest'
import type { ResolvedReference } from '../references/resolved'
import { QUOTATION_KIND } from './as-references'
import { referencesFirst } from './spans'

const TEXT = 'He said that “as paragraph 4 of the Statement provides, the corridor stays open in both directions”.'

function link(text: string, kind: string): ResolvedReference {
  const start = TEXT.indexOf(text)
  return { key: text, source: 'a.txt', paragraph: 0, paragraphStart: start, paragraphEnd: start + text.length, start, end: start + text.length, text, kind, units: [], path: [], designation: null, language: null, target: null, candidates: [], reason: null, confidence: 1, why: '', corrected: false }
}

describe('referencesFirst', () => {
  it('keeps a reference inside a quoted passage a link of its own, the quotation linked on either side', () => {
    const reference = link('paragraph 4 of the Statement', 'paragraph')
    const quotation = link('as paragraph 4 of the Statement provides, the corridor stays open in both directions', QUOTATION_KIND)
    const spans = referencesFirst([quotation, reference].map((linked) => ({ start: linked.start, end: linked.end, reference: linked })))
    expect(spans.map((span) => [TEXT.slice(span.start, span.end), span.reference.kind])).toEqual([
      ['as ', QUOTATION_KIND],
      ['paragraph 4 of the Statement', 'paragraph'],
      [' provides, the corridor stays open in both directions', QUOTATION_KIND],
    ])
  })
})

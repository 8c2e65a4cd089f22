import { KIND_NUMBER, KIND_WORD, scan } from '../compare/scan'
import { foldWord } from './fold'
import { hyphenParts, queryKeys, surfaceKey } from './analyze'

/**
 * One word of a query: the keys it stands for; or, for a prefix ("negotiat*"), what the words
 * found must begin with as written.
 */
export type QueryWord = { prefix: false; keys: string[] } | { prefix: true; surface: string }

/** A clause every paragraph found must hold: one word, or a phrase of words in a row. */
export type QueryClause = QueryWord[]

export interface ParsedQuery {
  clauses: QueryClause[]
}

/** Bounds on what one query asks, so that a pasted page costs no more than a sentence. */
export const MAX_QUERY_LENGTH = 1000
const MAX_CLAUSES = 16
const MAX_PHRASE_WORDS = 16

const QUOTES = new Set(['"', '“', '”', '«', '»', '„'])

function isUnspaced(word: string): boolean {
  const code = word.charCodeAt(0)
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x0e00 && code <= 0x0eff) || (code >= 0xff66 && code <= 0xff9f)
}

/**
 * Reads a query: words, "phrases in quotes" (straight, typographic or guillemets), and a `*`
 * after a word for a prefix. A hyphenated word is the phrase of its parts, and a run of Chinese,
 * Japanese or Thai typed without spaces the phrase of its segmented words, as that is how it was
 * written. One pass over the query, cut at MAX_QUERY_LENGTH.
 */
export function parseQuery(query: string): ParsedQuery {
  const text = query.slice(0, MAX_QUERY_LENGTH)
  const { starts, kinds, count } = scan(text)
  const clauses: QueryClause[] = []
  let quoted: QueryWord[] | null = null
  let run: QueryWord[] = []
  const endRun = (): void => {
    if (run.length > 0) clauses.push(run.slice(0, MAX_PHRASE_WORDS))
    run = []
  }
  for (let t = 0; t < count; t++) {
    const start = starts[t]!
    const end = starts[t + 1]!
    const kind = kinds[t]
    if (kind !== KIND_WORD && kind !== KIND_NUMBER) {
      // What stands between words ends a run of unspaced words, but a prefix's star does not.
      if (text[start] !== '*') endRun()
      for (let i = start; i < end; i++) {
        if (!QUOTES.has(text[i]!)) continue
        if (quoted && quoted.length > 0) clauses.push(quoted.slice(0, MAX_PHRASE_WORDS))
        quoted = quoted ? null : []
      }
      continue
    }
    const prefix = text[end] === '*'
    const words: QueryWord[] = []
    const add = (from: number, to: number): void => {
      const raw = text.slice(from, to)
      words.push(prefix && to === end ? { prefix: true, surface: surfaceKey(raw) } : { prefix: false, keys: kind === KIND_WORD ? queryKeys(raw) : [foldWord(raw)] })
    }
    if (kind === KIND_WORD) hyphenParts(text, start, end, add)
    else add(start, end)
    if (quoted) quoted.push(...words)
    else if (kind === KIND_WORD && isUnspaced(text.slice(start, end))) run.push(...words)
    else {
      endRun()
      clauses.push(words.slice(0, MAX_PHRASE_WORDS))
    }
  }
  endRun()
  if (quoted && quoted.length > 0) clauses.push(quoted.slice(0, MAX_PHRASE_WORDS))
  return { clauses: clauses.slice(0, MAX_CLAUSES) }
}

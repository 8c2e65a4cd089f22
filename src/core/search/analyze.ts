import { KIND_NUMBER, KIND_WORD, scan } from '../compare/scan'
import type { LanguageCode } from '../languages/language'
import { foldWord } from './fold'
import { isStemmed, languagesOfScript, stem, type StemmedLanguage } from './stem'

/** A word of a text as the index knows it: where it stands, and its key (stemmed, folded). */
export interface AnalysedWord {
  start: number
  end: number
  key: string
}

/** Lower case as the stemmers expect it: a typographic apostrophe as ', "İ" as "i". */
export function lowerWord(word: string): string {
  return word.replace(/İ/g, 'i').toLowerCase().replace(/’/g, "'")
}

/** A word as written, folded: what a prefix is compared with. */
export function surfaceKey(word: string): string {
  return foldWord(lowerWord(word))
}

/**
 * Keys are remembered per language as words are met: a folder repeats its vocabulary, and
 * lower-casing, stemming and folding cost more than a look-up. The memory is bounded: an odd
 * file with millions of distinct words empties it.
 */
const MAX_REMEMBERED = 200_000
const rememberedKeys = new Map<StemmedLanguage | null, Map<string, string>>()

/** The key of a word of a document in `language`: stemmed when the word is in that language's script. */
export function wordKey(word: string, language: StemmedLanguage | null): string {
  let known = rememberedKeys.get(language)
  if (!known) rememberedKeys.set(language, (known = new Map<string, string>()))
  let key = known.get(word)
  if (key === undefined) {
    const lower = lowerWord(word)
    key = language && languagesOfScript(lower).includes(language) ? foldWord(stem(lower, language)) : foldWord(lower)
    if (known.size >= MAX_REMEMBERED) known.clear()
    known.set(word, key)
  }
  return key
}

/**
 * Every key a query word may stand for: as written (folded) and stemmed in each language of its
 * script. A query carries no language, so "statements" finds the English stem, "заявлениями" the
 * Russian one, and an unstemmed language's words the word itself.
 */
export function queryKeys(word: string): string[] {
  const lower = lowerWord(word)
  const keys = new Set([foldWord(lower)])
  for (const language of languagesOfScript(lower)) keys.add(foldWord(stem(lower, language)))
  return [...keys]
}

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011
}

/**
 * The parts of a word token between its hyphens ("Armenia-Azerbaijan", "five-year"): the
 * scanner keeps such a word whole, the search finds each part and the parts as a phrase.
 */
export function hyphenParts(text: string, start: number, end: number, push: (start: number, end: number) => void): void {
  let from = start
  for (let i = start; i < end; i++) {
    if (!isHyphen(text.charCodeAt(i))) continue
    if (i > from) push(from, i)
    from = i + 1
  }
  if (end > from) push(from, end)
}

/**
 * The words and numbers of a text, in order, with their keys. Words come from the comparison's
 * scanner (one pass; Intl.Segmenter for Chinese, Japanese, Thai and other unspaced scripts, in
 * bounded pieces), so search and comparison split text alike.
 */
export function analyseText(text: string, language: LanguageCode | null): AnalysedWord[] {
  const stemmedIn = isStemmed(language) ? language : null
  const { starts, kinds, count } = scan(text)
  const words: AnalysedWord[] = []
  for (let t = 0; t < count; t++) {
    const kind = kinds[t]
    if (kind === KIND_NUMBER) words.push({ start: starts[t]!, end: starts[t + 1]!, key: foldWord(text.slice(starts[t], starts[t + 1])) })
    else if (kind === KIND_WORD) hyphenParts(text, starts[t]!, starts[t + 1]!, (start, end) => words.push({ start, end, key: wordKey(text.slice(start, end), stemmedIn) }))
  }
  return words
}

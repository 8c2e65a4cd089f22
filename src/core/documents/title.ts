import type { LanguageCode } from '../languages/language'
import { LEADING_WORDS } from './kind-words'
import { findNouns, wordsOf, type FoundNoun } from './nouns'

/** Languages that put the head noun last: "… Prezidentinin Bəyanatı", "… Ortak Bildirisi", "…联合声明". */
const HEAD_FINAL: ReadonlySet<LanguageCode> = new Set(['az', 'tr', 'hy', 'zh'])

export function isHeadFinal(language: LanguageCode | null): boolean {
  return language !== null && HEAD_FINAL.has(language)
}

/** The noun a title calls its document by, and whether the title is built on it or only mentions it. */
export interface TitleHead {
  noun: FoundNoun
  /**
   * The title is a document's name ("Joint Statement by …", "No:304/21, Commentary of …",
   * "… Bəyanatı"), not a headline that mentions one ("Armenia and Azerbaijan sign statement").
   */
  names: boolean
  /** Found last, in a head-final title: a headline can end the same way ("…签署声明", "signed a statement"). */
  last: boolean
}

const EXACT_LEADING = new Set(LEADING_WORDS.filter((word) => !word.endsWith('*')))
const LEADING_STEMS = LEADING_WORDS.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1))
const isLeadingWord = (word: string) => {
  const lower = word.toLowerCase()
  return EXACT_LEADING.has(lower) || /\p{N}/u.test(lower) || LEADING_STEMS.some((stem) => lower.startsWith(stem))
}
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word)

/** A site or series name before the title proper: "MFA: Statement on …", "Press release — Statement …". */
const PREFIX_END = /[:|—–]\s/gu
/** After a head-final title's noun: nothing, or a subtitle after a dash, a colon or a comma. */
const NOTHING_OR_SUBTITLE = /^(?:[\s\p{P}]*$|\s?[,:(]|\s[-–—]\s)/u
/** At most this many capitalised names before a noun still name the document: "North Atlantic Treaty", "Helsinki Final Act". */
const MAX_PROPER_WORDS = 4

/** The title without the notes in brackets at its end: "(En/Ru)", "(10 November 2020)". */
export function titleProper(title: string): string {
  let proper = title.trimEnd()
  for (let i = 0; i < 3; i++) {
    const open = proper.endsWith(')') ? proper.lastIndexOf('(') : -1
    if (open <= 0) break
    proper = proper.slice(0, open).trimEnd()
  }
  return proper.replace(/[\s.,;:!?]+$/u, '')
}

/**
 * The title's head noun. Head-initial languages name the document first, after at most articles,
 * qualifiers and numbers ("The Joint Statement", "No:304/21, Commentary"); head-final ones last
 * ("… Bəyanatı"). A noun after a few capitalised names ("North Atlantic Treaty") still heads the
 * title, but may be a headline's: `names` is false then.
 */
export function titleHead(title: string, language: LanguageCode | null): TitleHead | null {
  const proper = titleProper(title)
  const nouns = findNouns(proper)
  if (nouns.length === 0) return null
  // "Statement: …" names its document whatever the language.
  const beforeColon = nouns.find((noun) => /^\s?:/u.test(proper.slice(noun.end, noun.end + 2)))
  if (beforeColon) return { noun: beforeColon, names: true, last: false }
  if (isHeadFinal(language)) {
    const last = nouns[nouns.length - 1]!
    return NOTHING_OR_SUBTITLE.test(proper.slice(last.end)) ? { noun: last, names: true, last: true } : null
  }
  let segmentStart = 0
  for (const match of proper.matchAll(PREFIX_END)) if (match.index < nouns[0]!.start) segmentStart = match.index + match[0].length
  const first = nouns.find((noun) => noun.start >= segmentStart) ?? nouns[0]!
  const before = wordsOf(proper.slice(segmentStart, first.start)).map((word) => word.text)
  if (before.every(isLeadingWord)) return { noun: first, names: true, last: false }
  if (before.length <= MAX_PROPER_WORDS && before.every((word) => isCapitalised(word) || isLeadingWord(word))) return { noun: first, names: false, last: false }
  return null
}

import type { CompareOptions } from './options'

export type TokenKind = 'word' | 'number' | 'space' | 'punct'

export interface Token {
  text: string
  kind: TokenKind
}

/**
 * One alternation, tried left to right: UN document symbols, then numbers and dates, then
 * words (letters, marks and digits, joined by inner apostrophes and hyphens), then white space,
 * then any other single character as punctuation.
 */
const TOKEN = new RegExp(
  [
    String.raw`(?<symbol>[A-Z]{1,6}(?:/[A-Z0-9][A-Z0-9.\-]*)+)`,
    String.raw`(?<number>[$€£¥]?\p{Nd}+(?:[.,:/\-]\p{Nd}+)*%?)(?![\p{L}\p{M}])`,
    String.raw`(?<word>[\p{L}\p{M}\p{Nd}]+(?:['’\-\u2010\u2011][\p{L}\p{M}\p{Nd}]+)*)`,
    String.raw`(?<space>\s+)`,
    String.raw`(?<punct>[\s\S])`,
  ].join('|'),
  'gu',
)

/** Scripts that do not put spaces between words: their runs are split by Intl.Segmenter. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

let segmenter: Intl.Segmenter | null = null

function segmentWords(text: string, into: Token[]): void {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })
  for (const part of segmenter.segment(text)) {
    into.push({ text: part.segment, kind: part.isWordLike ? 'word' : /^\s+$/u.test(part.segment) ? 'space' : 'punct' })
  }
}

/** Splits text into tokens whose concatenation is exactly the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups ?? {}
    const value = match[0]
    if (groups.word !== undefined && UNSPACED_SCRIPT.test(value)) segmentWords(value, tokens)
    else if (groups.word !== undefined) tokens.push({ text: value, kind: 'word' })
    else if (groups.symbol !== undefined || groups.number !== undefined) tokens.push({ text: value, kind: 'number' })
    else if (groups.space !== undefined) tokens.push({ text: value, kind: 'space' })
    else tokens.push({ text: value, kind: 'punct' })
  }
  return tokens
}

const TYPOGRAPHY: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
}
const TYPOGRAPHY_PATTERN = new RegExp(`[${Object.keys(TYPOGRAPHY).join('')}]`, 'g')

/**
 * What a token is compared by under the options. Tokens the options ignore compare as "", so a
 * caller can drop them from the comparison while keeping them in the output.
 */
export function comparisonKey(token: Token, options: CompareOptions): string {
  if (token.kind === 'space') return options.ignoreWhitespace ? '' : token.text
  let key = token.text
  if (options.plainTypography) key = key.replace(TYPOGRAPHY_PATTERN, (ch) => TYPOGRAPHY[ch] ?? ch)
  if (token.kind === 'punct' && options.ignorePunctuation) return ''
  if (options.ignoreCase) key = key.toLocaleLowerCase()
  return key
}

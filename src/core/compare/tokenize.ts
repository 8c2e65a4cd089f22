import type { CompareOptions } from './options'
import { KIND_NUMBER, KIND_PUNCT, KIND_SPACE, KIND_WORD, scan } from './scan'

export type TokenKind = 'word' | 'number' | 'space' | 'punct'

export interface Token {
  text: string
  kind: TokenKind
}

const KIND_NAMES: Record<number, TokenKind> = { [KIND_WORD]: 'word', [KIND_NUMBER]: 'number', [KIND_SPACE]: 'space', [KIND_PUNCT]: 'punct' }

/**
 * Splits text into tokens whose concatenation is exactly the text: words of any script (split by
 * Intl.Segmenter where the script has no spaces), numbers, dates and UN symbols kept whole
 * ("1,960", "$35,000,000", "2020-11-10", "S/RES/2334"), runs of white space, and punctuation, one
 * character each.
 */
export function tokenize(text: string): Token[] {
  const { starts, kinds, count } = scan(text)
  const tokens: Token[] = []
  for (let i = 0; i < count; i++) tokens.push({ text: text.slice(starts[i], starts[i + 1]), kind: KIND_NAMES[kinds[i]!]! })
  return tokens
}

const TYPOGRAPHY: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
}
const TYPOGRAPHY_PATTERN = new RegExp(`[${Object.keys(TYPOGRAPHY).join('')}]`, 'g')
const HAS_TYPOGRAPHY = new RegExp(`[${Object.keys(TYPOGRAPHY).join('')}]`)

/**
 * What a token is compared by under the options. Tokens the options ignore compare as "", so a
 * caller can drop them from the comparison while keeping them in the output.
 */
export function keyOf(text: string, kind: number, options: CompareOptions): string {
  if (kind === KIND_SPACE) return options.ignoreWhitespace ? '' : text
  if (kind === KIND_PUNCT && options.ignorePunctuation) return ''
  let key = text
  if (options.plainTypography && HAS_TYPOGRAPHY.test(key)) key = key.replace(TYPOGRAPHY_PATTERN, (ch) => TYPOGRAPHY[ch] ?? ch)
  if (options.ignoreCase) key = key.toLocaleLowerCase()
  return key
}

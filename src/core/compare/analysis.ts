import type { CompareOptions } from './options'
import { KIND_NUMBER, KIND_WORD, scan } from './scan'
import { keyOf } from './tokenize'

export const IGNORED = -2

/**
 * Gives each distinct comparison key a small integer, shared by both documents, so that
 * paragraphs compare as arrays of numbers and similarity terms need no strings.
 */
export class Interner {
  private readonly ids = new Map<string, number>()
  /** Raw token text → key id, or IGNORED: each distinct token is normalised once, not each time. */
  private readonly rawIds = new Map<string, number>()

  constructor(private readonly options: CompareOptions) {}

  /** The key id of a raw token under the options, or IGNORED when the options ignore it. */
  idOfToken(text: string, kind: number): number {
    let id = this.rawIds.get(text)
    if (id === undefined) {
      const key = keyOf(text, kind, this.options)
      id = key === '' ? IGNORED : this.id(key, kind === KIND_WORD || kind === KIND_NUMBER)
      this.rawIds.set(text, id)
    }
    return id
  }
  /** termOf[keyId]: the case-folded term used for similarity, or -1 for punctuation and space. */
  readonly termOf: number[] = []
  private readonly termIds = new Map<string, number>()

  private id(key: string, isWord: boolean): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(key, id)
      this.termOf.push(isWord ? this.termId(key.toLocaleLowerCase()) : -1)
    }
    return id
  }

  get termCount(): number {
    return this.termIds.size
  }

  private termId(term: string): number {
    let id = this.termIds.get(term)
    if (id === undefined) {
      id = this.termIds.size
      this.termIds.set(term, id)
    }
    return id
  }
}

/**
 * One paragraph as the engine sees it. A unit is a compared token together with the ignored
 * tokens (white space, punctuation when ignored) that follow it, so no text is ever lost; text
 * before the first compared token is a leading unit of its own.
 */
export interface ParagraphAnalysis {
  text: string
  /** Interned key of each unit; -1 for the leading unit. */
  keys: Int32Array
  /** Unit i spans text[starts[i], starts[i + 1]). */
  starts: Int32Array
  /** 1 where the unit is a word or a number. */
  words: Uint8Array
  wordCount: number
  /** Hash of the key sequence: equal paragraphs (under the options) have equal hashes. */
  hash: number
}

export function analyzeParagraph(text: string, interner: Interner): ParagraphAnalysis {
  const tokens = scan(text)
  const keys = new Int32Array(tokens.count + 1)
  const starts = new Int32Array(tokens.count + 2)
  const words = new Uint8Array(tokens.count + 1)
  let units = 0
  let wordCount = 0
  let hash = 0x811c9dc5
  for (let t = 0; t < tokens.count; t++) {
    const start = tokens.starts[t]!
    const kind = tokens.kinds[t]!
    const id = interner.idOfToken(text.slice(start, tokens.starts[t + 1]), kind)
    if (id === IGNORED) {
      if (units === 0) {
        keys[0] = -1
        starts[0] = 0
        units = 1
      }
      continue
    }
    const isWord = kind === KIND_WORD || kind === KIND_NUMBER
    keys[units] = id
    starts[units] = start
    words[units] = isWord ? 1 : 0
    if (isWord) wordCount++
    hash = Math.imul(hash ^ id, 0x01000193)
    units++
  }
  starts[units] = text.length
  return {
    text,
    keys: keys.subarray(0, units),
    starts: starts.subarray(0, units + 1),
    words: words.subarray(0, units),
    wordCount,
    hash: Math.imul(hash ^ units, 0x01000193),
  }
}

/** Whether two paragraphs are equal under the options (their compared keys are). */
export function sameKeys(a: ParagraphAnalysis, b: ParagraphAnalysis): boolean {
  if (a.hash !== b.hash || a.keys.length !== b.keys.length) return false
  for (let i = 0; i < a.keys.length; i++) if (a.keys[i] !== b.keys[i]) return false
  return true
}

import type { CompareOptions } from './options'
import { KIND_NUMBER, KIND_SPACE, KIND_WORD, scan } from './scan'
import { keyOf } from './tokenize'

const IGNORED = -2

const EMPTY = -1

/**
 * Gives each distinct comparison key a small integer, shared by both documents, so that
 * paragraphs compare as arrays of numbers and similarity terms need no strings.
 *
 * Raw tokens are looked up by their characters in place (an open-addressing table over a hash
 * computed while reading them), because slicing a string per token to use a Map made garbage
 * collection a tenth of the cost of comparing long documents.
 */
export class Interner {
  private readonly ids = new Map<string, number>()
  private readonly termIds = new Map<string, number>()
  /** termOf[keyId]: the case-folded term used for similarity, or -1 for punctuation and space. */
  readonly termOf: number[] = []

  private slots = new Int32Array(1 << 12).fill(EMPTY)
  private readonly rawTexts: string[] = []
  private rawHashes = new Int32Array(1 << 11)
  private rawIds = new Int32Array(1 << 11)

  constructor(private readonly options: CompareOptions) {}

  /** The key id of text[start, end), a token of the given kind, or IGNORED when the options ignore it. */
  idOfToken(text: string, start: number, end: number, kind: number): number {
    if (kind === KIND_SPACE && this.options.ignoreWhitespace) return IGNORED
    let hash = 0x811c9dc5 ^ kind
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!
      if (entry === EMPTY) {
        this.slots[slot] = this.rawTexts.length
        return this.addRaw(text.slice(start, end), kind, hash)
      }
      if (this.rawHashes[entry] === hash && sameChars(this.rawTexts[entry]!, text, start, end)) return this.rawIds[entry]!
    }
  }

  get termCount(): number {
    return this.termIds.size
  }

  private addRaw(raw: string, kind: number, hash: number): number {
    const key = keyOf(raw, kind, this.options)
    const id = key === '' ? IGNORED : this.id(key, kind === KIND_WORD || kind === KIND_NUMBER)
    const entry = this.rawTexts.length
    if (entry === this.rawIds.length) {
      this.rawIds = grown(this.rawIds)
      this.rawHashes = grown(this.rawHashes)
    }
    this.rawTexts.push(raw)
    this.rawIds[entry] = id
    this.rawHashes[entry] = hash
    if (this.rawTexts.length * 2 > this.slots.length) this.rehash()
    return id
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY)
    const mask = this.slots.length - 1
    for (let entry = 0; entry < this.rawTexts.length; entry++) {
      let slot = this.rawHashes[entry]! & mask
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask
      this.slots[slot] = entry
    }
  }

  private id(key: string, isWord: boolean): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(key, id)
      this.termOf.push(isWord ? this.termId(key.toLocaleLowerCase()) : -1)
    }
    return id
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

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2)
  larger.set(array)
  return larger
}

function sameChars(stored: string, text: string, start: number, end: number): boolean {
  if (stored.length !== end - start) return false
  for (let i = 0; i < stored.length; i++) if (stored.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
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
    const id = interner.idOfToken(text, start, tokens.starts[t + 1]!, kind)
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

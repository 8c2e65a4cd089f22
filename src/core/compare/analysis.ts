import { ownNumberSpan } from '../text/outline'
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
  /** cutAfter[keyId]: where a long paragraph may be cut into pieces for diffing (CUT_*). */
  readonly cutAfter: number[] = []
  /** termHash[termId]: a hash of the term's characters, the same whichever document was read first. */
  readonly termHash: number[] = []

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

  get ignoresNumbering(): boolean {
    return this.options.ignoreNumbering
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
      this.cutAfter.push(SENTENCE_ENDS.has(key) ? CUT_SENTENCE : (stringHash(key) & CONTENT_CUT_MASK) === 0 ? CUT_CONTENT : CUT_NONE)
    }
    return id
  }

  private termId(term: string): number {
    let id = this.termIds.get(term)
    if (id === undefined) {
      id = this.termIds.size
      this.termIds.set(term, id)
      this.termHash.push(stringHash(term))
    }
    return id
  }
}

export const CUT_NONE = 0
/** The key ends a sentence: the natural place to cut. */
export const CUT_SENTENCE = 1
/**
 * About one key in eight, chosen by its characters: where a long run without sentence ends is
 * cut, so that both documents cut the same text at the same places.
 */
export const CUT_CONTENT = 2
const CONTENT_CUT_MASK = 7
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '\u3002', '\uFF01', '\uFF1F', '\u061F', '\u0964'])

export function stringHash(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  // Mixed once more: the low bits of FNV alone follow the last character too closely.
  hash ^= hash >>> 15
  return Math.imul(hash, 0x2c1b3c6d) >>> 0
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
  /** Interned key of each unit; -1 for the leading unit. A unit is a word or a number where the interner has a term for its key. */
  keys: Int32Array
  /** Unit i spans text[starts[i], starts[i + 1]). */
  starts: Int32Array
  wordCount: number
  /** Hash of the key sequence: equal paragraphs (under the options) have equal hashes. */
  hash: number
}

// Units are gathered here and copied out at their exact size: a document holds thousands of analyses.
let unitKeys = new Int32Array(1024)
let unitStarts = new Int32Array(1024)

export function analyzeParagraph(text: string, interner: Interner): ParagraphAnalysis {
  const tokens = scan(text)
  if (unitKeys.length < tokens.count + 2) {
    unitKeys = new Int32Array(tokens.count + 1024)
    unitStarts = new Int32Array(tokens.count + 1024)
  }
  const keys = unitKeys
  const starts = unitStarts
  let units = 0
  let wordCount = 0
  let hash = 0x811c9dc5
  // Tokens wholly inside the paragraph's own number are ignored like white space: they join the unit before.
  const number = interner.ignoresNumbering ? ownNumberSpan(text) : null
  for (let t = 0; t < tokens.count; t++) {
    const start = tokens.starts[t]!
    const end = tokens.starts[t + 1]!
    const kind = tokens.kinds[t]!
    const isWord = kind === KIND_WORD || kind === KIND_NUMBER
    const inNumber = number !== null && start >= number.start && end <= number.end
    const id = inNumber ? IGNORED : interner.idOfToken(text, start, end, kind)
    if (id === IGNORED) {
      // Still a word, as countWords counts it for the paragraphs that are never analysed.
      if (inNumber && isWord) wordCount++
      if (units === 0) {
        keys[0] = -1
        starts[0] = 0
        units = 1
      }
      continue
    }
    keys[units] = id
    starts[units] = start
    if (isWord) wordCount++
    hash = Math.imul(hash ^ id, 0x01000193)
    units++
  }
  starts[units] = text.length
  return {
    text,
    keys: keys.slice(0, units),
    starts: starts.slice(0, units + 1),
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

/**
 * One document's paragraphs, analysed on first use: paragraphs paired by their text alone are
 * never analysed at all.
 */
export class AnalysedSide {
  private readonly analyses: (ParagraphAnalysis | undefined)[]

  constructor(
    readonly texts: string[],
    private readonly interner: Interner,
  ) {
    this.analyses = new Array<ParagraphAnalysis | undefined>(texts.length)
  }

  get length(): number {
    return this.texts.length
  }

  get(index: number): ParagraphAnalysis {
    return (this.analyses[index] ??= analyzeParagraph(this.texts[index]!, this.interner))
  }

  /** The analysis, if the paragraph needed one. */
  made(index: number): ParagraphAnalysis | undefined {
    return this.analyses[index]
  }
}

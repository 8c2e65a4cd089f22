import { designationAfterUnit, designationAt, DOCUMENT_NOUNS, type Designation } from './designation'

export type UnitKind = 'paragraph' | 'point' | 'article' | 'section' | 'clause' | 'subparagraph' | 'operative paragraph' | 'preambular paragraph'

export interface DetectedReference {
  /** Offsets in the text searched. */
  start: number
  end: number
  text: string
  /** The units cited, or null for a reference to a whole document. */
  unit: { kind: UnitKind; numbers: string[] } | null
  /** The document cited as written; null when none is written ("paragraph 3" alone). */
  designation: Designation | null
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']
const CARDINAL_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

const NUMBER = String.raw`(?:\d{1,3}(?:\.\d{1,3})*(?:\s?\([a-z0-9]{1,3}\))?|[IVXLC]{1,6}\b|${CARDINAL_WORDS.join('|')})`
const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})`
const JOIN = String.raw`(?:\s*(?:,|–|—|-)\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+)`
const NOT_WORD_AFTER = String.raw`(?![A-Za-z\u00C0-\u024F\d])`

/**
 * Unit words are where every unit reference turns on, so detection looks for them first and
 * reads around each: the numbers after it ("paragraphs 3 and 4", "points 4–6", "Article 51"),
 * or the ordinals before it ("the 4th paragraph", "the first and second points"). Plain (not
 * Unicode) patterns, because they run over every paragraph of every document.
 */
const UNIT_WORD = /\b(sub-?paragraphs?|paragraphs?|paras?\.?|points?|articles?|sections?|clauses?)(?![a-z])/g
const NUMBERS_AFTER = new RegExp(String.raw`\s+(${NUMBER}(?:${JOIN}${NUMBER})*)${NOT_WORD_AFTER}`, 'iy')
const OPERATIVE_BEFORE = /\b(operative|preambular)\s+$/i
const ORDINALS_BEFORE = new RegExp(String.raw`\bthe\s+(${ORDINAL}(?:${JOIN}${ORDINAL})*)\s+((?:operative|preambular)\s+)?$`, 'i')
/** How far before a unit word its ordinals may start: "the first, second and third operative ". */
const ORDINALS_REACH = 80
/** Where a document designation may start: "the …", "this …", "its resolution", "said document", a UN symbol. */
const DESIGNATION_START = /\b(?:the|this|its|their|said|resolutions?)\s|\b(?:a|s|e|st|ccpr|cerd|cedaw|crc|td|unep)\/[a-z0-9]/g

function unitKind(operative: string | undefined, word: string): UnitKind {
  const lower = word.toLowerCase().replace(/\.$/, '')
  const base = lower.startsWith('sub') ? 'subparagraph' : lower.startsWith('para') ? 'paragraph' : lower.replace(/s$/, '')
  const prefix = operative?.trim().toLowerCase()
  if (base === 'paragraph' && prefix) return prefix === 'operative' ? 'operative paragraph' : 'preambular paragraph'
  return base as UnitKind
}

function numberValue(written: string): string {
  const word = written.toLowerCase()
  const cardinal = CARDINAL_WORDS.indexOf(word)
  if (cardinal >= 0) return String(cardinal + 1)
  const ordinal = ORDINAL_WORDS.indexOf(word)
  if (ordinal >= 0) return String(ordinal + 1)
  return written.replace(/(?<=\d)(?:st|nd|rd|th)$/i, '').replace(/\s+/g, '')
}

/** Lists and ranges to the numbers they name: "3 and 4" → 3, 4; "4–6" → 4, 5, 6. */
function expandNumbers(written: string): string[] | null {
  const parts = written.split(new RegExp(`(${JOIN})`, 'iu'))
  const numbers: string[] = []
  for (let i = 0; i < parts.length; i += 2) {
    const value = numberValue(parts[i]!.trim())
    // Roman numerals must be written in capitals: "point i" in running text is not a reference.
    if (/^[ivxlc]+$/i.test(value) && value !== value.toUpperCase()) return null
    const joiner = i > 0 ? parts[i - 1]!.trim().toLowerCase() : ''
    const previous = numbers[numbers.length - 1]
    if (previous !== undefined && /^(?:–|—|-|to|through)$/.test(joiner) && /^\d+$/.test(previous) && /^\d+$/.test(value)) {
      const [from, to] = [Number(previous), Number(value)]
      if (to <= from || to - from > 50) return null
      for (let n = from + 1; n <= to; n++) numbers.push(String(n))
    } else numbers.push(value)
  }
  return numbers
}

interface Span {
  start: number
  end: number
}

/**
 * Adds `span` to `spans` (in order of start, none overlapping) unless it overlaps one of them.
 * A binary search, not a comparison with every span: a paragraph may hold thousands of references.
 */
function addIfFree<T extends Span>(spans: T[], span: T): void {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (spans[middle]!.start < span.end) low = middle + 1
    else high = middle
  }
  // Of the spans starting before this one ends, the last ends last: only it can overlap.
  if (low > 0 && spans[low - 1]!.end > span.start) return
  // Units come in order of their unit word, so this inserts at (or a few spans from) the end.
  spans.splice(low, 0, span)
}

const SYMBOL_BEFORE = /(?:A|S|E|ST|CCPR|CERD|CEDAW|CRC|TD|UNEP)\/[A-Z0-9][A-Z0-9/.-]*(?:\s*\((?:19|20)\d\d\))?\s*,\s*$/u

/** "A/80/534, para. 7": a symbol just before the unit is the document cited. */
function designationBefore(text: string, start: number): { designation: Designation; start: number } | null {
  const windowStart = Math.max(0, start - 60)
  const match = SYMBOL_BEFORE.exec(text.slice(windowStart, start))
  if (!match) return null
  const symbolStart = windowStart + match.index
  const found = designationAt(text, symbolStart)
  return found?.designation.kind === 'symbol' ? { designation: found.designation, start: symbolStart } : null
}

function unitReferences(text: string, lower: string): DetectedReference[] {
  const found: DetectedReference[] = []
  const add = (start: number, unitEnd: number, kind: UnitKind, numbers: string[]): void => {
    const after = designationAfterUnit(text, unitEnd)
    const before = after ? null : designationBefore(text, start)
    const from = before ? before.start : start
    const end = after ? after.end : unitEnd
    found.push({ start: from, end, text: text.slice(from, end), unit: { kind, numbers }, designation: after?.designation ?? before?.designation ?? null })
  }
  for (const unit of lower.matchAll(UNIT_WORD)) {
    const wordEnd = unit.index + unit[0].length
    NUMBERS_AFTER.lastIndex = wordEnd
    const after = NUMBERS_AFTER.exec(text)
    if (after) {
      const numbers = expandNumbers(after[1]!)
      if (!numbers) continue
      const operative = OPERATIVE_BEFORE.exec(text.slice(Math.max(0, unit.index - 12), unit.index))
      const start = operative ? unit.index - operative[0].length : unit.index
      add(start, wordEnd + after[0].length, unitKind(operative?.[1], unit[1]!), numbers)
      continue
    }
    const windowStart = Math.max(0, unit.index - ORDINALS_REACH)
    const ordinals = ORDINALS_BEFORE.exec(text.slice(windowStart, unit.index))
    if (!ordinals) continue
    const numbers = expandNumbers(ordinals[1]!)
    if (!numbers) continue
    const before = found.length
    add(windowStart + ordinals.index, wordEnd, unitKind(ordinals[2], unit[1]!), numbers)
    // "The first point" in running prose is not a reference: an ordinal needs its document named.
    if (found[before]?.designation === null) found.pop()
  }
  return found
}

/** Where a designation may end: a document noun, a UN symbol's slash, or a resolution number. */
const DESIGNATION_ANCHOR = new RegExp(`\\b(?:${DOCUMENT_NOUNS.map((noun) => noun.replace('é', '[eé]')).join('|')})s?(?![a-z\\u00C0-\\u024F])|[a-z]\\/[a-z0-9]`, 'g')
/** Designations are short: a start more than this before its noun cannot reach it. */
const DESIGNATION_REACH = 90

/**
 * References to whole documents: a UN symbol, a resolution, or a document named with a name or a
 * date. `taken` (the unit references) is in order of start, none overlapping.
 */
function documentReferences(text: string, lower: string, taken: Span[]): DetectedReference[] {
  const found: DetectedReference[] = []
  // Anchors, starts and taken spans all come in order of position: one sweep over each, so no
  // stretch of the text is searched twice and no span is compared with every other.
  const starts = lower.matchAll(DESIGNATION_START)
  let next = starts.next()
  let takenIndex = 0
  let foundEnd = 0
  // Only the stretches just before a document noun or a symbol can hold a designation: looking
  // there, not at every "the", keeps detection fast on long texts.
  for (const anchor of lower.matchAll(DESIGNATION_ANCHOR)) {
    for (; !next.done && next.value.index <= anchor.index; next = starts.next()) {
      const start = next.value.index
      if (start < anchor.index - DESIGNATION_REACH || start < foundEnd) continue
      while (takenIndex < taken.length && taken[takenIndex]!.end <= start) takenIndex++
      const nextTaken = taken[takenIndex]
      if (nextTaken && nextTaken.start <= start) continue
      const candidate = designationAt(text, start)
      if (!candidate) continue
      const { designation, end } = candidate
      if (designation.kind === 'self' || designation.kind === 'anaphor') continue
      if (designation.kind === 'named' && designation.name === designation.head && designation.date === null) continue
      if (nextTaken && nextTaken.start < end) continue
      found.push({ start, end, text: text.slice(start, end), unit: null, designation })
      foundEnd = end
    }
  }
  return found
}

/**
 * The text in lower case with every character where it was: the scanning patterns run over it
 * case-sensitively, which is much faster than case-insensitive patterns. A character whose
 * lower case is longer ("İ") keeps its own form, so offsets never shift.
 */
function lowerCaseInPlace(text: string): string {
  const lowered = text.toLowerCase()
  if (lowered.length === text.length) return lowered
  let same = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    same += lower.length === char.length ? lower : char
  }
  return same
}

/**
 * Finds the references in one text (a paragraph): to units of a document ("the 4th paragraph of
 * the Trilateral Statement of November 10, 2020", "paragraphs 3 and 4", "Article 51 of the UN
 * Charter", "paragraph 1 above") and to whole documents ("S/RES/2334 (2016)", "the trilateral
 * Statement of 10 November 2020"), in the order they stand.
 */
export function detectReferences(text: string): DetectedReference[] {
  const lower = lowerCaseInPlace(text)
  const contentStart = text.length - text.trimStart().length
  // A unit found inside another's span ("paragraph 1 of resolution 2 … paragraph 3") keeps the first.
  const kept: DetectedReference[] = []
  for (const reference of unitReferences(text, lower)) {
    // A paragraph that is only "Article 51" is the heading of that article, not a reference to it.
    const isHeading = reference.designation === null && reference.start <= contentStart && text.slice(reference.end).trim().replace(/^\.$/, '') === ''
    if (!isHeading) addIfFree(kept, reference)
  }
  return [...kept, ...documentReferences(text, lower, kept)].sort((a, b) => a.start - b.start)
}

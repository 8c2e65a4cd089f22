import { designationAfterUnit, designationAt, type Designation } from './designation'

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

const UNIT_WORD = String.raw`(operative\s+|preambular\s+)?(sub-?paragraphs?|paragraphs?|paras?\.?|points?|articles?|sections?|clauses?)`
const NUMBER = String.raw`(?:\d{1,3}(?:\.\d{1,3})*(?:\s?\([a-z0-9]{1,3}\))?|[IVXLC]{1,6}\b|${CARDINAL_WORDS.join('|')})`
const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})`
const JOIN = String.raw`(?:\s*(?:,|–|—|-)\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+)`

/** "paragraph 4", "paragraphs 3 and 4", "points 4–6", "Article 51", "operative paragraph 3". */
const UNIT_THEN_NUMBERS = new RegExp(String.raw`\b${UNIT_WORD}\s+(${NUMBER}(?:${JOIN}${NUMBER})*)(?![\p{L}\d])`, 'giu')
/** "the 4th paragraph", "the sixth point", "the first and second paragraphs". */
const ORDINALS_THEN_UNIT = new RegExp(String.raw`\bthe\s+(${ORDINAL}(?:${JOIN}${ORDINAL})*)\s+${UNIT_WORD}(?![\p{L}])`, 'giu')
/** Where a document designation may start: "the …", "this …", "its resolution", "said document", a UN symbol. */
const DESIGNATION_START = /\b(?:the|this|its|their|said|resolutions?)\s|\b(?:A|S|E|ST|CCPR|CERD|CEDAW|CRC|TD|UNEP)\/[A-Z0-9]/giu

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

function overlaps(spans: Span[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && span.start < end)
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

function unitReferences(text: string): DetectedReference[] {
  const found: DetectedReference[] = []
  const add = (start: number, unitEnd: number, kind: UnitKind, numbers: string[]): void => {
    const after = designationAfterUnit(text, unitEnd)
    const before = after ? null : designationBefore(text, start)
    const from = before ? before.start : start
    const end = after ? after.end : unitEnd
    found.push({ start: from, end, text: text.slice(from, end), unit: { kind, numbers }, designation: after?.designation ?? before?.designation ?? null })
  }
  for (const match of text.matchAll(UNIT_THEN_NUMBERS)) {
    const numbers = expandNumbers(match[3]!)
    if (!numbers) continue
    add(match.index, match.index + match[0].length, unitKind(match[1], match[2]!), numbers)
  }
  for (const match of text.matchAll(ORDINALS_THEN_UNIT)) {
    const numbers = expandNumbers(match[1]!)
    if (!numbers) continue
    const before = found.length
    add(match.index, match.index + match[0].length, unitKind(match[2], match[3]!), numbers)
    // "The first point" in running prose is not a reference: an ordinal needs its document named.
    if (found[before]?.designation === null) found.pop()
  }
  return found.sort((a, b) => a.start - b.start)
}

/** References to whole documents: a UN symbol, a resolution, or a document named with a name or a date. */
function documentReferences(text: string, taken: Span[]): DetectedReference[] {
  const found: DetectedReference[] = []
  for (const match of text.matchAll(DESIGNATION_START)) {
    const start = match.index
    if (overlaps(taken, start, start + 1) || overlaps(found, start, start + 1)) continue
    const candidate = designationAt(text, start)
    if (!candidate) continue
    const { designation, end } = candidate
    if (designation.kind === 'self' || designation.kind === 'anaphor') continue
    if (designation.kind === 'named' && designation.name === designation.head && designation.date === null) continue
    if (overlaps(taken, start, end)) continue
    found.push({ start, end, text: text.slice(start, end), unit: null, designation })
  }
  return found
}

/**
 * Finds the references in one text (a paragraph): to units of a document ("the 4th paragraph of
 * the Trilateral Statement of November 10, 2020", "paragraphs 3 and 4", "Article 51 of the UN
 * Charter", "paragraph 1 above") and to whole documents ("S/RES/2334 (2016)", "the trilateral
 * Statement of 10 November 2020"), in the order they stand.
 */
export function detectReferences(text: string): DetectedReference[] {
  const units = unitReferences(text)
  // A unit found inside another's span ("paragraph 1 of resolution 2 … paragraph 3") keeps the first.
  const kept: DetectedReference[] = []
  for (const reference of units) {
    // A paragraph that is only "Article 51" is the heading of that article, not a reference to it.
    const isHeading = reference.designation === null && text.slice(0, reference.start).trim() === '' && text.slice(reference.end).trim().replace(/^\.$/, '') === ''
    if (!isHeading && !overlaps(kept, reference.start, reference.end)) kept.push(reference)
  }
  return [...kept, ...documentReferences(text, kept)].sort((a, b) => a.start - b.start)
}

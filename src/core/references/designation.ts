import { dateAt } from '../text/dates'

/** How a reference names the document it cites. */
export type Designation =
  /** By title or short name, perhaps with a date: "the Trilateral Statement of November 10, 2020". */
  | { kind: 'named'; text: string; name: string; head: string; date: string | null }
  /** By UN document symbol: "S/RES/2334 (2016)", "A/80/534". */
  | { kind: 'symbol'; text: string; symbol: string }
  /** By resolution number: "resolution 2334 (2016)", "its resolution 79/33". */
  | { kind: 'resolution'; text: string; number: string; year: string | null }
  /** The citing document itself: "above", "below", "of this Statement". */
  | { kind: 'self'; text: string }
  /** Back to the document named last: "the Statement", "said document". */
  | { kind: 'anaphor'; text: string }

/** Nouns that name a kind of document, singular and lower case. */
export const DOCUMENT_NOUNS = [
  'statement', 'declaration', 'charter', 'resolution', 'agreement', 'treaty', 'convention', 'protocol',
  'communiqué', 'communique', 'memorandum', 'commentary', 'decision', 'report', 'document', 'accord', 'accords', 'act',
  'covenant', 'constitution', 'readout',
]
const NOUN_PATTERN = DOCUMENT_NOUNS.join('|')

/** Lower-case words that still make a name: "the trilateral statement", "the joint declaration". */
const NAME_ADJECTIVES = new Set(['trilateral', 'bilateral', 'tripartite', 'quadrilateral', 'joint', 'final', 'un', 'peace', 'ceasefire'])
/** Words between "the" and the noun that point back instead of naming: "the said document". */
const BACK_POINTERS = new Set(['said', 'above-mentioned', 'aforementioned', 'same', 'abovementioned'])
/** Words that make the designation the citing document itself: "this Statement", "the present Charter". */
const SELF_POINTERS = new Set(['this', 'present'])

/**
 * UN document symbols: "S/RES/2334 (2016)", "A/RES/79/33", "A/80/534". Bounded (no real symbol
 * comes near the bounds): a symbol is read from every start near it, so an unbounded one would
 * read a long "A/A/A/…" run again from each of its slashes.
 */
const SYMBOL =
  /(?:A|S|E|ST|CCPR|CERD|CEDAW|CRC|TD|UNEP)\/(?:[A-Z]{1,6}\/){0,6}[A-Z0-9]{1,12}(?:[./-][A-Z0-9]{1,12}){0,8}(?:\/(?:[A-Z0-9]{1,12}(?:[.-][A-Z0-9]{1,12}){0,8})){0,8}(?:\s*\((?:19|20)\d\d\))?/y
const RESOLUTION =
  /(?:(?:its|their|the|General Assembly|Security Council|Human Rights Council)\s+)?resolutions?\s+(\d{1,4}(?:\/\d{1,4})?)(?:\s*\(((?:19|20)\d\d)\))?(?![\d/])/iy
const NAMED = new RegExp(`(the|this|that|its|their|said)\\s+((?:[\\p{L}’'.-]+\\s+){0,6}?)(${NOUN_PATTERN})s?(?![\\p{L}])`, 'iuy')
const NOT_MONTH = '(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)'
/**
 * What follows the noun in a full name, in capitals: "of the United Nations", "on the
 * Non-Proliferation of Nuclear Weapons". At most twelve words, so that each reference reads a
 * bounded stretch: a tail is read after every reference, and an unbounded one would read on
 * through all the capitalised words after it ("the First Article of the Statement of …").
 */
const NAME_TAIL = new RegExp(
  `\\s+(?:of|on|for|between)\\s+(?:the\\s+)?${NOT_MONTH}\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:of|on|the|and|for)\\s+){0,4}${NOT_MONTH}\\p{Lu}[\\p{L}’'-]*){0,11}`,
  'uy',
)
const BARE_POINTER = /(said|the\s+said|the\s+same)\s+(document|statement|text|agreement|declaration|resolution)\b/iy
/**
 * White space with an optional comma in it is written `(?:\s*,)?\s+` (or `\s*(?:,\s*)?`), never
 * `\s*,?\s+`: two adjacent runs of white space split a long run in every way before failing.
 */
const DATE_LINK = /(?:\s*,)?\s+(?:of|dated|from|signed\s+on|adopted\s+on|issued\s+on)\s+(?:the\s+)?/iy

function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}

export interface FoundDesignation {
  designation: Designation
  end: number
}

function symbolAt(text: string, index: number): FoundDesignation | null {
  SYMBOL.lastIndex = index
  const match = SYMBOL.exec(text)
  if (!match) return null
  const written = match[0]
  return { designation: { kind: 'symbol', text: written, symbol: written.replace(/\s*\(\d{4}\)$/, '') }, end: index + written.length }
}

function resolutionAt(text: string, index: number): FoundDesignation | null {
  RESOLUTION.lastIndex = index
  const match = RESOLUTION.exec(text)
  if (!match) return null
  return { designation: { kind: 'resolution', text: match[0], number: match[1]!, year: match[2] ?? null }, end: index + match[0].length }
}

/** A date right after a name: "of November 10, 2020", ", dated 10 November 2020". */
function trailingDate(text: string, index: number): { iso: string; end: number } | null {
  DATE_LINK.lastIndex = index
  const link = DATE_LINK.exec(text)
  if (!link) return null
  return dateAt(text, index + link[0].length)
}

function namedAt(text: string, index: number): FoundDesignation | null {
  BARE_POINTER.lastIndex = index
  const pointer = BARE_POINTER.exec(text)
  if (pointer) return { designation: { kind: 'anaphor', text: pointer[0] }, end: index + pointer[0].length }

  NAMED.lastIndex = index
  const match = NAMED.exec(text)
  if (!match) return null
  const determiner = match[1]!.toLowerCase()
  const words = match[2]!.trim() === '' ? [] : match[2]!.trim().split(/\s+/)
  const head = match[3]!.toLowerCase()
  // Name words are capitalised ("Trilateral", "UN") or known adjectives ("trilateral", "joint");
  // anything else ("the ceasefire and the statement") means this is not one designation.
  const allowed = (word: string) => isCapitalised(word) || [NAME_ADJECTIVES, BACK_POINTERS, SELF_POINTERS].some((set) => set.has(word.toLowerCase()))
  if (!words.every(allowed)) return null
  let end = index + match[0].length
  let date = trailingDate(text, end)
  let tail = ''
  if (!date) {
    NAME_TAIL.lastIndex = end
    const found = NAME_TAIL.exec(text)
    if (found) {
      tail = found[0].trim().toLowerCase()
      end += found[0].length
      date = trailingDate(text, end)
    }
  }
  if (date) end = date.end
  const written = text.slice(index, end)
  const lowered = words.map((word) => word.toLowerCase())
  if (SELF_POINTERS.has(determiner) || lowered.some((word) => SELF_POINTERS.has(word))) return { designation: { kind: 'self', text: written }, end }
  const nameWords = lowered.filter((word) => !BACK_POINTERS.has(word))
  if (nameWords.length === 0 && !tail && !date) return { designation: { kind: 'anaphor', text: written }, end }
  const name = [...nameWords, head, ...(tail ? [tail] : [])].join(' ')
  return { designation: { kind: 'named', text: written, name, head, date: date?.iso ?? null }, end }
}

/** A document designation starting exactly at `index`, or null. */
export function designationAt(text: string, index: number): FoundDesignation | null {
  return symbolAt(text, index) ?? resolutionAt(text, index) ?? namedAt(text, index)
}

const AFTER_UNIT_SELF = /\s*(?:,\s*)?(above|below|hereof|herein|of\s+(?:this|the\s+present)\s+(?:document|text))\b/iy
const AFTER_UNIT_LINK = /(?:\s*,)?\s+(?:of|in|under|to)\s+/iy

/** The designation that follows a unit ("… of the Trilateral Statement", "… above"), or null. */
export function designationAfterUnit(text: string, index: number): FoundDesignation | null {
  AFTER_UNIT_SELF.lastIndex = index
  const self = AFTER_UNIT_SELF.exec(text)
  if (self) return { designation: { kind: 'self', text: self[1]! }, end: index + self[0].length }
  AFTER_UNIT_LINK.lastIndex = index
  const link = AFTER_UNIT_LINK.exec(text)
  if (!link) return null
  return designationAt(text, index + link[0].length)
}

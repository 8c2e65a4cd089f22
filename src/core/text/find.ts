/**
 * Finding words in a document's texts as an analyst types them: whatever their case and
 * diacritics ("agdam" finds "Ağdam", "AGDAM" and "Agdam"), with each match's place in the
 * original text so that the screen can mark it. Linear in the texts and the query, whatever they
 * hold: texts are folded once, and each search is one Knuth–Morris–Pratt pass.
 */

/** A text folded for finding, with the way back to the original's offsets. */
export interface FoldedText {
  text: string
  /**
   * For each unit of `text`, and one past its end, the offset in the original of the character
   * it came from; null when every unit stands where it stood (most texts).
   */
  offsets: Int32Array | null
}

/** One match: which of the texts searched, and where in it (original offsets, end excluded). */
export interface FoundRange {
  item: number
  start: number
  end: number
}

export interface FindResult {
  matches: FoundRange[]
  /** The search stopped at the limit: there are more matches than `matches` holds. */
  more: boolean
}

const combiningMark = /\p{M}/gu
/** Nothing beyond ASCII: no character above U+007F. */
const asciiOnly = /^[^\u0080-\uffff]*$/
const asciiSpace = /[\t\n\v\f\r]/g
const whiteSpace = /\s/u
/** Folded forms of the characters met so far: few per document, so each is folded once. */
const foldedCharacters = new Map<string, string>()

/** One character folded: compatibility forms decomposed, marks dropped, lower case, white space a space. */
function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character)
  if (folded !== undefined) return folded
  if (whiteSpace.test(character)) folded = ' '
  else {
    // Decomposed first, so that İ loses its dot before lower-casing could add one.
    folded = character.normalize('NFKD').replace(combiningMark, '').toLowerCase().normalize('NFKD').replace(combiningMark, '')
    if (folded === 'ς') folded = 'σ'
  }
  foldedCharacters.set(character, folded)
  return folded
}

/**
 * Folded form of each character of the Basic Multilingual Plane that folds to one unit, learned
 * as met (0: not yet; SEVERAL_UNITS: folds to none or to several, see `foldCharacter`): a
 * document of millions of characters is folded with an array look-up per character.
 */
const unitFolds = new Uint16Array(0x10000)
const SEVERAL_UNITS = 0xffff

function unitFold(code: number): number {
  let folded = unitFolds[code]!
  if (folded === 0) {
    const text = foldCharacter(String.fromCharCode(code))
    folded = unitFolds[code] = text.length === 1 ? text.charCodeAt(0) : SEVERAL_UNITS
  }
  return folded
}

const CHUNK = 8192

function unitsToString(units: Uint16Array): string {
  const chunks: string[] = []
  for (let at = 0; at < units.length; at += CHUNK) chunks.push(String.fromCharCode(...units.subarray(at, at + CHUNK)))
  return chunks.join('')
}

export function foldText(original: string): FoldedText {
  if (asciiOnly.test(original)) return { text: original.toLowerCase().replace(asciiSpace, ' '), offsets: null }
  // Most texts fold unit for unit (Cyrillic й to и, Latin ğ to g): offsets stay as they are.
  const units = new Uint16Array(original.length)
  let at = 0
  for (; at < original.length; at++) {
    const code = original.charCodeAt(at)
    if (code >= 0xd800 && code <= 0xdfff) break
    const folded = unitFold(code)
    if (folded === SEVERAL_UNITS) break
    units[at] = folded
  }
  if (at === original.length) return { text: unitsToString(units), offsets: null }
  return foldByCharacter(original)
}

/** The general case: characters that fold to none or several units, and those beyond the BMP. */
function foldByCharacter(original: string): FoldedText {
  const parts: string[] = []
  const offsets: number[] = []
  for (let at = 0; at < original.length; ) {
    const width = original.codePointAt(at)! > 0xffff ? 2 : 1
    const folded = foldCharacter(original.slice(at, at + width))
    parts.push(folded)
    for (let unit = 0; unit < folded.length; unit++) offsets.push(at)
    at += width
  }
  offsets.push(original.length)
  return { text: parts.join(''), offsets: Int32Array.from(offsets) }
}

/** The query folded as the texts are, runs of white space made one space. */
export function foldQuery(query: string): string {
  return foldText(query).text.replace(/ {2,}/g, ' ')
}

/** Where the folded range [start, end) stands in the original: whole characters. */
function originalRange(folded: FoldedText, start: number, end: number): [number, number] {
  const offsets = folded.offsets
  if (!offsets) return [start, end]
  const first = offsets[start]!
  const last = offsets[end - 1]!
  // The end is where the next character begins: past every unit the last character folded into.
  let next = end
  while (offsets[next]! === last) next++
  return [first, offsets[next]!]
}

/** For each prefix of the pattern, the length of its longest proper border: Knuth–Morris–Pratt's table. */
function borders(pattern: string): Int32Array {
  const table = new Int32Array(pattern.length)
  for (let i = 1, k = 0; i < pattern.length; i++) {
    while (k > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(k)) k = table[k - 1]!
    if (pattern.charCodeAt(i) === pattern.charCodeAt(k)) k++
    table[i] = k
  }
  return table
}

/**
 * Every match of the query in the texts, in order, without overlaps, at most `limit`. The texts
 * are folded ones (`foldText`), so that a document is folded once for all the searches typed.
 */
export function findInFolded(texts: FoldedText[], query: string, limit: number): FindResult {
  const pattern = foldQuery(query)
  const matches: FoundRange[] = []
  if (pattern.length === 0) return { matches, more: false }
  const table = borders(pattern)
  for (let item = 0; item < texts.length; item++) {
    const folded = texts[item]!
    const text = folded.text
    for (let i = 0, k = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      while (k > 0 && code !== pattern.charCodeAt(k)) k = table[k - 1]!
      if (code === pattern.charCodeAt(k)) k++
      if (k < pattern.length) continue
      if (matches.length === limit) return { matches, more: true }
      const [start, end] = originalRange(folded, i + 1 - pattern.length, i + 1)
      matches.push({ item, start, end })
      k = 0
    }
  }
  return { matches, more: false }
}

/** Finds in texts folded on the spot: for one search; keep the folded texts for many. */
export function findInTexts(texts: string[], query: string, limit: number): FindResult {
  return findInFolded(texts.map(foldText), query, limit)
}

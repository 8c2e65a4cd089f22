import type { ResolvedReference } from '../references/resolved'
import type { Paragraph } from '../text/paragraphs'
import { wordsOf, type ParagraphWords } from './words'

/**
 * Passages one document quotes from another, with or without saying so: the same run of at least
 * MIN_QUOTED_WORDS words (case, punctuation and spacing aside) in a paragraph of each. The quoted
 * document is the earlier one; on one date, the formal text (statement, treaty, resolution …)
 * rather than the news report or commentary that carries its words. Versions of one text share
 * most of their words and do not quote each other.
 *
 * Linear in the folder's text: documents are taken from the most original to the least. Each
 * paragraph's every window of SEED_WORDS words is hashed and looked up among the windows of the
 * documents before it, which are indexed every SEED_STEP words (a run of MIN_QUOTED_WORDS always
 * holds one); a hit is checked word by word and grown both ways into the whole run, and the scan
 * goes on after it. Each window keeps the first place it was seen: a passage quoted by ten reports
 * is found as a quotation of the statement ten times, never as reports quoting one another.
 *
 * A document that repeats most of another without being a version of it (a compilation, a text
 * revised beyond recognition) would list hundreds of quotations nobody reads: each pair of
 * documents keeps its first QUOTATIONS_PER_PAIR, in text order, and the quoting document is named
 * among those cut. A run past the cap is still grown and skipped whole, as a listed one is, so that
 * its every window is not looked up again.
 */
export interface QuotationInput {
  path: string
  paragraphs: readonly Paragraph[]
  kind: string
  /** The document's own date, yyyy-mm-dd, or null. */
  date: string | null
}

/** Where the quoting document repeats the words: as a reference stands in its document. */
export interface Quotation extends Pick<ResolvedReference, 'source' | 'paragraph' | 'paragraphStart' | 'paragraphEnd' | 'start' | 'end' | 'text'> {
  words: number
  quoted: {
    document: string
    paragraph: number
    paragraphStart: number
    paragraphEnd: number
  }
}

export const MIN_QUOTED_WORDS = 12
/** Quotations listed from one document of another: enough to show what it takes, few enough to read. */
export const QUOTATIONS_PER_PAIR = 50
const SEED_WORDS = 8
/** Any run of MIN_QUOTED_WORDS words holds a window of SEED_WORDS starting at a multiple of this. */
const SEED_STEP = MIN_QUOTED_WORDS - SEED_WORDS + 1
/** Kinds of documents that carry others' words rather than being quoted: after the rest on one date. */
const CARRIERS = new Set(['news', 'commentary', 'other'])
/** SEED_WORDS windows hashed polynomially: h(w0..w7) = Σ w_k · BASE^(7-k), modulo 2^32. */
const BASE = 0x01000193
const BASE_POWER = Array.from({ length: SEED_WORDS - 1 }).reduce<number>((power) => Math.imul(power, BASE), 1)

interface Place {
  document: number
  paragraph: number
  word: number
}

/** Hashes of the SEED_WORDS windows of a paragraph's words, one per starting word, in one pass. */
function windowHashes(hashes: Int32Array): Int32Array {
  const count = Math.max(0, hashes.length - SEED_WORDS + 1)
  const windows = new Int32Array(count)
  let hash = 0
  for (let i = 0; i < hashes.length; i++) {
    if (i >= SEED_WORDS) hash = (hash - Math.imul(hashes[i - SEED_WORDS]!, BASE_POWER)) | 0
    hash = (Math.imul(hash, BASE) + hashes[i]!) | 0
    if (i >= SEED_WORDS - 1) windows[i - SEED_WORDS + 1] = hash
  }
  return windows
}

function originalFirst(a: QuotationInput, b: QuotationInput): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1
  return Number(CARRIERS.has(a.kind)) - Number(CARRIERS.has(b.kind))
}

export interface FolderQuotations {
  quotations: Quotation[]
  /** Documents that quote some document more than QUOTATIONS_PER_PAIR times: only the first are listed. */
  cut: string[]
}

/**
 * Every quotation in the folder. `versionOf` names, for each document that has versions, one id
 * shared by its versions (see findVersions).
 */
export function findQuotations(documents: readonly QuotationInput[], versionOf: ReadonlyMap<string, number> = new Map()): FolderQuotations {
  const order = documents.filter((document) => document.kind !== 'notes').sort(originalFirst)
  const words: ParagraphWords[][] = order.map((document) => document.paragraphs.map(wordsOf))
  const seen = new Map<number, Place>()
  const quotations: Quotation[] = []
  const cut: string[] = []
  order.forEach((document, documentIndex) => {
    const version = versionOf.get(document.path)
    const related = (other: number) => other === documentIndex || (version !== undefined && versionOf.get(order[other]!.path) === version)
    /** How many quotations this document has of each document before it. */
    const quotedFrom = new Map<number, number>()
    const full = (other: number) => (quotedFrom.get(other) ?? 0) >= QUOTATIONS_PER_PAIR
    let wasCut = false
    let offset = 0
    document.paragraphs.forEach((paragraph, paragraphIndex) => {
      const mine = words[documentIndex]![paragraphIndex]!
      const windows = windowHashes(mine.hashes)
      let scannedTo = 0
      for (let i = 0; i < windows.length; ) {
        const place = seen.get(windows[i]!)
        const run = place && !related(place.document) ? grownRun(mine.hashes, i, scannedTo, words[place.document]![place.paragraph]!.hashes, place.word) : null
        if (!run || run.length < MIN_QUOTED_WORDS) {
          i++
          continue
        }
        scannedTo = run.mine + run.length
        i = scannedTo
        if (full(place!.document)) {
          wasCut = true
          continue
        }
        quotedFrom.set(place!.document, (quotedFrom.get(place!.document) ?? 0) + 1)
        const theirs = words[place!.document]![place!.paragraph]!
        const paragraphStart = mine.starts[run.mine]!
        const paragraphEnd = mine.ends[run.mine + run.length - 1]!
        quotations.push({
          source: document.path,
          paragraph: paragraph.index,
          paragraphStart,
          paragraphEnd,
          start: offset + paragraphStart,
          end: offset + paragraphEnd,
          text: paragraph.text.slice(paragraphStart, paragraphEnd),
          words: run.length,
          quoted: {
            document: order[place!.document]!.path,
            paragraph: order[place!.document]!.paragraphs[place!.paragraph]!.index,
            paragraphStart: theirs.starts[run.theirs]!,
            paragraphEnd: theirs.ends[run.theirs + run.length - 1]!,
          },
        })
      }
      for (let i = 0; i < windows.length; i += SEED_STEP) {
        if (!seen.has(windows[i]!)) seen.set(windows[i]!, { document: documentIndex, paragraph: paragraphIndex, word: i })
      }
      offset += paragraph.text.length + 2
    })
    if (wasCut) cut.push(document.path)
  })
  return { quotations, cut }
}

/**
 * The run of equal words through mine[at] = theirs[from] (a window of SEED_WORDS that hashed
 * alike), grown backwards no further than `floor` and forwards as far as the words agree; null
 * when the window's words differ (a hash collision).
 */
function grownRun(mine: Int32Array, at: number, floor: number, theirs: Int32Array, from: number): { mine: number; theirs: number; length: number } | null {
  for (let k = 0; k < SEED_WORDS; k++) if (mine[at + k] !== theirs[from + k]) return null
  let back = 0
  while (at - back - 1 >= floor && from - back - 1 >= 0 && mine[at - back - 1] === theirs[from - back - 1]) back++
  let length = back + SEED_WORDS
  while (at - back + length < mine.length && from - back + length < theirs.length && mine[at - back + length] === theirs[from - back + length]) length++
  return { mine: at - back, theirs: from - back, length }
}

import { mix32, wordsOf } from '../quotations/words'

/**
 * Versions of one text: re-publications, renderings and drafts of one statement, told apart from
 * documents that quote or discuss it. Two documents are versions when nearly every paragraph of
 * each has a counterpart in the other, in the same order, sharing most of its words: the two
 * English renderings of the statement of 10 November 2020 pair paragraph by paragraph, while a
 * commentary that goes through the same points in other sentences, or a news report quoting one
 * paragraph, does not.
 *
 * Translations are not versions: they share no words. Renderings in other languages are one text
 * for references (`FolderIndex` offers them together by their instrument or their date and
 * parties); here they stay apart, since comparing them word by word shows nothing.
 *
 * Linear in the folder: documents are sketched by MinHash over their words and bucketed by bands
 * of the sketch (locality-sensitive hashing); only documents that share a bucket are compared, each
 * with the few most recent documents of the bucket, and not when already in one group.
 */
export interface VersionInput {
  path: string
  paragraphs: readonly { text: string }[]
  /** A folder's own notes (its README) are no version of anything. */
  kind?: string
}

export interface VersionGroup {
  /** The documents that are versions of one text, in the order they were given. */
  documents: string[]
}

const SKETCH_SIZE = 32
const BAND_ROWS = 2
/** Fewer words than this is too little text to call two documents one. */
const MIN_WORDS = 20
/** The sketches must agree on nearly a third of the words before the paragraphs are compared. */
const MIN_SKETCH_AGREEMENT = 0.3
/** Each document is compared with at most this many documents of each bucket it falls into. */
const BUCKET_RECENT = 4
/** How far from where it is expected a paragraph's counterpart may stand. */
const ALIGN_WINDOW = 3
/** Paragraphs the shorter of which has this share of its distinct words in the other are counterparts. */
const PARAGRAPH_SIMILARITY = 0.5
/** The share of each document's words that must stand in paragraphs with counterparts. */
const MIN_COVERAGE = 0.7

const SEEDS = Array.from({ length: SKETCH_SIZE }, (_, i) => mix32(0x9e3779b9 * (i + 1)))

interface Sketched {
  index: number
  words: number
  /** Each paragraph's distinct words, and how many words it has; empty paragraphs left out. */
  paragraphs: { distinct: Set<number>; words: number }[]
  sketch: Int32Array
}

function sketchDocument(index: number, document: VersionInput): Sketched {
  const paragraphs: Sketched['paragraphs'] = []
  const all = new Set<number>()
  let words = 0
  for (const paragraph of document.paragraphs) {
    const { hashes } = wordsOf(paragraph)
    if (hashes.length === 0) continue
    const distinct = new Set(hashes)
    for (const hash of distinct) all.add(hash)
    paragraphs.push({ distinct, words: hashes.length })
    words += hashes.length
  }
  const sketch = new Int32Array(SKETCH_SIZE).fill(0x7fffffff)
  for (const hash of all) {
    for (let i = 0; i < SKETCH_SIZE; i++) {
      const value = mix32(hash ^ SEEDS[i]!)
      if (value < sketch[i]!) sketch[i] = value
    }
  }
  return { index, words, paragraphs, sketch }
}

/**
 * The share of the shorter paragraph's distinct words that the other has: a paragraph of a draft
 * that gained or lost a sentence still has its counterpart, which Jaccard's measure would lose.
 */
function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const word of small) if (large.has(word)) shared++
  return shared / small.size
}

/**
 * The share of `a`'s words in paragraphs that have a counterpart in `b` near where it is expected:
 * just after the last counterpart found (paragraphs inserted or deleted shift the rest, and a long
 * revised draft drifts far from its proportional place), or else near its proportional place (so
 * that a stretch with no counterpart does not lose the thread).
 */
function coverage(a: Sketched, b: Sketched): number {
  let covered = 0
  let expected = 0
  const scale = b.paragraphs.length / a.paragraphs.length
  // The most similar paragraph of the window, not the first similar enough: a paragraph that shares
  // a third of its words by chance would pull the expectation away from the true counterpart.
  const counterpartNear = (paragraph: Sketched['paragraphs'][number], centre: number): number => {
    const last = Math.min(b.paragraphs.length - 1, centre + ALIGN_WINDOW)
    let best = -1
    let bestSimilarity = PARAGRAPH_SIMILARITY
    for (let j = Math.max(0, centre - ALIGN_WINDOW); j <= last; j++) {
      const similarity = containment(paragraph.distinct, b.paragraphs[j]!.distinct)
      if (similarity >= bestSimilarity) [best, bestSimilarity] = [j, similarity]
    }
    return best
  }
  a.paragraphs.forEach((paragraph, i) => {
    const proportional = Math.round(i * scale)
    let found = counterpartNear(paragraph, expected)
    if (found < 0 && Math.abs(proportional - expected) > ALIGN_WINDOW) found = counterpartNear(paragraph, proportional)
    if (found < 0) {
      expected++
      return
    }
    covered += paragraph.words
    expected = found + 1
  })
  return covered / a.words
}

function areVersions(a: Sketched, b: Sketched): boolean {
  if (Math.min(a.words, b.words) < MIN_COVERAGE * Math.max(a.words, b.words)) return false
  let agreeing = 0
  for (let i = 0; i < SKETCH_SIZE; i++) if (a.sketch[i] === b.sketch[i]) agreeing++
  if (agreeing < MIN_SKETCH_AGREEMENT * SKETCH_SIZE) return false
  return coverage(a, b) >= MIN_COVERAGE && coverage(b, a) >= MIN_COVERAGE
}

/** Groups the documents that are versions of one text; documents with no other version are left out. */
export function findVersions(documents: readonly VersionInput[]): VersionGroup[] {
  const parent = documents.map((_, index) => index)
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!
    return index
  }
  const buckets = new Map<string, Sketched[]>()
  documents.forEach((document, index) => {
    if (document.kind === 'notes') return
    const sketched = sketchDocument(index, document)
    if (sketched.words < MIN_WORDS) return
    const compared = new Set<Sketched>()
    for (let band = 0; band < SKETCH_SIZE / BAND_ROWS; band++) {
      const key = `${band}:${Array.from(sketched.sketch.subarray(band * BAND_ROWS, (band + 1) * BAND_ROWS)).join(':')}`
      const recent = buckets.get(key) ?? []
      for (const other of recent) {
        // Two documents share many buckets: they are compared once.
        if (root(other.index) === root(index) || compared.has(other)) continue
        compared.add(other)
        if (areVersions(sketched, other)) parent[root(index)] = root(other.index)
      }
      recent.push(sketched)
      if (recent.length > BUCKET_RECENT) recent.shift()
      buckets.set(key, recent)
    }
  })
  const groups = new Map<number, string[]>()
  documents.forEach((document, index) => {
    const group = groups.get(root(index)) ?? []
    group.push(document.path)
    groups.set(root(index), group)
  })
  return [...groups.values()].filter((group) => group.length > 1).map((group) => ({ documents: group }))
}

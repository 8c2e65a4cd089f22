import type { Interner, ParagraphAnalysis } from './analysis'

/** A paragraph's TF-IDF vector: term ids in ascending order, their weights, and its length. */
export interface TermVector {
  terms: Int32Array
  weights: Float64Array
  norm: number
}

function termCounts(analysis: ParagraphAnalysis, interner: Interner): { terms: Int32Array; counts: Int32Array } {
  const all = new Int32Array(analysis.wordCount)
  let n = 0
  for (const key of analysis.keys) {
    const term = key >= 0 ? interner.termOf[key]! : -1
    if (term >= 0) all[n++] = term
  }
  all.sort()
  const terms = new Int32Array(n)
  const counts = new Int32Array(n)
  let distinct = 0
  for (let i = 0; i < n; i++) {
    if (distinct > 0 && terms[distinct - 1] === all[i]) counts[distinct - 1]!++
    else {
      terms[distinct] = all[i]!
      counts[distinct] = 1
      distinct++
    }
  }
  return { terms: terms.subarray(0, distinct), counts: counts.subarray(0, distinct) }
}

/**
 * TF-IDF vectors of the given paragraphs, with inverse document frequencies taken over those
 * same paragraphs: among the paragraphs still to be paired, a term they all share says little.
 */
export function termVectors(analyses: ParagraphAnalysis[], interner: Interner): TermVector[] {
  const counted = analyses.map((analysis) => termCounts(analysis, interner))
  const documentFrequency = new Int32Array(interner.termCount)
  for (const { terms } of counted) for (const term of terms) documentFrequency[term]!++
  const total = analyses.length
  return counted.map(({ terms, counts }) => {
    const weights = new Float64Array(terms.length)
    let squares = 0
    for (let i = 0; i < terms.length; i++) {
      const weight = (1 + Math.log(counts[i]!)) * Math.log(1 + total / documentFrequency[terms[i]!]!)
      weights[i] = weight
      squares += weight * weight
    }
    return { terms, weights, norm: Math.sqrt(squares) }
  })
}

/** Cosine similarity of two vectors, 0 to 1: a merge over their sorted terms. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0
  let dot = 0
  let i = 0
  let j = 0
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!
    const tb = b.terms[j]!
    if (ta === tb) dot += a.weights[i++]! * b.weights[j++]!
    else if (ta < tb) i++
    else j++
  }
  return Math.min(1, dot / (a.norm * b.norm))
}

/** Share of `part`'s weight that `whole` also carries: how much of a fragment a paragraph contains. */
export function containment(part: TermVector, whole: TermVector): number {
  let shared = 0
  let total = 0
  let j = 0
  for (let i = 0; i < part.terms.length; i++) {
    const weight = part.weights[i]! * part.weights[i]!
    total += weight
    while (j < whole.terms.length && whole.terms[j]! < part.terms[i]!) j++
    if (j < whole.terms.length && whole.terms[j] === part.terms[i]) shared += weight
  }
  return total === 0 ? 0 : shared / total
}

/** Shingles kept per paragraph: the smallest hashes, so that two near-equal paragraphs keep mostly the same ones. */
const SKETCH_SIZE = 4

/**
 * A paragraph's sketch: the smallest hashes of its shingles (three words in a row, case aside).
 * Paragraphs that differ in a word or two share most of their shingles, and so most of their
 * sketch, even when every word they use is common. Hashes come from the terms' characters, so
 * the sketch does not depend on which document was read first.
 */
export function shingleSketch(analysis: ParagraphAnalysis, interner: Interner): Int32Array {
  const sketch = new Int32Array(SKETCH_SIZE)
  let size = 0
  const keep = (hash: number): void => {
    let at = size
    while (at > 0 && sketch[at - 1]! > hash) at--
    if (at > 0 && sketch[at - 1] === hash) return
    if (at >= SKETCH_SIZE) return
    sketch.copyWithin(at + 1, at, Math.min(size, SKETCH_SIZE - 1))
    sketch[at] = hash
    if (size < SKETCH_SIZE) size++
  }
  let previous = 0
  let beforePrevious = 0
  let words = 0
  for (const key of analysis.keys) {
    const term = key >= 0 ? interner.termOf[key]! : -1
    if (term < 0) continue
    const hash = interner.termHash[term]!
    words++
    if (words >= 3) keep(mixed(beforePrevious, previous, hash))
    beforePrevious = previous
    previous = hash
  }
  if (words > 0 && words < 3) keep(mixed(beforePrevious, previous, 0))
  return sketch.slice(0, size)
}

function mixed(a: number, b: number, c: number): number {
  let hash = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13) ^ b, 0xc2b2ae35)
  hash = Math.imul(hash ^ (hash >>> 16) ^ c, 0x27d4eb2f)
  return hash ^ (hash >>> 15)
}

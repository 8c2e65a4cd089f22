import type { CompareOptions } from './options'
import { comparisonKey, tokenize } from './tokenize'

/** A paragraph as alignment sees it: its exact comparison key and its bag of words. */
export interface ParagraphProfile {
  key: string
  terms: Map<string, number>
  wordCount: number
}

export function profileParagraph(text: string, options: CompareOptions): ParagraphProfile {
  const keys: string[] = []
  const terms = new Map<string, number>()
  let wordCount = 0
  for (const token of tokenize(text)) {
    const key = comparisonKey(token, options)
    if (key === '') continue
    keys.push(key)
    if (token.kind === 'word' || token.kind === 'number') {
      wordCount++
      const term = key.toLocaleLowerCase()
      terms.set(term, (terms.get(term) ?? 0) + 1)
    }
  }
  return { key: keys.join('\u0000'), terms, wordCount }
}

/** Inverse document frequencies over both sides, so "the" and "of" weigh little. */
export function inverseFrequencies(profiles: ParagraphProfile[]): Map<string, number> {
  const documentFrequency = new Map<string, number>()
  for (const profile of profiles) {
    for (const term of profile.terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
  }
  const idf = new Map<string, number>()
  const total = profiles.length
  for (const [term, frequency] of documentFrequency) idf.set(term, Math.log(1 + total / frequency))
  return idf
}

export interface WeightedTerms {
  weights: Map<string, number>
  norm: number
}

export function weighTerms(profile: ParagraphProfile, idf: Map<string, number>): WeightedTerms {
  const weights = new Map<string, number>()
  let squares = 0
  for (const [term, count] of profile.terms) {
    const weight = (1 + Math.log(count)) * (idf.get(term) ?? 1)
    weights.set(term, weight)
    squares += weight * weight
  }
  return { weights, norm: Math.sqrt(squares) }
}

/** Cosine similarity of two TF-IDF vectors, 0 to 1. */
export function cosine(a: WeightedTerms, b: WeightedTerms): number {
  if (a.norm === 0 || b.norm === 0) return 0
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term)
    if (other !== undefined) dot += weight * other
  }
  return Math.min(1, dot / (a.norm * b.norm))
}

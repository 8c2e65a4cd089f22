import type { ResolvedReference } from '../../core/references/resolved'

/** How sure a link is, in the steps the app shows: a word, a style of underline, a number of marks. */
export type ConfidenceLevel = 'sure' | 'likely' | 'uncertain' | 'none'

const SURE = 0.85
const LIKELY = 0.6

export function confidenceLevel(reference: Pick<ResolvedReference, 'candidates' | 'confidence'>): ConfidenceLevel {
  if (reference.candidates.length === 0) return 'none'
  return reference.confidence >= SURE ? 'sure' : reference.confidence >= LIKELY ? 'likely' : 'uncertain'
}

export const CONFIDENCE_WORDS: Record<ConfidenceLevel, string> = { sure: 'sure', likely: 'likely', uncertain: 'uncertain', none: 'not found' }

export function confidencePercent(confidence: number): string {
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`
}

/** Why a reference leads nowhere, with how the app looked when that says more. */
export function notFoundReason(reference: Pick<ResolvedReference, 'reason' | 'why'>): string {
  const reason = reference.reason ?? reference.why
  return reference.why && reference.why !== reason ? `${reason}; ${reference.why}` : reason
}

/**
 * How the link was made, in words, for its accessible name: "uncertain (50%): 2 renderings fit",
 * "not found: no resolution 79/33 in this folder".
 */
export function linkExplanation(reference: ResolvedReference): string {
  const level = confidenceLevel(reference)
  if (level === 'none') return `not found: ${notFoundReason(reference)}`
  return `${CONFIDENCE_WORDS[level]} (${confidencePercent(reference.confidence)}): ${reference.why}`
}

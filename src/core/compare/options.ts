export interface CompareOptions {
  ignoreCase: boolean
  ignorePunctuation: boolean
  ignoreWhitespace: boolean
  /** Typographic quotes, dashes and apostrophes compare as their plain forms. */
  plainTypography: boolean
  /**
   * A paragraph's own number ("3.", "(b)", the 5 of "Article 5") compares equal to any other, so
   * paragraphs that were only renumbered count as equal.
   */
  ignoreNumbering: boolean
  /** Two paragraphs with a similarity at or above this pair up as one edited paragraph. */
  similarityThreshold: number
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  ignoreCase: false,
  ignorePunctuation: false,
  ignoreWhitespace: true,
  plainTypography: true,
  ignoreNumbering: false,
  similarityThreshold: 0.3,
}

export function withDefaults(options: Partial<CompareOptions> = {}): CompareOptions {
  return { ...DEFAULT_COMPARE_OPTIONS, ...options }
}

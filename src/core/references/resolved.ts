/** A document (and its paragraphs) that a reference may lead to. */
export interface ReferenceTarget {
  document: string
  /** The label of the first paragraph cited, as the reader shows it ("4", "¶ 2"); null for a whole document. */
  paragraph: string | null
  /** Labels and indexes of every paragraph cited, in order. */
  paragraphs: string[]
  indexes: number[]
  /** Why this document fits, in words: "named 'the trilateral statement of 10 November 2020'; a rendering in English". */
  reason: string
}

/** A reference found in a document of the folder, and where it leads. */
export interface ResolvedReference {
  /** Its identity for corrections the analyst makes (see corrections.ts). */
  key: string
  source: string
  /** Index of the paragraph the reference stands in, and its offsets there. */
  paragraph: number
  paragraphStart: number
  paragraphEnd: number
  /** Offsets in the document's text as the reader shows it: its paragraphs joined by blank lines. */
  start: number
  end: number
  text: string
  /** The innermost unit's kind ("point", "article", …), or "document" for a reference to a whole document. */
  kind: string
  /** The innermost unit's numbers. */
  units: string[]
  /** Every unit cited, outermost first: "paragraph 2 of Article 53" is article 53, then paragraph 2. */
  path: { kind: string; numbers: string[] }[]
  /** The document as the reference writes it, or null when it writes none. */
  designation: string | null
  /** The language of the reference's words ("en", "ru", …), or null. */
  language: string | null
  /** The one paragraph (or document) cited, when exactly one document — or one text in its renderings — fits. */
  target: ReferenceTarget | null
  /** Every document that fits, with its paragraphs and why: two renderings of one statement both fit. */
  candidates: ReferenceTarget[]
  /** Why there is no single target, for a reader; null when there is one. */
  reason: string | null
  /** How sure the link is, from 0 (no link) to 1. */
  confidence: number
  /** How the link was made, in words: the name read, what fitted, what was set aside. */
  why: string
  /** The analyst corrected this link by hand. */
  corrected: boolean
}

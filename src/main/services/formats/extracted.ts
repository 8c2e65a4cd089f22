/** What a format reader gets out of a file before it becomes a document. */
export interface ExtractedText {
  /** Paragraphs separated by blank lines. */
  body: string
  declaredTitle: string | null
  /** A date the format declares (front matter), yyyy-mm-dd. */
  declaredDate: string | null
  /** Who published it, when the format says (a page's site name, a PDF's author). */
  declaredPublisher?: string | null
}

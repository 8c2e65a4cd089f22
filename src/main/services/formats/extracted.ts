/** What a format reader gets out of a file before it becomes a document. */
export interface ExtractedText {
  /** Paragraphs separated by blank lines. */
  body: string
  declaredTitle: string | null
  /** A date the format declares (front matter, a page's published time, PDF or Word properties), yyyy-mm-dd. */
  declaredDate: string | null
  /** A language tag the format declares (<html lang>, a PDF's /Lang, Word's dc:language): "ru-RU". */
  declaredLanguage?: string | null
  /** Who published it, when the format says (a page's site name, a PDF's author). */
  declaredPublisher?: string | null
}

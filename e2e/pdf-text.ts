import { readFileSync } from 'node:fs'

export interface PdfText {
  pages: number
  /** Each page's text, items joined by spaces. */
  pageTexts: string[]
  /** Page width and height of the first page, in points. */
  size: [number, number]
}

/** Reads a PDF back as text with pdfjs, as a reader of the report would find it. */
export async function readPdfText(path: string): Promise<PdfText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: true }).promise
  const pageTexts: string[] = []
  let size: [number, number] = [0, 0]
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    if (number === 1) size = [page.view[2]!, page.view[3]!]
    const content = await page.getTextContent()
    pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
  }
  await pdf.destroy()
  return { pages: pdf.numPages, pageTexts, size }
}

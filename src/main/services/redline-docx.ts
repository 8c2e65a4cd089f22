import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Header,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx'
import type { Comparison } from '../../core/compare/compare'
import type { CompareOptions } from '../../core/compare/options'
import { diffWords } from '../../core/compare/word-diff'
import type { ReportDocument, ReportPage } from '../../core/report/model'
import { trackedParagraphs, trackedRuns, type Revision, type TrackedParagraph } from '../../core/report/tracked'

export interface RedlineInput {
  left: ReportDocument
  right: ReportDocument
  /** The two documents' names as the report shows them (told apart when their titles are one). */
  titles: [string, string]
  comparison: Comparison
  /** The options the comparison was made with: the titles are compared with them too. */
  options: CompareOptions
  page: ReportPage
  /** ISO time the file was made: the date of every revision. */
  generatedAt: string
}

/** Who made the revisions, as Word and LibreOffice show it beside each one. */
export const REVISION_AUTHOR = 'Communique'

/** Paper sizes in twentieths of a point, portrait. */
const PAPER = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } }

function unexpected(revision: never): never {
  throw new Error(`Unknown revision: ${String(revision)}`)
}

/**
 * The comparison as a Word file with tracked changes: the right document, with what the left
 * one had and it lacks as deletions and what it added as insertions, each a revision by
 * "Communique" that Word and LibreOffice accept or reject one by one. Paragraph numbers are part
 * of each paragraph's text, so they stay as the documents have them. A moved paragraph is a
 * deletion at its old place and an insertion at its new one, each with a comment naming the
 * other end: the `docx` library writes no w:moveFrom/w:moveTo.
 */
export async function redlineDocx(input: RedlineInput): Promise<Uint8Array> {
  const date = input.generatedAt.replace(/\.\d+Z$/, 'Z')
  let revisionId = 0
  const revision = () => ({ id: ++revisionId, author: REVISION_AUTHOR, date })
  const comments: ICommentOptions[] = []

  const run = (text: string, kind: Revision): ParagraphChild => {
    switch (kind) {
      case 'none':
        return new TextRun({ text })
      case 'inserted':
        return new InsertedTextRun({ text, ...revision() })
      case 'deleted':
        return new DeletedTextRun({ text, ...revision() })
      default:
        return unexpected(kind)
    }
  }

  const paragraph = (tracked: TrackedParagraph): Paragraph => {
    const children = tracked.runs.map((piece) => run(piece.text, piece.revision))
    if (tracked.move) {
      const id = comments.length
      comments.push({ id, author: REVISION_AUTHOR, date: new Date(input.generatedAt), children: [new Paragraph(tracked.move.note)] })
      children.unshift(new CommentRangeStart(id))
      children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }))
    }
    const end = tracked.end === 'inserted' ? { insertion: revision() } : tracked.end === 'deleted' ? { deletion: revision() } : {}
    return new Paragraph({ children, run: end })
  }

  // The titles are no paragraphs of the documents: the file opens with them, their changes tracked as the text's are.
  const titleRuns = trackedRuns(diffWords(input.left.title, input.right.title, input.options))
  const title = new Paragraph({ heading: HeadingLevel.HEADING_1, children: titleRuns.map((piece) => run(piece.text, piece.revision)) })
  const body = [title, ...trackedParagraphs(input.comparison, input.left.paragraphs, input.right.paragraphs).map(paragraph)]
  const paper = PAPER[input.page.size]
  const landscape = input.page.orientation === 'landscape'
  const [leftTitle, rightTitle] = input.titles
  const document = new Document({
    creator: REVISION_AUTHOR,
    title: rightTitle,
    description: `${rightTitle}, with the changes from ${leftTitle} tracked as revisions (${input.left.path} → ${input.right.path}).`,
    features: { trackRevisions: true },
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 }, paragraph: { spacing: { after: 140 } } } } },
    comments: { children: comments },
    sections: [
      {
        properties: {
          page: {
            // The library turns the sizes round itself for a landscape page.
            size: { width: paper.width, height: paper.height, orientation: landscape ? 'landscape' : 'portrait' },
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `Tracked changes: ${leftTitle} → ${rightTitle}`, size: 16, color: '5B6570' })] })] }) },
        children: body,
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

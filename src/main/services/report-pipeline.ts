import { compareParagraphs, type Comparison } from '../../core/compare/compare'
import type { CompareOptions } from '../../core/compare/options'
import { renderReportHtml } from '../../core/report/html'
import { buildReport, type ReportDocument, type ReportLayout, type ReportPage } from '../../core/report/model'
import { distinctTitles } from '../../core/report/titles'
import { AppError } from '../../shared/errors'
import { redlineDocx } from './redline-docx'

export type ReportStage = 'reading' | 'comparing' | 'rendering' | 'printing' | 'saving' | 'done'

/** Where the work stands: a stage and the share of the whole done, 0 to 1. */
export type ReportProgress = (stage: ReportStage, done: number) => void

export interface ReportRequest {
  documents: ReportDocument[]
  options: CompareOptions
  layout: ReportLayout
  page: ReportPage
}

/** Share of the work each stage ends at: comparing is most of an HTML report, printing of a PDF one. */
const STAGE_END = { reading: 0.1, comparing: 0.45, rendering: 0.55, printing: 0.95 }

/** Compares the base with each other document. */
function compareAll(request: ReportRequest, progress: ReportProgress): Comparison[] {
  const [base, ...others] = request.documents
  const text = (document: ReportDocument) => document.paragraphs.map((paragraph) => paragraph.text)
  const span = STAGE_END.comparing - STAGE_END.reading
  const comparisons = others.map((other, k) =>
    compareParagraphs(text(base!), text(other), request.options, (done) => progress('comparing', STAGE_END.reading + (span * (k + done)) / others.length)),
  )
  progress('rendering', STAGE_END.comparing)
  return comparisons
}

/** Compares the base with each other document and renders the one report HTML. */
export function reportHtml(request: ReportRequest, progress: ReportProgress, now: Date = new Date()): string {
  const comparisons = compareAll(request, progress)
  const { documents, options, layout, page } = request
  const html = renderReportHtml(buildReport({ documents, comparisons, options, layout, page, generatedAt: now.toISOString() }))
  progress('rendering', STAGE_END.rendering)
  return html
}

/**
 * A Word file with tracked changes holds one document's changes against one other: accepting
 * them all must give one document. A comparison of more is refused, before anything is read.
 */
export function checkDocxDocuments(count: number): void {
  if (count === 2) return
  throw new AppError('INVALID_INPUT', `A Word file with tracked changes holds the changes between two documents, not ${count}: make one for the base and each document in turn.`)
}

/** Compares two documents and writes the right one with the changes from the left as tracked revisions. */
export async function reportDocx(request: ReportRequest, progress: ReportProgress, now: Date = new Date()): Promise<Uint8Array> {
  checkDocxDocuments(request.documents.length)
  const [comparison] = compareAll(request, progress)
  const [left, right] = request.documents as [ReportDocument, ReportDocument]
  const [leftTitle, rightTitle] = distinctTitles(request.documents)
  const docx = await redlineDocx({ left, right, titles: [leftTitle!, rightTitle!], comparison: comparison!, options: request.options, page: request.page, generatedAt: now.toISOString() })
  progress('rendering', STAGE_END.printing)
  return docx
}

export { STAGE_END }

import { compareParagraphs, type Comparison } from '../../core/compare/compare'
import type { CompareOptions } from '../../core/compare/options'
import { renderReportHtml } from '../../core/report/html'
import { buildReport, type ReportDocument, type ReportLayout } from '../../core/report/model'

export type ReportStage = 'reading' | 'comparing' | 'rendering' | 'printing' | 'saving' | 'done'

/** Where the work stands: a stage and the share of the whole done, 0 to 1. */
export type ReportProgress = (stage: ReportStage, done: number) => void

export interface ReportRequest {
  documents: ReportDocument[]
  options: CompareOptions
  layout: ReportLayout
}

/** Share of the work each stage ends at: comparing is most of an HTML report, printing of a PDF one. */
const STAGE_END = { reading: 0.1, comparing: 0.45, rendering: 0.55, printing: 0.95 }

/** Compares the base with each other document and renders the one report HTML. */
export function reportHtml(request: ReportRequest, progress: ReportProgress, now: Date = new Date()): string {
  const [base, ...others] = request.documents
  const text = (document: ReportDocument) => document.paragraphs.map((paragraph) => paragraph.text)
  const span = STAGE_END.comparing - STAGE_END.reading
  const comparisons: Comparison[] = others.map((other, k) =>
    compareParagraphs(text(base!), text(other), request.options, (done) => progress('comparing', STAGE_END.reading + (span * (k + done)) / others.length)),
  )
  progress('rendering', STAGE_END.comparing)
  const html = renderReportHtml(buildReport({ documents: request.documents, comparisons, options: request.options, layout: request.layout, generatedAt: now.toISOString() }))
  progress('rendering', STAGE_END.rendering)
  return html
}

export { STAGE_END }

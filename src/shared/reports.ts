import type { CompareOptions } from '../core/compare/options'
import type { ReportLayout, ReportPage } from '../core/report/model'
import type { AppErrorData } from './errors'

/** `docx`: a Word file with the changes as tracked revisions, of two documents only. */
export type ReportFormat = 'pdf' | 'html' | 'docx' | 'print'

/** Make a report of the documents (the base first) as PDF, as HTML, as a Word file, or for the printer. */
export interface ReportRequestArgs {
  paths: string[]
  options: CompareOptions
  layout: ReportLayout
  page: ReportPage
  format: ReportFormat
}

export interface ReportResult {
  fileName: string
  /** Where the platform saved it (the desktop app asks where); null when the renderer keeps it. */
  savedTo: string | null
  /** The user closed the save dialog. */
  cancelled: boolean
  /** For the renderer to download or print, when the platform did not save or print it. */
  html: string | null
  /** A PDF or Word file, by `fileName`'s extension. */
  fileBase64: string | null
}

export interface ReportJob {
  id: string
  /** `waiting` for its turn in the queue of reports; `cancelled` by cancelReport. */
  stage: 'waiting' | 'reading' | 'comparing' | 'rendering' | 'printing' | 'saving' | 'done' | 'failed' | 'cancelled'
  /** While waiting: how many reports started earlier are still to make or being made. */
  ahead: number
  /** Share of the work done, 0 to 1. */
  done: number
  error: AppErrorData | null
  result: ReportResult | null
}

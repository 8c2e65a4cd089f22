import { randomUUID } from 'node:crypto'
import type { ReportDocument } from '../../core/report/model'
import type { ReportJob, ReportRequestArgs, ReportResult } from '../../shared/reports'
import { AppError } from '../../shared/errors'
import type { LibraryService } from './library-service'
import type { ReferenceService } from './reference-service'
import { reportFileName } from '../../core/report/titles'
import { checkDocxDocuments, reportDocx, reportHtml, STAGE_END, type ReportProgress, type ReportStage } from './report-pipeline'

/** What printing and saving a report needs from the platform (Electron, or the web host). */
export interface ReportPlatform {
  /** Prints to PDF; stops (rejecting) when the signal aborts. */
  printPdf(html: string, signal: AbortSignal): Promise<Uint8Array>
  /** Asks where to save and writes the file; null when the renderer should download it instead. */
  save(fileName: string, data: Uint8Array | string): Promise<{ savedTo: string | null; cancelled: boolean }>
  /** Opens the system print dialog; false when the renderer prints the HTML itself. */
  print(html: string): Promise<boolean>
}

/** A finished job is kept this long for the renderer to collect, then forgotten. */
const KEEP_FINISHED_MS = 10 * 60_000

/**
 * Reports made at once; the others wait their turn. Each holds the documents, their comparison
 * and, for a PDF, a page of the one browser, so this bounds the memory and processes reports take.
 */
const CONCURRENT_REPORTS = 2

interface QueuedReport {
  job: ReportJob
  args: ReportRequestArgs
  cancel: AbortController
}

/** A report made and printed, waiting to be delivered (saved, downloaded or sent to the print dialog). */
interface MadeReport {
  fileName: string
  /** The report's HTML, for HTML and printing; null for a file of its own (PDF, Word). */
  html: string | null
  file: Uint8Array | null
}

const isFinished = (job: ReportJob): boolean => job.stage === 'done' || job.stage === 'failed' || job.stage === 'cancelled'

/**
 * Reports made in the background: the renderer starts a job and asks how it stands, so a long
 * report shows progress over IPC and HTTP alike, and the window stays responsive. Jobs go
 * through one queue: at most CONCURRENT_REPORTS are read, compared and printed at once, each
 * waiting one knows how many are ahead of it, and any can be cancelled.
 */
export class ReportService {
  private readonly jobs = new Map<string, QueuedReport>()
  private readonly waiting: QueuedReport[] = []
  private running = 0

  constructor(
    private readonly library: LibraryService,
    private readonly references: ReferenceService,
    private readonly platform: ReportPlatform,
  ) {}

  start(args: ReportRequestArgs): { id: string } {
    if (args.format === 'docx') checkDocxDocuments(args.paths.length)
    const id = randomUUID()
    const report: QueuedReport = { job: { id, stage: 'waiting', ahead: 0, done: 0, error: null, result: null }, args, cancel: new AbortController() }
    this.jobs.set(id, report)
    this.waiting.push(report)
    this.startNext()
    return { id }
  }

  status(id: string): ReportJob {
    const report = this.known(id)
    const place = this.waiting.indexOf(report)
    return { ...report.job, ahead: place < 0 ? 0 : this.running + place }
  }

  /** A waiting report leaves the queue and never runs; one being made stops at its next step. One being saved is saved. */
  cancel(id: string): void {
    const report = this.known(id)
    if (isFinished(report.job)) return
    const place = this.waiting.indexOf(report)
    if (place < 0) {
      report.cancel.abort()
      return
    }
    this.waiting.splice(place, 1)
    report.job.stage = 'cancelled'
    this.forgetLater(report.job)
  }

  private known(id: string): QueuedReport {
    const report = this.jobs.get(id)
    if (!report) throw new AppError('NOT_FOUND', 'That report is no longer known; make it again.')
    return report
  }

  private startNext(): void {
    while (this.running < CONCURRENT_REPORTS && this.waiting.length > 0) {
      this.running++
      void this.run(this.waiting.shift()!)
    }
  }

  private async run({ job, args, cancel: { signal } }: QueuedReport): Promise<void> {
    const progress = (stage: ReportStage, done: number): void => {
      job.stage = stage
      job.done = done
    }
    try {
      let made: MadeReport
      try {
        made = await this.make(args, signal, progress)
      } finally {
        // Delivering waits on the user (a save or print dialog): the next report need not.
        this.running--
        this.startNext()
      }
      job.result = await this.deliver(made, args.format, signal, progress)
      progress('done', 1)
    } catch (error) {
      if (signal.aborted) job.stage = 'cancelled'
      else {
        job.stage = 'failed'
        job.error = error instanceof AppError ? error.toData() : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }
      }
    } finally {
      this.forgetLater(job)
    }
  }

  private forgetLater(job: ReportJob): void {
    setTimeout(() => this.jobs.delete(job.id), KEEP_FINISHED_MS).unref()
  }

  private async make(args: ReportRequestArgs, signal: AbortSignal, progress: ReportProgress): Promise<MadeReport> {
    progress('reading', 0)
    const documents = await this.documents(args.paths)
    signal.throwIfAborted()
    const request = { documents, options: args.options, layout: args.layout, page: args.page }
    if (args.format === 'docx') return { fileName: reportFileName(documents, 'docx'), html: null, file: await reportDocx(request, progress) }
    const html = reportHtml(request, progress)
    signal.throwIfAborted()
    if (args.format !== 'pdf') return { fileName: reportFileName(documents, 'html'), html, file: null }
    progress('printing', STAGE_END.rendering)
    return { fileName: reportFileName(documents, 'pdf'), html: null, file: await this.platform.printPdf(html, signal) }
  }

  private async documents(paths: string[]): Promise<ReportDocument[]> {
    const [contents, { references }] = await Promise.all([Promise.all(paths.map((path) => this.library.read(path))), this.references.folderReferences()])
    return contents.map((content) => ({
      path: content.summary.path,
      title: content.summary.title ?? content.summary.name,
      publisher: content.summary.publisher,
      date: content.summary.date,
      paragraphs: content.paragraphs,
      references: references.filter((reference) => reference.source === content.summary.path),
    }))
  }

  private async deliver({ fileName, html, file }: MadeReport, format: ReportRequestArgs['format'], signal: AbortSignal, progress: ReportProgress): Promise<ReportResult> {
    signal.throwIfAborted()
    if (format === 'print') {
      progress('printing', STAGE_END.rendering)
      const printed = await this.platform.print(html!)
      return { fileName, savedTo: null, cancelled: false, html: printed ? null : html, fileBase64: null }
    }
    progress('saving', STAGE_END.printing)
    const { savedTo, cancelled } = await this.platform.save(fileName, file ?? html!)
    if (savedTo !== null || cancelled) return { fileName, savedTo, cancelled, html: null, fileBase64: null }
    return { fileName, savedTo: null, cancelled: false, html: file ? null : html, fileBase64: file ? Buffer.from(file).toString('base64') : null }
  }
}

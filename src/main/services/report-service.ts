import { randomUUID } from 'node:crypto'
import type { ReportDocument } from '../../core/report/model'
import type { ReportJob, ReportRequestArgs, ReportResult } from '../../shared/reports'
import { AppError } from '../../shared/errors'
import type { LibraryService } from './library-service'
import type { ReferenceService } from './reference-service'
import { reportHtml, STAGE_END, type ReportStage } from './report-pipeline'

/** What printing and saving a report needs from the platform (Electron, or the web host). */
export interface ReportPlatform {
  printPdf(html: string): Promise<Uint8Array>
  /** Asks where to save and writes the file; null when the renderer should download it instead. */
  save(fileName: string, data: Uint8Array | string): Promise<{ savedTo: string | null; cancelled: boolean }>
  /** Opens the system print dialog; false when the renderer prints the HTML itself. */
  print(html: string): Promise<boolean>
}

/** A finished job is kept this long for the renderer to collect, then forgotten. */
const KEEP_FINISHED_MS = 10 * 60_000

/**
 * Reports made in the background: the renderer starts a job and asks how it stands, so a long
 * report shows progress over IPC and HTTP alike, and the window stays responsive.
 */
export class ReportService {
  private readonly jobs = new Map<string, ReportJob>()

  constructor(
    private readonly library: LibraryService,
    private readonly references: ReferenceService,
    private readonly platform: ReportPlatform,
  ) {}

  start(args: ReportRequestArgs): { id: string } {
    const id = randomUUID()
    const job: ReportJob = { id, stage: 'reading', done: 0, error: null, result: null }
    this.jobs.set(id, job)
    void this.run(job, args)
    return { id }
  }

  status(id: string): ReportJob {
    const job = this.jobs.get(id)
    if (!job) throw new AppError('NOT_FOUND', 'That report is no longer known; make it again.')
    return { ...job }
  }

  private async run(job: ReportJob, args: ReportRequestArgs): Promise<void> {
    const progress = (stage: ReportStage, done: number): void => {
      job.stage = stage
      job.done = done
    }
    try {
      const documents = await this.documents(args.paths)
      const html = reportHtml({ documents, options: args.options, layout: args.layout }, progress)
      job.result = await this.deliver(html, args, documents, progress)
      progress('done', 1)
    } catch (error) {
      job.stage = 'failed'
      job.error = error instanceof AppError ? error.toData() : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }
    } finally {
      setTimeout(() => this.jobs.delete(job.id), KEEP_FINISHED_MS).unref()
    }
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

  private async deliver(html: string, args: ReportRequestArgs, documents: ReportDocument[], progress: (stage: ReportStage, done: number) => void): Promise<ReportResult> {
    const fileName = reportFileName(documents, args.format === 'pdf' ? 'pdf' : 'html')
    if (args.format === 'print') {
      progress('printing', STAGE_END.rendering)
      const printed = await this.platform.print(html)
      return { fileName, savedTo: null, cancelled: false, html: printed ? null : html, pdfBase64: null }
    }
    let data: Uint8Array | string = html
    if (args.format === 'pdf') {
      progress('printing', STAGE_END.rendering)
      data = await this.platform.printPdf(html)
    }
    progress('saving', STAGE_END.printing)
    const { savedTo, cancelled } = await this.platform.save(fileName, data)
    if (savedTo !== null || cancelled) return { fileName, savedTo, cancelled, html: null, pdfBase64: null }
    return {
      fileName,
      savedTo: null,
      cancelled: false,
      html: typeof data === 'string' ? data : null,
      pdfBase64: typeof data === 'string' ? null : Buffer.from(data).toString('base64'),
    }
  }
}

/** "Comparison – Statement by the President… vs Statement by the President….pdf", safe on every system. */
function reportFileName(documents: ReportDocument[], extension: 'pdf' | 'html'): string {
  const short = (title: string) => title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 40).trim()
  const [base, ...others] = documents
  const against = others.length === 1 ? short(others[0]!.title) : `${others.length} documents`
  return `Comparison - ${short(base!.title)} vs ${against}.${extension}`
}

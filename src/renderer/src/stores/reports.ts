import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { defaultPage, type ReportLayout, type ReportPage } from '../../../core/report/model'
import type { ReportFormat, ReportJob, ReportResult } from '../../../shared/reports'
import { call } from '../bridge'
import { AppError } from '../../../shared/errors'
import { userMessage, type UserMessage } from '../error-messages'
import { useWorkspaceStore } from './workspace'

const POLL_MS = 250

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const STAGE_LABELS: Record<ReportJob['stage'], string> = {
  waiting: 'Waiting',
  reading: 'Reading the documents',
  comparing: 'Comparing',
  rendering: 'Laying out the report',
  printing: 'Printing',
  saving: 'Saving',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
}

/** "Waiting: 3 reports ahead" while queued behind other reports, else the stage. */
function stageLabel(job: ReportJob): string {
  if (job.stage !== 'waiting') return STAGE_LABELS[job.stage]
  return `${STAGE_LABELS.waiting}: ${job.ahead} ${job.ahead === 1 ? 'report' : 'reports'} ahead`
}

/** Reports of the comparison on screen: made in the main process, followed here until done. */
export const useReportsStore = defineStore('reports', () => {
  const workspace = useWorkspaceStore()
  const layout = ref<ReportLayout>('side-by-side')
  const pageSize = ref<ReportPage['size']>('a4')
  /** Follows the layout (side by side needs a landscape page) until the analyst picks one. */
  const orientation = ref<ReportPage['orientation']>(defaultPage(layout.value).orientation)
  watch(layout, (chosen) => (orientation.value = defaultPage(chosen).orientation))
  /** The report being made; `id` once the main process has taken it, for Cancel. */
  const running = ref<{ id: string | null; format: ReportFormat; stage: string; done: number } | null>(null)
  const error = ref<UserMessage | null>(null)
  const notice = ref<string | null>(null)

  async function make(format: ReportFormat): Promise<void> {
    if (running.value || workspace.comparedPaths.length < 2) return
    if (format === 'docx' && workspace.comparedPaths.length > 2) return
    error.value = null
    notice.value = null
    running.value = { id: null, format, stage: STAGE_LABELS.reading, done: 0 }
    try {
      const page = { size: pageSize.value, orientation: orientation.value }
      const { id } = await call('startReport', { paths: [...workspace.comparedPaths], options: { ...workspace.options }, layout: layout.value, page, format })
      let job: ReportJob
      for (;;) {
        job = await call('reportStatus', { id })
        running.value = { id, format, stage: stageLabel(job), done: job.done }
        if (job.stage === 'done' || job.stage === 'failed' || job.stage === 'cancelled') break
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      if (job.stage === 'cancelled') notice.value = 'Report cancelled'
      else if (job.error) error.value = userMessage(new AppError(job.error.code, job.error.message))
      else if (job.result) deliver(job.result, format)
    } catch (failure) {
      error.value = userMessage(failure)
    } finally {
      running.value = null
    }
  }

  /** Stops the report being made; its progress says when it has stopped. */
  async function cancel(): Promise<void> {
    const id = running.value?.id
    if (!id) return
    try {
      await call('cancelReport', { id })
    } catch (failure) {
      error.value = userMessage(failure)
    }
  }

  /** What the platform left to the window: a download, or the browser's own print dialog. */
  function deliver(result: ReportResult, format: ReportFormat): void {
    if (result.savedTo) notice.value = `Saved ${result.savedTo}`
    else if (result.cancelled) return
    else if (format === 'print' && result.html) printHtml(result.html)
    else if (result.fileBase64) download(result.fileName, base64Bytes(result.fileBase64), result.fileName.endsWith('.docx') ? DOCX_TYPE : 'application/pdf')
    else if (result.html) download(result.fileName, result.html, 'text/html')
  }

  return { layout, pageSize, orientation, running, error, notice, make, cancel }
})

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function download(fileName: string, data: Uint8Array<ArrayBuffer> | string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Prints report HTML with the browser's dialog, from a hidden frame that holds only the report. */
function printHtml(html: string): void {
  const frame = document.createElement('iframe')
  frame.setAttribute('sandbox', 'allow-modals allow-same-origin')
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden'
  frame.srcdoc = html
  frame.onload = () => {
    frame.contentWindow?.print()
    setTimeout(() => frame.remove(), 1000)
  }
  document.body.append(frame)
}

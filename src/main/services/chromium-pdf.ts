import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { AppError } from '../../shared/errors'

/** Where Chromium usually is; CHROMIUM_PATH wins. */
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']

export function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH
  if (configured) return existsSync(configured) ? configured : null
  return CANDIDATES.find((path) => existsSync(path)) ?? null
}

const NO_CHROMIUM_MESSAGE = 'No Chromium found to print PDF: install chromium (or set CHROMIUM_PATH), or write the report as HTML instead.'

/**
 * The address the report is served at inside the browser. Nothing is there (`.invalid` never
 * resolves): the page's one request is answered by the printer itself, every other is refused.
 */
const REPORT_URL = 'https://report.invalid/'

/** A browser with nothing to print is closed after this long; the next report starts one again. */
const IDLE_CLOSE_MS = 60_000

/**
 * Prints report HTML to PDF with the system's Chromium (playwright-core drives it): one browser
 * for every report of the process, started on the first and closed when idle. Each report gets
 * its own context with JavaScript off and every request but the report's own refused, so what
 * the documents hold is printed as text and reaches no server. How many reports print at once
 * is the caller's business (the report queue).
 */
export class ChromiumPrinter {
  private browser: Promise<Browser> | null = null
  private printing = 0
  private idleTimer: NodeJS.Timeout | null = null
  private launched = 0

  constructor(private readonly idleCloseMs = IDLE_CLOSE_MS) {}

  /** Browsers started so far: one per busy spell, more only if one crashed. */
  get launches(): number {
    return this.launched
  }

  async print(html: string, signal?: AbortSignal): Promise<Uint8Array> {
    signal?.throwIfAborted()
    this.printing++
    this.stopIdleTimer()
    try {
      const browser = await this.started()
      signal?.throwIfAborted()
      const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false })
      const stop = (): void => void context.close()
      signal?.addEventListener('abort', stop, { once: true })
      try {
        const page = await context.newPage()
        let served = false
        await page.route('**/*', async (route) => {
          // The report, once, as the page's own document; nothing else, not even the report again.
          if (!served && route.request().url() === REPORT_URL && route.request().isNavigationRequest()) {
            served = true
            await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          } else {
            await route.abort('blockedbyclient')
          }
        })
        await page.goto(REPORT_URL, { waitUntil: 'load' })
        return await page.pdf({ preferCSSPageSize: true, printBackground: true })
      } catch (error) {
        signal?.throwIfAborted()
        throw error
      } finally {
        signal?.removeEventListener('abort', stop)
        await context.close()
      }
    } finally {
      this.printing--
      if (this.printing === 0) this.startIdleTimer()
    }
  }

  /** Closes the browser now (it starts again for the next report). */
  async close(): Promise<void> {
    this.stopIdleTimer()
    const browser = this.browser
    this.browser = null
    if (browser) await (await browser.catch(() => null))?.close()
  }

  private started(): Promise<Browser> {
    if (!this.browser) {
      const launching = this.launch()
      this.browser = launching
      // A browser that failed to start or went away (crashed, killed) is started again next time.
      const forget = (): void => {
        if (this.browser === launching) this.browser = null
      }
      launching.then((browser) => browser.on('disconnected', forget), forget)
    }
    return this.browser
  }

  private async launch(): Promise<Browser> {
    const executablePath = findChromium()
    if (!executablePath) throw new AppError('UNSUPPORTED_FORMAT', NO_CHROMIUM_MESSAGE)
    const { chromium } = await import('playwright-core')
    this.launched++
    // The app decides when it stops and closes the browser then; playwright still kills it if
    // the process exits without doing so.
    return chromium.launch({ executablePath, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false })
  }

  private startIdleTimer(): void {
    this.idleTimer = setTimeout(() => void this.close(), this.idleCloseMs)
    this.idleTimer.unref()
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
  }
}

/** One PDF and done (the CLI, test fixtures): the browser is closed with it. */
export async function printPdfWithChromium(html: string): Promise<Uint8Array> {
  const printer = new ChromiumPrinter()
  try {
    return await printer.print(html)
  } finally {
    await printer.close()
  }
}

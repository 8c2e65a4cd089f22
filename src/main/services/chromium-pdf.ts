import { existsSync } from 'node:fs'
import { AppError } from '../../shared/errors'

/** Where Chromium usually is; CHROMIUM_PATH wins. */
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']

export function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH
  if (configured) return existsSync(configured) ? configured : null
  return CANDIDATES.find((path) => existsSync(path)) ?? null
}

const NO_CHROMIUM_MESSAGE = 'No Chromium found to print PDF: install chromium (or set CHROMIUM_PATH), or write the report as HTML instead.'

/** Prints report HTML to PDF with the system's Chromium (playwright-core drives it). */
export async function printPdfWithChromium(html: string): Promise<Uint8Array> {
  const executablePath = findChromium()
  if (!executablePath) throw new AppError('UNSUPPORTED_FORMAT', NO_CHROMIUM_MESSAGE)
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath })
  try {
    const page = await browser.newPage()
    // The report is self-contained: nothing it shows may come from the network.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()))
    await page.setContent(html, { waitUntil: 'load' })
    return await page.pdf({ preferCSSPageSize: true, printBackground: true })
  } finally {
    await browser.close()
  }
}

import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { editDocument, generateDocument } from './generate'
import { formatMs, table } from './measure'

/**
 * The view section of `npm run bench`: the comparison view in Chromium over the built web host,
 * on a generated pair of 100k and 1M words, as a user meets it: time from Ctrl+Enter to the
 * first rows, the longest main-thread task (PerformanceObserver 'longtask') while comparing,
 * swapping sides, scrolling and landing a far change, the scroll's frame time, and the time to
 * land the last change from the first.
 */

/** Generated statements with their paragraphs halved, so that 100k words make about 2,000 rows and over 1,000 changes. */
export function viewPair(words: number, seed = 20201110): [string[], string[]] {
  const left = generateDocument(words, seed).flatMap((text) => {
    const middle = text.indexOf('. ', text.length / 2)
    return middle < 0 ? [text] : [text.slice(0, middle + 1), text.slice(middle + 2)]
  })
  return [left, editDocument(left, 0.3, seed + 1)]
}

export const VIEW_PAIR_FILES = ['statement.txt', 'statement-edited.txt'] as const

/** Writes the pair into a new temporary folder, one file each, and returns the folder. */
export async function writeViewPair(words: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'communique-view-'))
  const [left, right] = viewPair(words)
  await writeFile(join(folder, VIEW_PAIR_FILES[0]), left.join('\n\n'))
  await writeFile(join(folder, VIEW_PAIR_FILES[1]), right.join('\n\n'))
  return folder
}

interface Host {
  url: string
  stop(): Promise<void>
}

export async function startHost(hostScript: string, folder: string): Promise<Host> {
  const dataDir = await mkdtemp(join(tmpdir(), 'communique-bench-data-'))
  const child = spawn(process.execPath, [hostScript, folder], { env: { ...process.env, COMMUNIQUE_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)
      if (match?.[1]) resolve(match[1])
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)))
  })
  return {
    url,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

// What runs in the page is written as text: the bundler's helpers must not leak into it.
const RECORD_LONG_TASKS = `
  window.__longTasks = []
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]) }).observe({ type: 'longtask' })
`
const MARK = 'window.__mark = performance.now()'
const LONGEST_SINCE_MARK = 'Math.max(0, ...window.__longTasks.filter(([start]) => start >= window.__mark).map(([, duration]) => duration))'
const FIRST_ROWS = `new Promise((resolve) => {
  const check = () => document.querySelector('[data-testid="comparison-row"]') ? resolve(performance.now() - window.__mark) : requestAnimationFrame(check)
  check()
})`
/** A fast fling: 300 px a frame for 150 frames; the 95th percentile of the frames' durations. */
const SCROLL_P95 = `new Promise((resolve) => {
  const scroller = document.querySelector('[data-testid="comparison-table"]')
  const frames = []
  let last = 0
  const frame = (time) => {
    if (last) frames.push(time - last)
    last = time
    scroller.scrollTop += 300
    if (frames.length < 150) return requestAnimationFrame(frame)
    frames.sort((a, b) => a - b)
    resolve(frames[Math.floor(frames.length * 0.95)])
  }
  requestAnimationFrame(frame)
})`
/** P from no current change goes to the last one: time until its row is in view and stays there for three frames. */
const LAND_LAST_CHANGE = `new Promise((resolve) => {
  const scroller = document.querySelector('[data-testid="comparison-table"]')
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', code: 'KeyP', bubbles: true }))
  let stable = 0
  let landedAt = 0
  const started = performance.now()
  const check = () => {
    const row = scroller.querySelector('.cmp-row-current')
    const view = scroller.getBoundingClientRect()
    const box = row && row.getBoundingClientRect()
    const inView = box && box.top >= view.top - 1 && Math.min(box.bottom, box.top + view.height) <= view.bottom + 1
    if (inView) { if (stable++ === 0) landedAt = performance.now() } else stable = 0
    if (stable >= 3) return resolve(landedAt - window.__mark)
    if (performance.now() - started > 10000) return resolve(-1)
    requestAnimationFrame(check)
  }
  check()
})`

interface ViewMeasurement {
  rows: number
  firstRowsMs: number
  compareTaskMs: number
  swapTaskMs: number
  scrollP95Ms: number
  scrollTaskMs: number
  landMs: number
  landTaskMs: number
}

async function measureView(hostScript: string, chromiumPath: string, words: number): Promise<ViewMeasurement> {
  const { chromium } = await import('playwright-core')
  const folder = await writeViewPair(words)
  const host = await startHost(hostScript, folder)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.addInitScript(RECORD_LONG_TASKS)
    await page.goto(host.url)
    for (const file of VIEW_PAIR_FILES) await page.getByTestId(`document-${file}`).getByTestId('select-for-compare').check({ timeout: 120_000 })

    await page.evaluate(MARK)
    await page.keyboard.press('Control+Enter')
    const firstRowsMs = await page.evaluate<number>(FIRST_ROWS)
    await page.getByTestId('change-entry').first().waitFor()
    const compareTaskMs = await page.evaluate<number>(LONGEST_SINCE_MARK)
    const rows = Number(await page.getByTestId('comparison-table').getAttribute('aria-rowcount'))

    await page.evaluate(MARK)
    await page.getByTestId('swap-sides').click()
    await page.getByTestId('comparing').waitFor({ state: 'detached', timeout: 120_000 })
    await page.getByTestId('change-entry').first().waitFor()
    await page.waitForTimeout(300)
    const swapTaskMs = await page.evaluate<number>(LONGEST_SINCE_MARK)

    await page.evaluate(MARK)
    const scrollP95Ms = await page.evaluate<number>(SCROLL_P95)
    const scrollTaskMs = await page.evaluate<number>(LONGEST_SINCE_MARK)

    await page.evaluate('document.querySelector(\'[data-testid="comparison-table"]\').scrollTop = 0')
    await page.waitForTimeout(200)
    await page.evaluate(MARK)
    const landMs = await page.evaluate<number>(LAND_LAST_CHANGE)
    const landTaskMs = await page.evaluate<number>(LONGEST_SINCE_MARK)
    return { rows, firstRowsMs, compareTaskMs, swapTaskMs, scrollP95Ms, scrollTaskMs, landMs, landTaskMs }
  } finally {
    await browser.close()
    await host.stop()
    await rm(folder, { recursive: true, force: true })
  }
}

const VIEW_SIZES = [100_000, 1_000_000]

export async function viewSection(hostScript: string): Promise<void> {
  // Long tasks are wall time: on a machine shared with other work they grow with its load, so the load is printed beside them.
  const load = (): string => `load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`
  console.log(`Comparison view in Chromium over the web host, 1440×900, a generated pair (30% of words edited); one run each (${load()})\n`)
  const { findChromium } = await import('../main/services/chromium-pdf')
  const chromiumPath = findChromium()
  if (!chromiumPath) {
    console.log('Skipped: no Chromium found (install chromium or set CHROMIUM_PATH).\n')
    return
  }
  const lines: string[][] = []
  for (const words of VIEW_SIZES) {
    const m = await measureView(hostScript, chromiumPath, words)
    lines.push([
      words.toLocaleString('en'), m.rows.toLocaleString('en'), formatMs(m.firstRowsMs), formatMs(m.compareTaskMs), formatMs(m.swapTaskMs),
      formatMs(m.scrollP95Ms), formatMs(m.scrollTaskMs), m.landMs < 0 ? 'missed' : formatMs(m.landMs), formatMs(m.landTaskMs),
    ])
  }
  console.log(
    table(
      ['words', 'rows', 'Ctrl+Enter → first rows', 'longest task: compare', 'longest task: swap', 'scroll frame p95', 'longest task: scroll', 'land last change', 'longest task: land'],
      lines,
    ),
  )
  console.log(`\n(${load()} at the end.) Targets: no main-thread task over 50 ms (0 ms: none over the 50 ms a long task starts at); scroll frames p95 within 33 ms; the last change landed within 500 ms.\n`)
}

import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { editDocument, generateDocument } from './generate'
import type { Page } from 'playwright-core'
import { formatMs, table } from './measure'

/**
 * The view section of `npm run bench`: the comparison view in Chromium over the built web host,
 * on a generated pair of 100k and 1M words, as a user meets it: time from Ctrl+Enter to the
 * first rows, the longest main-thread task (PerformanceObserver 'longtask') while comparing,
 * swapping sides, scrolling and landing a far change, the scroll's frame time, and the time to
 * land the last change from the first.
 */

/** A generated statement with its paragraphs halved: 100k words make about 2,000 paragraphs. */
function halvedDocument(words: number, seed: number): string[] {
  return generateDocument(words, seed).flatMap((text) => {
    const middle = text.indexOf('. ', text.length / 2)
    return middle < 0 ? [text] : [text.slice(0, middle + 1), text.slice(middle + 2)]
  })
}

/** Generated statements with their paragraphs halved, so that 100k words make about 2,000 rows and over 1,000 changes. */
export function viewPair(words: number, seed = 20201110): [string[], string[]] {
  const left = halvedDocument(words, seed)
  return [left, editDocument(left, 0.3, seed + 1)]
}

export const VIEW_PAIR_FILES = ['statement.txt', 'statement-edited.txt'] as const
/** A third version beside the pair, for the multi-document view (make base). */
export const VIEW_THIRD_FILE = 'statement-third.txt'

/** Writes the pair and a third version into a new temporary folder, one file each, and returns the folder. */
export async function writeViewPair(words: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'communique-view-'))
  const [left, right] = viewPair(words)
  await writeFile(join(folder, VIEW_PAIR_FILES[0]), left.join('\n\n'))
  await writeFile(join(folder, VIEW_PAIR_FILES[1]), right.join('\n\n'))
  await writeFile(join(folder, VIEW_THIRD_FILE), editDocument(left, 0.1, 7).join('\n\n'))
  return folder
}

export const READER_FILE = 'long-statement.txt'
/** A chapter heading before every this many paragraphs, so that the reader's contents has entries to follow. */
const READER_CHAPTER_EVERY = 400

/** A generated statement of about `words` words (halved paragraphs: 1M words make about 20,000) in chapters ("Chapter 3. Provisions of part 3"). */
export function readerDocument(words: number, seed = 20201110): string[] {
  const chapters = halvedDocument(words, seed).flatMap((text, index) =>
    index % READER_CHAPTER_EVERY === 0 ? [`Chapter ${index / READER_CHAPTER_EVERY + 1}. Provisions of part ${index / READER_CHAPTER_EVERY + 1}`, text] : [text],
  )
  return ['Joint statement on the provisions agreed', ...chapters]
}

/** Writes the reader's document alone into a new temporary folder and returns the folder. */
export async function writeReaderDocument(words: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'communique-reader-'))
  await writeFile(join(folder, READER_FILE), readerDocument(words).join('\n\n'))
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
/** A fast fling over a scroller: 300 px a frame for 150 frames; the 95th percentile of the frames' durations. */
const scrollP95 = (scrollerTestId: string): string => `new Promise((resolve) => {
  const scroller = document.querySelector('[data-testid="${scrollerTestId}"]')
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

const FIRST_READER_ROWS = `new Promise((resolve) => {
  const check = () => document.querySelector('[data-testid="reader-scroller"] [data-paragraph]') ? resolve(performance.now() - window.__mark) : requestAnimationFrame(check)
  check()
})`
/** Time from the mark until a paragraph stands in the reader's view and stays there for three frames; -1 after 10 s. */
const landParagraph = (index: number): string => `new Promise((resolve) => {
  const scroller = document.querySelector('[data-testid="reader-scroller"]')
  let stable = 0
  let landedAt = 0
  const check = () => {
    const row = scroller.querySelector('[data-paragraph="${index}"]')
    const view = scroller.getBoundingClientRect()
    const box = row && row.getBoundingClientRect()
    const inView = box && box.top >= view.top - 1 && Math.min(box.bottom, box.top + view.height) <= view.bottom + 1
    if (inView) { if (stable++ === 0) landedAt = performance.now() } else stable = 0
    if (stable >= 3) return resolve(landedAt - window.__mark)
    if (performance.now() - window.__mark > 10000) return resolve(-1)
    requestAnimationFrame(check)
  }
  check()
})`

/** What one action cost the main thread: its longest task and, with --profile, where the time went. */
interface Phase {
  longestTaskMs: number
  profile: string[]
}

interface ViewMeasurement {
  rows: number
  firstRowsMs: number
  compare: Phase
  option: Phase
  swap: Phase
  scroll: Phase
  scrollP95Ms: number
  landMs: number
  land: Phase
  compareThree: Phase
  makeBase: Phase
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
}

/**
 * Where the long tasks' time went: samples in stretches of the main thread busy for over 50 ms
 * (idle samples end a stretch), each function counted once per sample it is on the stack of
 * (inclusive time) and where the samples stood (self time), as "12.3 ms name file:line", the costliest first.
 */
function longTaskTime(profile: CpuProfile, count = 12): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const idle = (id: number): boolean => byId.get(id)?.callFrame.functionName === '(idle)'
  const inclusive = new Map<string, number>()
  const self = new Map<string, number>()
  let stretch: number[] = []
  let stretchMs = 0
  const close = (): void => {
    if (stretchMs > 50) {
      for (const k of stretch) {
        const seen = new Set<string>()
        const leaf = byId.get(profile.samples[k]!)!.callFrame
        const leafName = `${leaf.functionName || '(anonymous)'} ${leaf.url.split('/').pop()}:${leaf.lineNumber + 1}`
        self.set(leafName, (self.get(leafName) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000)
        for (let id: number | undefined = profile.samples[k]; id !== undefined; id = parent.get(id)) {
          const frame = byId.get(id)!.callFrame
          if (frame.functionName === '(root)') continue
          const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`
          if (seen.has(name)) continue
          seen.add(name)
          inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000)
        }
      }
    }
    stretch = []
    stretchMs = 0
  }
  profile.samples.forEach((id, k) => {
    if (idle(id)) return close()
    stretch.push(k)
    stretchMs += (profile.timeDeltas[k + 1] ?? 0) / 1000
  })
  close()
  const top = (times: Map<string, number>): string[] => [...times].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${name}`)
  return ['inclusive:', ...top(inclusive), 'self:', ...top(self)]
}

/** Comparing ends: the view says it is no longer busy and lists its changes. */
async function compared(page: Page): Promise<void> {
  await page.locator('[data-testid="comparison"][aria-busy="false"]').waitFor({ timeout: 300_000 })
  await page.getByTestId('change-entry').first().waitFor()
  // What the view does after the last rows came (measuring, the ruler) counts too.
  await page.waitForTimeout(300)
}

/** The app in Chromium over the web host on a folder, read and its references found; `phase` measures one action. */
interface OpenApp {
  page: Page
  phase: (action: () => Promise<unknown>) => Promise<Phase>
  close: () => Promise<void>
}

async function openApp(hostScript: string, chromiumPath: string, folder: string, profiling: boolean): Promise<OpenApp> {
  const { chromium } = await import('playwright-core')
  const host = await startHost(hostScript, folder)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] })
  const close = async (): Promise<void> => {
    await browser.close()
    await host.stop()
  }
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const cdp = profiling ? await page.context().newCDPSession(page) : null
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    }
    /** Runs an action and reports the longest main-thread task from its start until it settled. */
    const phase = async (action: () => Promise<unknown>): Promise<Phase> => {
      await page.evaluate(MARK)
      if (cdp) await cdp.send('Profiler.start')
      await action()
      const longestTaskMs = await page.evaluate<number>(LONGEST_SINCE_MARK)
      const profile = cdp ? longTaskTime(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile) : []
      return { longestTaskMs, profile }
    }
    await page.addInitScript(RECORD_LONG_TASKS)
    // The folder's references are resolved by the host once its files are read, and their answer is parsed by the
    // window: the view is measured after the last one came (the reading done, none asked for a second).
    let referencesAsked = 0
    let referencesAnswered = 0
    const isReferences = (url: string): boolean => url.includes('/api/folderReferences')
    page.on('request', (request) => {
      if (isReferences(request.url())) referencesAsked++
    })
    page.on('requestfinished', (request) => {
      if (isReferences(request.url())) referencesAnswered++
    })
    await page.goto(host.url)
    await page.getByTestId('library-footer').waitFor()
    await page.getByTestId('library-reading').waitFor({ state: 'detached', timeout: 600_000 })
    for (let quiet = 0; quiet < 10; quiet = referencesAnswered > 0 && referencesAnswered === referencesAsked ? quiet + 1 : 0) await page.waitForTimeout(100)
    return { page, phase, close }
  } catch (failure) {
    await close()
    throw failure
  }
}

async function measureView(hostScript: string, chromiumPath: string, words: number, profiling: boolean): Promise<ViewMeasurement> {
  const folder = await writeViewPair(words)
  const { page, phase, close } = await openApp(hostScript, chromiumPath, folder, profiling)
  try {
    for (const file of VIEW_PAIR_FILES) await page.getByTestId(`document-${file}`).getByTestId('select-for-compare').check({ timeout: 120_000 })

    let firstRowsMs = 0
    const compare = await phase(async () => {
      await page.keyboard.press('Control+Enter')
      firstRowsMs = await page.evaluate<number>(FIRST_ROWS)
      await compared(page)
    })
    const rows = Number(await page.getByTestId('comparison-table').getAttribute('aria-rowcount'))
    const option = await phase(async () => {
      await page.getByTestId('option-ignoreCase').click()
      await compared(page)
    })
    const swap = await phase(async () => {
      await page.getByTestId('swap-sides').click()
      await compared(page)
    })
    let scrollP95Ms = 0
    const scroll = await phase(async () => (scrollP95Ms = await page.evaluate<number>(scrollP95('comparison-table'))))

    await page.evaluate('document.querySelector(\'[data-testid="comparison-table"]\').scrollTop = 0')
    await page.waitForTimeout(200)
    let landMs = 0
    const land = await phase(async () => (landMs = await page.evaluate<number>(LAND_LAST_CHANGE)))

    await page.getByTestId(`document-${VIEW_THIRD_FILE}`).getByTestId('select-for-compare').check()
    const compareThree = await phase(async () => {
      await page.keyboard.press('Control+Enter')
      await compared(page)
    })
    const makeBase = await phase(async () => {
      await page.getByTestId('make-base').first().click()
      await compared(page)
    })
    return { rows, firstRowsMs, compare, option, swap, scroll, scrollP95Ms, landMs, land, compareThree, makeBase }
  } finally {
    await close()
    await rm(folder, { recursive: true, force: true })
  }
}

interface ReaderMeasurement {
  paragraphs: number
  firstRowsMs: number
  open: Phase
  /** Paragraphs in the DOM once the document is open. */
  drawn: number
  /** Elements in the reader once the document is open. */
  nodes: number
  scroll: Phase
  scrollP95Ms: number
  outlineMs: number
  outline: Phase
  find: Phase
}

async function measureReader(hostScript: string, chromiumPath: string, words: number, profiling: boolean): Promise<ReaderMeasurement> {
  const folder = await writeReaderDocument(words)
  const { page, phase, close } = await openApp(hostScript, chromiumPath, folder, profiling)
  try {
    let firstRowsMs = 0
    const open = await phase(async () => {
      await page.getByTestId(`document-${READER_FILE}`).click()
      firstRowsMs = await page.evaluate<number>(FIRST_READER_ROWS)
      // What the reader does after its first rows (measuring, the outline, the references) counts too.
      await page.waitForTimeout(1000)
    })
    const paragraphs = Number(/[\d,]+/.exec((await page.getByTestId('reader-paragraph-count').textContent()) ?? '')?.[0].replace(/,/g, ''))
    const drawn = await page.locator('[data-testid="reader-scroller"] [data-paragraph]').count()
    const nodes = await page.evaluate<number>('document.querySelectorAll(\'[data-testid="reader"] *\').length')
    let scrollP95Ms = 0
    const scroll = await phase(async () => (scrollP95Ms = await page.evaluate<number>(scrollP95('reader-scroller'))))
    await page.evaluate('document.querySelector(\'[data-testid="reader-scroller"]\').scrollTop = 0')
    await page.waitForTimeout(200)
    // The last chapter's heading, from the contents.
    const lastHeading = Number(await page.getByTestId('outline-entry').last().getAttribute('data-heading'))
    let outlineMs = 0
    const outline = await phase(async () => {
      await page.getByTestId('outline-entry').last().click()
      outlineMs = await page.evaluate<number>(landParagraph(lastHeading))
    })
    const find = await phase(async () => {
      await page.keyboard.press('Control+f')
      await page.getByTestId('find-input').fill('provisions')
      await page.getByTestId('find-count').filter({ hasText: /of/ }).waitFor()
      await page.waitForTimeout(300)
    })
    return { paragraphs, firstRowsMs, open, drawn, nodes, scroll, scrollP95Ms, outlineMs, outline, find }
  } finally {
    await close()
    await rm(folder, { recursive: true, force: true })
  }
}

const VIEW_SIZES = process.env.VIEW_WORDS ? [Number(process.env.VIEW_WORDS)] : [100_000, 1_000_000]

// Long tasks are wall time: on a machine shared with other work they grow with its load, so the load is printed beside them.
const load = (): string => `load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`

async function chromiumSetup(): Promise<{ profiling: boolean; chromiumPath: string | null }> {
  const { findChromium } = await import('../main/services/chromium-pdf')
  const chromiumPath = findChromium()
  if (!chromiumPath) console.log('Skipped: no Chromium found (install chromium or set CHROMIUM_PATH).\n')
  return { profiling: process.argv.includes('--profile'), chromiumPath }
}

export async function viewSection(hostScript: string): Promise<void> {
  const { profiling, chromiumPath } = await chromiumSetup()
  if (!chromiumPath) return
  console.log(`Comparison view in Chromium over the web host, 1440×900, a generated pair (30% of words edited) and a third version (10%); one run each (${load()})\n`)
  const lines: string[][] = []
  for (const words of VIEW_SIZES) {
    const m = await measureView(hostScript, chromiumPath, words, profiling)
    const phases: [string, Phase][] = [
      ['compare', m.compare], ['option change', m.option], ['swap', m.swap], ['scroll', m.scroll], ['land', m.land], ['compare three', m.compareThree], ['make base', m.makeBase],
    ]
    if (profiling) {
      for (const [name, phase] of phases) console.log(`${words.toLocaleString('en')} words, ${name}: longest task ${formatMs(phase.longestTaskMs)}; time in tasks over 50 ms, by function (inclusive)\n${phase.profile.join('\n')}\n`)
    }
    lines.push([
      words.toLocaleString('en'), m.rows.toLocaleString('en'), formatMs(m.firstRowsMs),
      ...phases.map(([, phase]) => formatMs(phase.longestTaskMs)),
      formatMs(m.scrollP95Ms), m.landMs < 0 ? 'missed' : formatMs(m.landMs), load(),
    ])
  }
  console.log(
    table(
      [
        'words', 'rows', 'Ctrl+Enter → first rows', 'longest task: compare', 'option change', 'swap', 'scroll', 'land', 'compare three', 'make base',
        'scroll frame p95', 'land last change', 'load after',
      ],
      lines,
    ),
  )
  console.log(
    `\n(${load()} at the end.) The folder's reading and its references' last answer are awaited before Ctrl+Enter. Targets: no main-thread task over 50 ms (0 ms: none over the 50 ms a long task starts at); scroll frames p95 within 33 ms; the last change landed within 500 ms. --profile prints where each action's long tasks spent their time.\n`,
  )
}

/** The reader section of `npm run bench` (`reader`): a document of 100k and 1M words opened from the library, scrolled, its last chapter reached from the contents, and found in. */
export async function readerSection(hostScript: string): Promise<void> {
  const { profiling, chromiumPath } = await chromiumSetup()
  if (!chromiumPath) return
  console.log(`Reader in Chromium over the web host, 1440×900, one generated statement in chapters; one run each (${load()})\n`)
  const lines: string[][] = []
  for (const words of VIEW_SIZES) {
    const m = await measureReader(hostScript, chromiumPath, words, profiling)
    const phases: [string, Phase][] = [['open', m.open], ['scroll', m.scroll], ['contents → last chapter', m.outline], ['find', m.find]]
    if (profiling) {
      for (const [name, phase] of phases) console.log(`${words.toLocaleString('en')} words, reader ${name}: longest task ${formatMs(phase.longestTaskMs)}; time in tasks over 50 ms, by function (inclusive)\n${phase.profile.join('\n')}\n`)
    }
    lines.push([
      words.toLocaleString('en'), m.paragraphs.toLocaleString('en'), formatMs(m.firstRowsMs), m.drawn.toLocaleString('en'), m.nodes.toLocaleString('en'),
      ...phases.map(([, phase]) => formatMs(phase.longestTaskMs)),
      formatMs(m.scrollP95Ms), m.outlineMs < 0 ? 'missed' : formatMs(m.outlineMs), load(),
    ])
  }
  console.log(
    table(
      ['words', 'paragraphs', 'click → first rows', 'paragraphs drawn', 'elements', 'longest task: open', 'scroll', 'contents → last chapter', 'find', 'scroll frame p95', 'last chapter landed', 'load after'],
      lines,
    ),
  )
  console.log(`\n(${load()} at the end.) Same targets as the comparison view: no main-thread task over 50 ms; a chapter landed within 500 ms.\n`)
}

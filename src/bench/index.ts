import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { diffWordsWithSpace } from 'diff'
import { compareParagraphs } from '../core/compare/compare'
import { scan } from '../core/compare/scan'
import { resolveFolderReferences } from '../core/references/resolve'
import { folderBytes, generateFolder } from './folder'
import { editDocument, generateDocument } from './generate'
import { findChromium, printPdfWithChromium } from '../main/services/chromium-pdf'
import { ReaderPool } from '../main/services/reader-pool'
import { LibraryService } from '../main/services/library-service'
import { SummaryCache } from '../main/services/summary-cache'
import { reportHtml } from '../main/services/report-pipeline'
import { withDefaults } from '../core/compare/options'
import { splitParagraphs } from '../core/text/paragraphs'
import { formatMs, METHOD, table, timeRuns, type Measurement } from './measure'

/**
 * `npm run bench`. Each measurement runs in a fresh process, so its peak memory is its own, and
 * each section prints a table with ratios against a baseline measured in the same run:
 * - comparison: the engine against the floor (only tokenizing and hashing both texts) and
 *   against jsdiff's diffWordsWithSpace on the whole text, 1k to 1M words edited at 1/10/40%;
 * - references: detection and resolution over a generated folder of 10,000 statements, against
 *   the same floor pass over the same text;
 * - reports: a 100k-word comparison printed to PDF by Chromium, against the comparison alone;
 * - folders: a generated folder of 10,000 statements opened the first time (listed, then read in
 *   the background) and the second time (from the summary cache), against listing it alone.
 */

const JSDIFF_CAP_MS = 60_000
const FOLDER_DOCUMENTS = 10_000

/** Tokenizes and hashes every text: the least any comparison or search has to do. */
function floorPass(sides: string[][]): boolean {
  let hash = 0x811c9dc5
  for (const side of sides) {
    for (const text of side) {
      const { starts, count } = scan(text)
      for (let t = 0; t < count; t++) {
        for (let i = starts[t]!; i < starts[t + 1]!; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
        hash = Math.imul(hash ^ 0xff, 0x01000193)
      }
    }
  }
  return hash === 0x12345678
}

type TaskArgs = Record<string, number>
const TASKS: Record<string, (args: TaskArgs) => Promise<Measurement>> = {
  'compare-floor': ({ words, rate }) => {
    const [left, right] = comparedPair(words!, rate!)
    return timeRuns(() => floorPass([left, right]), true)
  },
  'compare-engine': ({ words, rate }) => {
    const [left, right] = comparedPair(words!, rate!)
    return timeRuns(() => compareParagraphs(left, right) === null, true)
  },
  'compare-jsdiff': ({ words, rate, cap }) => {
    const [left, right] = comparedPair(words!, rate!)
    const [leftText, rightText] = [left.join('\n\n'), right.join('\n\n')]
    return timeRuns(() => diffWordsWithSpace(leftText, rightText, { timeout: cap! }) === undefined, false)
  },
  'refs-floor': async () => {
    const folder = generateFolder(FOLDER_DOCUMENTS, 20201110)
    const texts = folder.map((document) => document.paragraphs.map((paragraph) => paragraph.text))
    return { ...(await timeRuns(() => floorPass(texts), true)), extra: { bytes: folderBytes(folder) } }
  },
  'refs-engine': async () => {
    const folder = generateFolder(FOLDER_DOCUMENTS, 20201110)
    let found = 0
    const measurement = await timeRuns(() => (found = resolveFolderReferences(folder).references.length) < 0, true)
    return { ...measurement, extra: { bytes: folderBytes(folder), references: found } }
  },
  'folder-list': async () => {
    const folder = await writtenFolder()
    return timeRuns(async () => (await listFolder(folder)) < 0, false)
  },
  'folder-open': async () => {
    const folder = await writtenFolder()
    const cacheDir = await mkdtemp(join(tmpdir(), 'communique-bench-cache-'))
    // First open: listed from the file system, then every file read in the background.
    const first = new LibraryService(new ReaderPool(), { cache: new SummaryCache(cacheDir) })
    let start = performance.now()
    await first.open(folder)
    const listedMs = performance.now() - start
    await first.whenRead()
    const readMs = performance.now() - start
    await first.dispose()
    // Second open: the cache answers for every file.
    const second = new LibraryService(new ReaderPool(), { cache: new SummaryCache(cacheDir) })
    start = performance.now()
    const listing = await second.open(folder)
    const secondMs = performance.now() - start
    await second.dispose()
    await rm(cacheDir, { recursive: true, force: true })
    return { medianMs: readMs, runs: 1, peakMb: process.resourceUsage().maxRSS / 1024, capped: false, extra: { listedMs, secondMs, pendingAfterSecond: listing.reading?.total ?? 0 } }
  },
  'report-compare': ({ words }) => {
    const [left, right] = comparedPair(words!, 0.1)
    return timeRuns(() => compareParagraphs(left, right) === null, false)
  },
  'report-pdf': async ({ words }) => {
    const [left, right] = comparedPair(words!, 0.1)
    const document = (path: string, paragraphs: string[]) => ({ path, title: path, publisher: null, date: null, paragraphs: splitParagraphs(paragraphs.join('\n\n')), references: [] })
    const request = { documents: [document('statement.txt', left), document('statement-edited.txt', right)], options: withDefaults({}), layout: 'side-by-side' as const }
    let bytes = 0
    const measurement = await timeRuns(async () => (bytes = (await printPdfWithChromium(reportHtml(request, () => undefined))).length) < 0, false)
    return { ...measurement, extra: { bytes } }
  },
}

const FOLDER_PATH = join(tmpdir(), 'communique-bench-folder')

/** The generated statements written as files once, and reused by every folder measurement. */
async function writtenFolder(): Promise<string> {
  const marker = join(FOLDER_PATH, '.complete')
  if (existsSync(marker)) return FOLDER_PATH
  await rm(FOLDER_PATH, { recursive: true, force: true })
  const documents = generateFolder(FOLDER_DOCUMENTS, 20201110)
  for (const document of documents) {
    const file = join(FOLDER_PATH, document.path)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, `${document.title}\n\n${document.paragraphs.map((paragraph) => paragraph.text).join('\n\n')}`)
  }
  await writeFile(marker, '')
  return FOLDER_PATH
}

/** The baseline: walking the folder and stat-ing every file, which any listing must do. */
async function listFolder(folder: string): Promise<number> {
  let bytes = 0
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size
  }
  return bytes
}

function comparedPair(words: number, rate: number): [string[], string[]] {
  const left = generateDocument(words, 20201110)
  return [left, editDocument(left, rate, 20230919)]
}

function runChild(task: string, args: TaskArgs): Measurement {
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', __filename, '--child', task, JSON.stringify(args)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`benchmark ${task} ${JSON.stringify(args)} failed:\n${result.stderr}`)
  return JSON.parse(result.stdout) as Measurement
}

function comparisonSection(quick: boolean): void {
  const sizes = quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000]
  const capMs = quick ? 10_000 : JSDIFF_CAP_MS
  const header = ['words', 'edits', 'floor', 'engine', 'engine/floor', 'engine peak MB', 'jsdiff words', 'jsdiff/engine', 'jsdiff peak MB']
  const rows: string[][] = []
  console.log(`Comparison (${METHOD}; jsdiff capped at ${capMs / 1000} s)\n`)
  for (const words of sizes) {
    for (const rate of [0.01, 0.1, 0.4]) {
      const floor = runChild('compare-floor', { words, rate })
      const engine = runChild('compare-engine', { words, rate })
      const jsdiff = runChild('compare-jsdiff', { words, rate, cap: capMs })
      const jsdiffTime = jsdiff.capped ? `> ${formatMs(capMs)} (cap)` : formatMs(jsdiff.medianMs)
      const jsdiffRatio = jsdiff.capped ? `> ${Math.round(capMs / engine.medianMs)}×` : `${(jsdiff.medianMs / engine.medianMs).toFixed(0)}×`
      rows.push([
        words.toLocaleString('en'), `${rate * 100}%`, formatMs(floor.medianMs), formatMs(engine.medianMs),
        `${(engine.medianMs / floor.medianMs).toFixed(1)}×`, engine.peakMb.toFixed(0), jsdiffTime, jsdiffRatio, jsdiff.peakMb.toFixed(0),
      ])
      console.log(rows[rows.length - 1]!.join(' | '))
    }
  }
  console.log(`\n${table(header, rows)}`)
  console.log('\nTargets on a 2-core machine: 100k words at 10% ≤ 100 ms and ≤ 8× the floor; 1M words at 10% ≤ 1 s.\n')
}

function referencesSection(): void {
  console.log(`References over a generated folder of ${FOLDER_DOCUMENTS.toLocaleString('en')} statements (${METHOD})\n`)
  const floor = runChild('refs-floor', {})
  const engine = runChild('refs-engine', {})
  const megabytes = (engine.extra!.bytes! / 1e6).toFixed(1)
  const speed = (measurement: Measurement) => `${(measurement.extra!.bytes! / 1e6 / (measurement.medianMs / 1000)).toFixed(0)} MB/s`
  console.log(
    table(
      ['text', 'references', 'floor', 'floor speed', 'detect + resolve', 'speed', 'engine/floor', 'peak MB'],
      [[`${megabytes} MB`, engine.extra!.references!.toLocaleString('en'), formatMs(floor.medianMs), speed(floor), formatMs(engine.medianMs), speed(engine), `${(engine.medianMs / floor.medianMs).toFixed(1)}×`, engine.peakMb.toFixed(0)]],
    ),
  )
  console.log('\nTarget: at least 20 MB of text per second.\n')
}

function folderSection(): void {
  console.log(`Opening a folder of ${FOLDER_DOCUMENTS.toLocaleString('en')} statements (one run each: the second open needs the first's cache)\n`)
  const list = runChild('folder-list', {})
  const open = runChild('folder-open', {})
  const extra = open.extra!
  console.log(
    table(
      ['files', 'walk + stat (baseline)', 'first open: listed', 'first open: all read', 'second open (cache)', 'second/baseline', 'files left to read'],
      [[FOLDER_DOCUMENTS.toLocaleString('en'), formatMs(list.medianMs), formatMs(extra.listedMs!), formatMs(open.medianMs), formatMs(extra.secondMs!), `${(extra.secondMs! / list.medianMs).toFixed(1)}×`, String(extra.pendingAfterSecond)]],
    ),
  )
  console.log('\nTarget: listed within 2 s (reading goes on in the background); the second open near-instant.\n')
}

const REPORT_WORDS = 100_000

function reportSection(): void {
  console.log(`Report of a ${REPORT_WORDS.toLocaleString('en')}-word comparison (10% edits) as PDF, side by side (${METHOD}, no warm-up)\n`)
  if (!findChromium()) {
    console.log('Skipped: no Chromium found to print PDF (install chromium or set CHROMIUM_PATH).\n')
    return
  }
  const compare = runChild('report-compare', { words: REPORT_WORDS })
  const pdf = runChild('report-pdf', { words: REPORT_WORDS })
  console.log(
    table(
      ['words', 'comparison alone', 'report as PDF', 'report/comparison', 'PDF size', 'peak MB'],
      [[REPORT_WORDS.toLocaleString('en'), formatMs(compare.medianMs), formatMs(pdf.medianMs), `${(pdf.medianMs / compare.medianMs).toFixed(0)}×`, `${(pdf.extra!.bytes! / 1e6).toFixed(1)} MB`, pdf.peakMb.toFixed(0)]],
    ),
  )
  console.log('\nTarget: at most 15 s.\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--child') {
    const task = TASKS[args[1]!]
    if (!task) throw new Error(`unknown benchmark task ${args[1]}`)
    process.stdout.write(JSON.stringify(await task(JSON.parse(args[2] ?? '{}') as TaskArgs)))
    return
  }
  const only = args.find((arg) => !arg.startsWith('--'))
  const quick = args.includes('--quick')
  console.log('Communique benchmarks\n')
  if (!only || only === 'compare') comparisonSection(quick)
  if (!only || only === 'refs') referencesSection()
  if (!only || only === 'report') reportSection()
  if (!only || only === 'folder') folderSection()
}

void main()

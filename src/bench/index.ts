import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { withDefaults } from '../core/compare/options'
import { compareParagraphs } from '../core/compare/compare'
import { splitParagraphs } from '../core/text/paragraphs'
import { COMPARISON_TASKS, comparisonSection, floorPass, processSection } from './comparison'
import { folderBytes, generateFolder } from './folder'
import { generateDocument, editDocument } from './generate'
import { formatMs, METHOD, table, timeRuns, type Measurement } from './measure'
import { SEARCH_ENGINE_TASKS, searchEnginesSection } from './search-engines'
import { SEARCH_INDEX_TASKS, searchIndexSection } from './search-index'

/**
 * `npm run bench`. Each measurement runs in a fresh process, so its peak memory is its own, and
 * each section prints a table with ratios against a baseline measured in the same run:
 * - comparison: the engine against jsdiff's two-level approach (diffArrays on paragraphs, then
 *   diffWords inside each pair) and the floor (only tokenizing and hashing both texts), on
 *   statement-like documents of 100k and 1M words and on the hard shapes (comparison.ts);
 * - process: the CLI's compare of 1M words as a process of its own, against a floor process;
 * - references: detection and resolution over a generated folder of 10,000 statements, against
 *   the same floor pass over the same text;
 * - reports: a 100k-word comparison printed to PDF by Chromium, against the comparison alone;
 * - folders: a generated folder of 10,000 statements opened the first time (listed, then read in
 *   the background) and the second time (from the summary cache), against listing it alone;
 * - search: the index over archives of 10,000 and 100,000 documents (build, memory, saved
 *   size, queries), and, on its own (`search-engines`), the engines it was chosen among.
 * Modules that only some sections need (reading threads, Chromium, the folder watcher) are
 * loaded by those sections, so that a floor process loads little more than the scanner.
 */

const FOLDER_DOCUMENTS = 10_000

type TaskArgs = Record<string, number | string>
const TASKS: Record<string, (args: TaskArgs) => Promise<Measurement>> = {
  ...COMPARISON_TASKS,
  ...SEARCH_ENGINE_TASKS,
  ...SEARCH_INDEX_TASKS,
  'refs-floor': async () => {
    const folder = generateFolder(FOLDER_DOCUMENTS, 20201110)
    const texts = folder.map((document) => document.paragraphs.map((paragraph) => paragraph.text))
    return { ...(await timeRuns(() => floorPass(texts), true)), extra: { bytes: folderBytes(folder) } }
  },
  'refs-engine': async () => {
    const { resolveFolderReferences } = await import('../core/references/resolve')
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
    const { ReaderPool } = await import('../main/services/reader-pool')
    const { LibraryService } = await import('../main/services/library-service')
    const { SummaryCache } = await import('../main/services/summary-cache')
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
    const [left, right] = comparedPair(words as number, 0.1)
    return timeRuns(() => compareParagraphs(left, right) === null, false)
  },
  'report-pdf': async ({ words }) => {
    const { printPdfWithChromium } = await import('../main/services/chromium-pdf')
    const { reportHtml } = await import('../main/services/report-pipeline')
    const [left, right] = comparedPair(words as number, 0.1)
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

function runChild(task: string, args: TaskArgs, nodeOptions: string[] = []): Measurement {
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', ...nodeOptions, __filename, '--child', task, JSON.stringify(args)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`benchmark ${task} ${JSON.stringify(args)} failed:\n${result.stderr}`)
  return JSON.parse(result.stdout) as Measurement
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

async function reportSection(): Promise<void> {
  console.log(`Report of a ${REPORT_WORDS.toLocaleString('en')}-word comparison (10% edits) as PDF, side by side (${METHOD}, no warm-up)\n`)
  const { findChromium } = await import('../main/services/chromium-pdf')
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
  if (!only || only === 'compare') comparisonSection(runChild, quick)
  if (!only || only === 'process') await processSection(__filename, join(__dirname, 'cli.js'))
  if (!only || only === 'refs') referencesSection()
  if (!only || only === 'report') await reportSection()
  if (!only || only === 'folder') folderSection()
  if (!only || only === 'search') searchIndexSection(runChild, quick ? [10_000] : [10_000, 100_000])
  // Measured once to choose the engine: run on its own.
  if (only === 'search-engines') searchEnginesSection(runChild, quick ? 2_000 : FOLDER_DOCUMENTS)
}

void main()

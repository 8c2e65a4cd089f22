import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { withDefaults } from '../core/compare/options'
import { compareParagraphs } from '../core/compare/compare'
import { splitParagraphs } from '../core/text/paragraphs'
import { COMPARISON_TASKS, comparisonSection, floorPass, processSection } from './comparison'
import { folderBytes, generateFolder } from './folder'
import { LIBRARY_TASKS, librarySection } from './library'
import { generateDocument, editDocument } from './generate'
import { formatMs, METHOD, table, timeRuns, type Measurement } from './measure'
import { readerSection, viewSection } from './view'
import { folderReferencesSection, REFERENCES_TASKS } from './references'
import { SEARCH_INDEX_TASKS, searchIndexSection } from './search-index'

/**
 * `npm run bench`. Each measurement runs in a fresh process, so its peak memory is its own, and
 * each section prints a table with ratios against a baseline measured in the same run:
 * - comparison: the engine against jsdiff's two-level approach (diffArrays on paragraphs, then
 *   diffWords inside each pair) and the floor (only tokenizing and hashing both texts), on
 *   statement-like documents of 100k and 1M words and on the hard shapes (comparison.ts);
 * - process: the CLI's compare of 1M words as a process of its own, against a floor process;
 * - references: detection and resolution over a generated folder of 10,000 statements, against
 *   the same floor pass over the same text; versions and quotations over the same folder; and
 *   folderReferences over the web host on a statement and its revision, a readDocument asked
 *   while it is pending against one asked alone (references.ts);
 * - reports: a 100k-word comparison printed to PDF by Chromium, against the comparison alone;
 * - folders: generated folders of 10,000 and 100,000 statements opened the first time, opened
 *   again from the summary cache and listed by the CLI, against walking and stat-ing them (library.ts).
 * - view: the comparison view in Chromium over the web host, 100k and 1M words (view.ts).
 * - reader: a long document in the reader, the same way, 100k and 1M words (view.ts).
 * - search: the index over archives of 10,000 and 100,000 documents (build, memory, saved
 *   size, queries).
 * Modules that only some sections need (reading threads, Chromium, the folder watcher) are
 * loaded by those sections, so that a floor process loads little more than the scanner.
 */

const FOLDER_DOCUMENTS = 10_000

type TaskArgs = Record<string, number | string>
const TASKS: Record<string, (args: TaskArgs) => Promise<Measurement>> = {
  ...COMPARISON_TASKS,
  ...LIBRARY_TASKS,
  ...SEARCH_INDEX_TASKS,
  ...REFERENCES_TASKS,
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
  'report-compare': ({ words }) => {
    const [left, right] = comparedPair(words as number, 0.1)
    return timeRuns(() => compareParagraphs(left, right) === null, false)
  },
  'report-pdf': async ({ words }) => {
    const { printPdfWithChromium } = await import('../main/services/chromium-pdf')
    const { reportHtml } = await import('../main/services/report-pipeline')
    const [left, right] = comparedPair(words as number, 0.1)
    const document = (path: string, paragraphs: string[]) => ({ path, title: path, publisher: null, date: null, paragraphs: splitParagraphs(paragraphs.join('\n\n')), references: [] })
    const request = { documents: [document('statement.txt', left), document('statement-edited.txt', right)], options: withDefaults({}), layout: 'side-by-side' as const, page: { size: 'a4' as const, orientation: 'landscape' as const } }
    let bytes = 0
    const measurement = await timeRuns(async () => (bytes = (await printPdfWithChromium(reportHtml(request, () => undefined))).length) < 0, false)
    return { ...measurement, extra: { bytes } }
  },
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

async function referencesSection(quick: boolean): Promise<void> {
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
  await folderReferencesSection(runChild, join(__dirname, 'host.js'), FOLDER_DOCUMENTS, quick)
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
  if (!only || only === 'refs') await referencesSection(quick)
  if (!only || only === 'report') await reportSection()
  if (!only || only === 'folder') await librarySection(runChild, join(__dirname, 'cli.js'), quick)
  if (!only || only === 'view') await viewSection(join(__dirname, 'host.js'))
  if (!only || only === 'reader') await readerSection(join(__dirname, 'host.js'))
  if (!only || only === 'search') searchIndexSection(runChild, quick ? [10_000] : [10_000, 100_000])
}

void main()

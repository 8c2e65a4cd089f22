import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LibraryService } from '../main/services/library-service'
import { MAX_PAGE } from '../shared/documents'
import { formatMs, table, timeRuns, type Measurement } from './measure'
import { writeStatementFolder } from './statement-folder'

/**
 * The library at archive scale: generated folders of 10,000 and 100,000 statements (written
 * once into the temporary folder and kept for later runs), each opened the first time (listed,
 * then every file read in the background), opened again by a new process from the summary cache
 * (the first rows the window gets, the page it asks for next, the whole cache listed, then the
 * check against the disk), and listed by
 * `communique list` from the cache; against the baseline of walking the folder and stat-ing
 * every file, which any listing must do, measured in the same run.
 */

export const LIBRARY_SIZES = [10_000, 100_000]
/** What the window is answered first (as app-services answers it). */
const FIRST_PAGE = 200

type TaskArgs = Record<string, number | string>
type RunChild = (task: string, args: TaskArgs) => Measurement

function folderPath(count: number): string {
  return join(tmpdir(), `communique-bench-library-${count}`)
}

/** The generated folder, written the first time only. */
async function generatedFolder(count: number): Promise<string> {
  const folder = folderPath(count)
  const marker = join(folder, '.complete')
  if (existsSync(marker)) return folder
  await rm(folder, { recursive: true, force: true })
  await writeStatementFolder(folder, count, 20240301)
  await writeFile(marker, '')
  return folder
}

/** The baseline: walking the folder and stat-ing every file. */
async function walkAndStat(folder: string): Promise<number> {
  let bytes = 0
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size
  }
  return bytes
}

const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024
const rssPeakMb = () => process.resourceUsage().maxRSS / 1024

/** A library over reading threads with the summary cache in `dataDir`, as the app makes it (modules loaded here, not by the floor). */
async function cachedLibrary(dataDir: string): Promise<LibraryService> {
  const { ReaderPool } = await import('../main/services/reader-pool')
  const { LibraryService } = await import('../main/services/library-service')
  const { SummaryCache, folderCacheDir } = await import('../main/services/summary-cache')
  return new LibraryService(new ReaderPool(), { cache: new SummaryCache(folderCacheDir(dataDir)) })
}

export const LIBRARY_TASKS: Record<string, (args: TaskArgs) => Promise<Measurement>> = {
  'library-walk': async ({ folder }) => timeRuns(async () => (await walkAndStat(folder as string)) < 0, false),
  'library-open': async ({ folder, dataDir }) => {
    const library = await cachedLibrary(dataDir as string)
    const start = performance.now()
    await library.open(folder as string)
    const firstAnswer = JSON.stringify(library.head(FIRST_PAGE)).length
    const listedMs = performance.now() - start
    await library.whenRead()
    const readMs = performance.now() - start
    const heapAfterRead = heapMb()
    await library.dispose()
    return { medianMs: readMs, runs: 1, peakMb: rssPeakMb(), capped: false, extra: { listedMs, heapMb: heapAfterRead, firstAnswer } }
  },
  'library-reopen': async ({ folder, dataDir }) => {
    const library = await cachedLibrary(dataDir as string)
    const start = performance.now()
    await library.open(folder as string, FIRST_PAGE)
    // What the window is sent before it can show its first rows.
    let largestAnswer = JSON.stringify(library.head(FIRST_PAGE)).length
    const firstRowsMs = performance.now() - start
    // The page the window asks for next, at once.
    JSON.stringify(library.page(library.head(FIRST_PAGE)!.documents.at(-1)?.path ?? null, MAX_PAGE))
    const secondPageMs = performance.now() - start
    await library.whenListed()
    const listedMs = performance.now() - start
    await library.whenRead()
    const checkedMs = performance.now() - start
    const listing = library.current()!
    // The rest of the listing as the window fetches it: no answer is the whole folder.
    for (let after: string | null = listing.documents[FIRST_PAGE - 1]?.path ?? null; after !== null; ) {
      const page = library.page(after, MAX_PAGE)
      largestAnswer = Math.max(largestAnswer, JSON.stringify(page).length)
      after = page.next
    }
    const wholeListing = JSON.stringify(listing).length
    await library.dispose()
    return {
      medianMs: firstRowsMs,
      runs: 1,
      peakMb: rssPeakMb(),
      capped: false,
      extra: { secondPageMs, listedMs, checkedMs, largestAnswer, wholeListing, readAgain: listing.reading?.total ?? 0 },
    }
  },
}

/** `communique list <folder>` as a user runs it, from the app's cache, output thrown away. */
function timeListCommand(cli: string, folder: string, dataDir: string): number {
  const times: number[] = []
  for (let run = 0; run < 3; run++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, [cli, 'list', folder], { env: { ...process.env, COMMUNIQUE_DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`list failed: ${result.stderr}`)
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[1]!
}

const HEADER = ['files', 'load average', 'walk + stat (baseline)', 'first open: listed', 'first open: all read', 'reopen: first rows (/baseline)', 'next page', 'all listed', 'reopen: checked', 'list, cached (/baseline)', 'largest answer', 'peak RSS / heap MB']
const kb = (characters: number) => `${(characters / 1024).toFixed(0)} KB`

export async function librarySection(runChild: RunChild, cli: string, quick: boolean): Promise<void> {
  const sizes = quick ? LIBRARY_SIZES.slice(0, 1) : LIBRARY_SIZES
  console.log('The library at archive scale: generated folders of statements, each step a process of its own (one run each; the reopen needs the first open\'s cache)\n')
  // One table per size, printed when measured: the 100,000 line takes minutes.
  for (const count of sizes) {
    const folder = await generatedFolder(count)
    const dataDir = await mkdtemp(join(tmpdir(), 'communique-bench-data-'))
    try {
      const load = loadavg()[0]!.toFixed(1)
      const walk = runChild('library-walk', { folder })
      const open = runChild('library-open', { folder, dataDir })
      const reopen = runChild('library-reopen', { folder, dataDir })
      const listMs = timeListCommand(cli, folder, dataDir)
      const ratio = (ms: number) => `${(ms / walk.medianMs).toFixed(2)}×`
      const row = [
        count.toLocaleString('en'),
        load,
        formatMs(walk.medianMs),
        formatMs(open.extra!.listedMs!),
        formatMs(open.medianMs),
        `${formatMs(reopen.medianMs)} (${ratio(reopen.medianMs)})`,
        formatMs(reopen.extra!.secondPageMs!),
        formatMs(reopen.extra!.listedMs!),
        formatMs(reopen.extra!.checkedMs!),
        `${formatMs(listMs)} (${ratio(listMs)})`,
        `${kb(reopen.extra!.largestAnswer!)} (whole: ${kb(reopen.extra!.wholeListing!)})`,
        `${open.peakMb.toFixed(0)} / ${open.extra!.heapMb!.toFixed(0)}`,
      ]
      console.log(`${table(HEADER, [row])}\n`)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }
  console.log(
    `Targets: reopened, the first rows within 300 ms; \`list\` of 10,000 documents from the cache within 1 s; no answer over 1 MB (pages of at most ${MAX_PAGE.toLocaleString('en')}); 100,000 documents open with memory bounded.\n`,
  )
}

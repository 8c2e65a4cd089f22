import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { diffArrays, diffWords, type ChangeObject } from 'diff'
import { compareParagraphs } from '../core/compare/compare'
import { countWords } from '../core/compare/count-words'
import { scan } from '../core/compare/scan'
import * as shapes from './generate'
import { formatMs, table, type Measurement } from './measure'

/**
 * The comparison section of `npm run bench`: the engine beside jsdiff's two-level approach and
 * the floor, on statement-like documents and on the hard shapes, with the changed words each
 * reports against the true number of words the generator's edits changed; then the CLI as a
 * process against a floor process.
 */

/** A run of the two-level approach longer than this is stopped (jsdiff's own timeout). */
const TWO_LEVEL_CAP_MS = 60_000

type Args = Record<string, number | string>

interface Row {
  shape: string
  label: string
  words: number
  rate?: number
}

const SHAPES: Record<string, (row: Row) => shapes.EditedPair> = {
  words: ({ words, rate }) => shapes.wordsEdited(words, rate!, 20201110),
  paragraphs: ({ words, rate }) => shapes.paragraphsEdited(words, rate!, 20201110),
  giant: ({ words }) => shapes.giantParagraph(words, 20201110),
  touched: ({ words }) => shapes.everyParagraphTouched(words, 20201110),
  boilerplate: ({ words }) => shapes.boilerplate(words, 20201110),
  lines: ({ words }) => shapes.shortLines(words / 5, 20201110),
  shuffled: ({ words }) => shapes.shuffled(words, 20201110),
}

function rows(quick: boolean): Row[] {
  const sizes = quick ? [10_000, 100_000] : [100_000, 1_000_000]
  const hard = quick ? 100_000 : 1_000_000
  const result: Row[] = []
  for (const words of sizes) {
    for (const rate of [0.01, 0.1, 0.4]) result.push({ shape: 'words', label: `statements, ${rate * 100}% of words edited`, words, rate })
    for (const rate of [0.01, 0.1, 0.4]) result.push({ shape: 'paragraphs', label: `statements, ${rate * 100}% of paragraphs edited`, words, rate })
  }
  result.push(
    { shape: 'giant', label: 'one giant paragraph, 1% of words edited', words: hard },
    { shape: 'touched', label: 'every paragraph touched (one word each)', words: hard },
    { shape: 'boilerplate', label: 'boilerplate, near-identical paragraphs, 1% edited', words: hard },
    { shape: 'lines', label: `${(hard / 5).toLocaleString('en')} short lines, 1% of words edited`, words: hard },
    { shape: 'shuffled', label: 'shuffled paragraphs, 1% of words edited', words: hard },
  )
  return result
}

function pairOf(args: Args): shapes.EditedPair {
  return SHAPES[args.shape as string]!({ shape: args.shape as string, label: '', words: args.words as number, rate: args.rate as number | undefined })
}

/** Tokenizes and hashes every text: the least any comparison or search has to do. */
export function floorPass(sides: string[][]): boolean {
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

/** What jsdiff's two-level approach finds: word changes inside paired paragraphs, and paragraphs only one side has. */
interface TwoLevelResult {
  wordChanges: ChangeObject<string>[][]
  unpaired: string[]
  capped: boolean
}

/**
 * The simple way: diffArrays on the paragraphs, then, in each run of removed paragraphs followed
 * by added ones, the i-th removed paired with the i-th added and diffed by diffWords.
 */
function twoLevel(left: string[], right: string[], capMs: number): TwoLevelResult {
  const end = performance.now() + capMs
  const result: TwoLevelResult = { wordChanges: [], unpaired: [], capped: false }
  const paragraphs = diffArrays(left, right, { timeout: capMs })
  if (!paragraphs) return { ...result, capped: true }
  for (let i = 0; i < paragraphs.length; i++) {
    const change = paragraphs[i]!
    if (!change.added && !change.removed) continue
    const next = paragraphs[i + 1]
    if (change.removed && next?.added) {
      const pairs = Math.min(change.value.length, next.value.length)
      for (let k = 0; k < pairs; k++) {
        const words = diffWords(change.value[k]!, next.value[k]!, { timeout: Math.max(1, end - performance.now()) })
        if (!words) return { ...result, capped: true }
        result.wordChanges.push(words)
      }
      result.unpaired.push(...change.value.slice(pairs), ...next.value.slice(pairs))
      i++
    } else result.unpaired.push(...change.value)
  }
  return result
}

function twoLevelChangedWords(result: TwoLevelResult): number {
  let changed = 0
  for (const changes of result.wordChanges) for (const change of changes) if (change.added || change.removed) changed += countWords(change.value)
  for (const paragraph of result.unpaired) changed += countWords(paragraph)
  return changed
}

const totalWords = (paragraphs: string[]): number => paragraphs.reduce((sum, text) => sum + countWords(text), 0)

/** The three ways to compare one pair, each a run that returns true when it hit its cap. */
function contenders(pair: shapes.EditedPair): { engine: () => boolean; twoLevel: () => boolean; floor: () => boolean; changed: () => { engine: number; twoLevel: number } } {
  const { left, right } = pair
  // Each document's word count comes with it, as the reader makes it for the listing.
  const sides = [{ paragraphs: left, wordCount: totalWords(left) }, { paragraphs: right, wordCount: totalWords(right) }] as const
  let engineChanged = 0
  let twoLevelResult: TwoLevelResult | null = null
  return {
    engine: () => {
      const { stats } = compareParagraphs(sides[0], sides[1])
      engineChanged = stats.wordsInserted + stats.wordsDeleted
      return false
    },
    twoLevel: () => (twoLevelResult = twoLevel(left, right, TWO_LEVEL_CAP_MS)).capped,
    floor: () => floorPass([left, right]),
    changed: () => ({ engine: engineChanged, twoLevel: twoLevelResult === null || twoLevelResult.capped ? -1 : twoLevelChangedWords(twoLevelResult) }),
  }
}

/**
 * A row's times (the three alternate, run after run, so that a load on the machine weighs on all
 * of them alike) and the words each reported changed; twoLevelCapped is 1 when it hit its cap.
 */
type RowTimes = Record<'engineMs' | 'twoLevelMs' | 'floorMs' | 'twoLevelCapped' | 'engineChanged' | 'twoLevelChanged' | 'trueChanges', number>

export const COMPARISON_TASKS: Record<string, (args: Args) => Promise<Measurement>> = {
  'compare-times': (args) => {
    const pair = pairOf(args)
    const runs = contenders(pair)
    const times = alternating({ engine: runs.engine, twoLevel: runs.twoLevel, floor: runs.floor })
    const changed = runs.changed()
    const extra: RowTimes = {
      engineMs: times.engine.fastestMs, twoLevelMs: times.twoLevel.fastestMs, floorMs: times.floor.fastestMs, twoLevelCapped: times.twoLevel.capped ? 1 : 0,
      engineChanged: changed.engine, twoLevelChanged: changed.twoLevel, trueChanges: pair.trueChanges,
    }
    return Promise.resolve({ medianMs: times.engine.fastestMs, runs: times.engine.runs, peakMb: 0, capped: false, extra })
  },
  // Peak memory: one run alone in a fresh process.
  'compare-engine-memory': (args) => {
    const runs = contenders(pairOf(args))
    return peakOf(runs.engine)
  },
  'compare-two-level-memory': (args) => {
    const runs = contenders(pairOf(args))
    return peakOf(runs.twoLevel)
  },
  'floor-process': (args) => {
    // A process of its own, like the CLI's: reads both files and tokenizes and hashes them.
    const start = performance.now()
    const texts = [readFileSync(args.left as string, 'utf8'), readFileSync(args.right as string, 'utf8')]
    floorPass([texts])
    return Promise.resolve({ medianMs: performance.now() - start, runs: 1, peakMb: 0, capped: false })
  },
}

function peakOf(run: () => boolean): Promise<Measurement> {
  const rssBefore = process.memoryUsage().rss
  const start = performance.now()
  const capped = run()
  const medianMs = performance.now() - start
  return Promise.resolve({ medianMs, runs: 1, peakMb: Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore) / 1024 / 1024, capped })
}

const WARM_UP_RUNS = 3
const WARM_UP_MS = 500
const MAX_ROUNDS = 30
const BUDGET_MS = 8000
/** A contender slower than this runs once more after its warm-up, not in every round. */
const SLOW_RUN_MS = 5000

type Timed = { fastestMs: number; runs: number; capped: boolean }

/**
 * Times each run, alternating: warm-up runs for each first (one for a slow run; a capped run is
 * timed no further), then rounds of one run of each until the budget is spent. Each is timed by
 * its fastest run: on a shared machine the others are slowed by whatever else runs meanwhile.
 */
function alternating<K extends string>(contestants: Record<K, () => boolean>): Record<K, Timed> {
  const names = Object.keys(contestants) as K[]
  const times = {} as Record<K, number[]>
  const capped = {} as Record<K, boolean>
  const active: K[] = []
  for (const name of names) {
    times[name] = []
    capped[name] = false
    const warmEnd = performance.now() + WARM_UP_MS
    for (let i = 0; i < 1000; i++) {
      const start = performance.now()
      const hitCap = contestants[name]()
      const took = performance.now() - start
      if (hitCap) {
        capped[name] = true
        times[name].push(took)
        break
      }
      if (took > SLOW_RUN_MS) {
        times[name].push(took)
        break
      }
      if (i + 1 >= WARM_UP_RUNS && performance.now() >= warmEnd) break
    }
    if (times[name].length === 0) active.push(name)
  }
  const budgetEnd = performance.now() + BUDGET_MS
  for (let round = 0; round < MAX_ROUNDS && active.length > 0 && (round < 3 || performance.now() < budgetEnd); round++) {
    // The order turns each round, so that none always pays for the garbage of the same one before it.
    for (let k = 0; k < active.length; k++) {
      const name = active[(round + k) % active.length]!
      const start = performance.now()
      contestants[name]()
      times[name].push(performance.now() - start)
    }
  }
  const result = {} as Record<K, Timed>
  for (const name of names) {
    result[name] = { fastestMs: Math.min(...times[name]), runs: times[name].length, capped: capped[name] }
  }
  return result
}

export type RunChild = (task: string, args: Args) => Measurement

const ratio = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)}×`

export function comparisonSection(runChild: RunChild, quick: boolean): void {
  const header = [
    'shape', 'words', 'floor', 'engine', 'two-level', 'engine/two-level', 'engine peak MB', 'two-level peak MB',
    'true changes', 'engine changes', 'engine/truth', 'two-level changes', 'two-level/truth',
  ]
  const lines: string[][] = []
  console.log(
    `Comparison: the engine, jsdiff's two-level approach and the floor timed alternately in one process per row (the fastest of up to ${MAX_ROUNDS} ` +
      `rounds after warm-up; the two-level approach capped at ${TWO_LEVEL_CAP_MS / 1000} s a run); peak memory of one run alone in a fresh process\n`,
  )
  for (const row of rows(quick)) {
    const args: Args = { shape: row.shape, words: row.words, ...(row.rate === undefined ? {} : { rate: row.rate }) }
    const times = runChild('compare-times', args).extra as RowTimes
    const engineMemory = runChild('compare-engine-memory', args)
    const twoLevelMemory = times.twoLevelCapped ? null : runChild('compare-two-level-memory', args)
    const truth = times.trueChanges
    lines.push([
      row.label, row.words.toLocaleString('en'), formatMs(times.floorMs), formatMs(times.engineMs),
      times.twoLevelCapped ? `> ${formatMs(TWO_LEVEL_CAP_MS)} (cap)` : formatMs(times.twoLevelMs),
      times.twoLevelCapped ? `< ${ratio(times.engineMs / TWO_LEVEL_CAP_MS)}` : ratio(times.engineMs / times.twoLevelMs),
      engineMemory.peakMb.toFixed(0), twoLevelMemory ? twoLevelMemory.peakMb.toFixed(0) : '',
      truth.toLocaleString('en'), times.engineChanged.toLocaleString('en'), ratio(times.engineChanged / truth),
      times.twoLevelChanged < 0 ? '(capped)' : times.twoLevelChanged.toLocaleString('en'), times.twoLevelChanged < 0 ? '' : ratio(times.twoLevelChanged / truth),
    ])
    console.log(lines[lines.length - 1]!.join(' | '))
  }
  console.log(`\n${table(header, lines)}`)
  console.log(
    '\nTargets: the engine at most 1.0× the two-level approach in every row; changed words within 1.1× of the truth in every row; ' +
      'the giant paragraph within 3 s; peak memory under 150 MB at 1M words and under 300 MB for 200,000 short lines. ' +
      'The engine is given each document’s word count, as the reader makes it for the listing.\n',
  )
}

const PROCESS_RUNS = 5

/** Wall time of a command in a fresh process, median of a few runs, and the largest peak memory (GNU time). */
function processTime(command: string[]): { ms: number; peakMb: number } {
  const times: number[] = []
  let peakKb = 0
  for (let run = 0; run < PROCESS_RUNS; run++) {
    const start = performance.now()
    const result = spawnSync('/usr/bin/time', ['-f', '%M', ...command], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
    times.push(performance.now() - start)
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr}`)
    peakKb = Math.max(peakKb, Number(result.stderr.trim().split('\n').pop()))
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)]!, peakMb: peakKb / 1024 }
}

/** `communique compare` of two files of 1M words as a process of its own, against a floor process reading and hashing the same files. */
export async function processSection(benchScript: string, cliScript: string): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'communique-bench-process-'))
  try {
    const lines: string[][] = []
    for (const rate of [0.01, 0.1]) {
      const { left, right } = shapes.wordsEdited(1_000_000, rate, 20201110)
      const [a, b] = [join(folder, 'statement.txt'), join(folder, 'statement-edited.txt')]
      await writeFile(a, `Statement\n\n${left.join('\n\n')}`)
      await writeFile(b, `Statement\n\n${right.join('\n\n')}`)
      const floor = processTime([process.execPath, benchScript, '--child', 'floor-process', JSON.stringify({ left: a, right: b })])
      const summary = processTime([process.execPath, cliScript, 'compare', a, b])
      const json = processTime([process.execPath, cliScript, 'compare', a, b, '--json'])
      lines.push([
        '1,000,000', `${rate * 100}%`, formatMs(floor.ms), formatMs(summary.ms), ratio(summary.ms / floor.ms), formatMs(json.ms), ratio(json.ms / floor.ms),
        summary.peakMb.toFixed(0), json.peakMb.toFixed(0),
      ])
    }
    console.log(`The CLI as a process (median of ${PROCESS_RUNS} fresh processes each; peak resident memory by GNU time)\n`)
    console.log(table(['words', 'edits', 'floor process', 'compare', 'compare/floor', 'compare --json', '--json/floor', 'compare peak MB', '--json peak MB'], lines))
    console.log('\nTarget: the CLI compare of 1M words at most 3× the floor process.\n')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

import { spawnSync } from 'node:child_process'
import { diffWordsWithSpace } from 'diff'
import { compareParagraphs } from '../core/compare/compare'
import { scan } from '../core/compare/scan'
import { editDocument, generateDocument } from './generate'

/**
 * `npm run bench`: the comparison engine against the floor (only tokenizing and hashing both
 * texts) and against jsdiff's diffWordsWithSpace on the whole text, on generated statements of
 * 1k to 1M words edited at 1%, 10% and 40%. Each measurement runs in a fresh process so its peak
 * memory is its own. Prints a table with ratios; the floor is the baseline of the same run.
 */

type Engine = 'floor' | 'engine' | 'jsdiff'

interface Measurement {
  medianMs: number
  runs: number
  peakMb: number
  capped: boolean
}

const JSDIFF_CAP_MS = 60_000
const WARM_UP_RUNS = 3
const WARM_UP_MS = 500
const MAX_RUNS = 15

function floorPass(left: string[], right: string[]): number {
  let hash = 0x811c9dc5
  for (const side of [left, right]) {
    for (const text of side) {
      const { starts, count } = scan(text)
      for (let t = 0; t < count; t++) {
        for (let i = starts[t]!; i < starts[t + 1]!; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
        hash = Math.imul(hash ^ 0xff, 0x01000193)
      }
    }
  }
  return hash
}

function measure(engine: Engine, words: number, rate: number, capMs: number): Measurement {
  const left = generateDocument(words, 20201110)
  const right = editDocument(left, rate, 20230919)
  const leftText = left.join('\n\n')
  const rightText = right.join('\n\n')
  const rssBefore = process.memoryUsage().rss
  const run = (): boolean => {
    if (engine === 'floor') floorPass(left, right)
    else if (engine === 'engine') compareParagraphs(left, right)
    else return diffWordsWithSpace(leftText, rightText, { timeout: capMs }) === undefined
    return false
  }
  // Untimed runs first, so the median measures optimised code, not the JIT warming up.
  if (engine !== 'jsdiff') {
    // Small inputs need many runs before the JIT has seen enough of them; large ones need few.
    const warmEnd = performance.now() + WARM_UP_MS
    for (let i = 0; i < WARM_UP_RUNS || (performance.now() < warmEnd && i < 1000); i++) run()
  }
  const times: number[] = []
  let capped: boolean
  const budgetEnd = performance.now() + 4000
  do {
    const start = performance.now()
    capped = run()
    times.push(performance.now() - start)
  } while (!capped && times.length < MAX_RUNS && (performance.now() < budgetEnd || times.length < 3) && times[times.length - 1]! < 5000)
  times.sort((a, b) => a - b)
  const peakMb = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore) / 1024 / 1024
  return { medianMs: times[Math.floor(times.length / 2)]!, runs: times.length, peakMb, capped }
}

function runChild(engine: Engine, words: number, rate: number, capMs: number): Measurement {
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', __filename, '--child', engine, String(words), String(rate), String(capMs)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`benchmark ${engine} ${words} ${rate} failed:\n${result.stderr}`)
  return JSON.parse(result.stdout) as Measurement
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`
}

function main(): void {
  const args = process.argv.slice(2)
  if (args[0] === '--child') {
    const [, engine, words, rate, cap] = args
    process.stdout.write(JSON.stringify(measure(engine as Engine, Number(words), Number(rate), Number(cap))))
    return
  }
  const quick = args.includes('--quick')
  const sizes = quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000]
  const rates = [0.01, 0.1, 0.4]
  const capMs = quick ? 10_000 : JSDIFF_CAP_MS
  const header = ['words', 'edits', 'floor', 'engine', 'engine/floor', 'engine peak MB', 'jsdiff words', 'jsdiff/engine', 'jsdiff peak MB']
  const rows: string[][] = []
  console.log(`Communique comparison benchmark (median of up to ${MAX_RUNS} runs after at least ${WARM_UP_RUNS} warm-up runs and ${WARM_UP_MS} ms; jsdiff capped at ${capMs / 1000} s)\n`)
  for (const words of sizes) {
    for (const rate of rates) {
      const floor = runChild('floor', words, rate, capMs)
      const engine = runChild('engine', words, rate, capMs)
      const jsdiff = runChild('jsdiff', words, rate, capMs)
      const jsdiffTime = jsdiff.capped ? `> ${formatMs(capMs)} (cap)` : formatMs(jsdiff.medianMs)
      const jsdiffRatio = jsdiff.capped ? `> ${Math.round(capMs / engine.medianMs)}×` : `${(jsdiff.medianMs / engine.medianMs).toFixed(0)}×`
      rows.push([
        words.toLocaleString('en'), `${rate * 100}%`, formatMs(floor.medianMs), formatMs(engine.medianMs),
        `${(engine.medianMs / floor.medianMs).toFixed(1)}×`, engine.peakMb.toFixed(0), jsdiffTime, jsdiffRatio, jsdiff.peakMb.toFixed(0),
      ])
      console.log(rows[rows.length - 1]!.join(' | '))
    }
  }
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rows.map(line).join('\n')}`)
  console.log('\nTargets on a 2-core machine: 100k words at 10% ≤ 100 ms and ≤ 8× the floor; 1M words at 10% ≤ 1 s.')
}

main()

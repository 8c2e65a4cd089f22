export interface Measurement {
  medianMs: number
  runs: number
  /** Growth of the process's peak resident memory while measuring. */
  peakMb: number
  /** The run stopped at its time cap. */
  capped: boolean
  /** Whatever the task wants printed beside its time (bytes processed, pages, …). */
  extra?: Record<string, number>
}

const WARM_UP_RUNS = 3
const WARM_UP_MS = 500
const MAX_RUNS = 15
const BUDGET_MS = 4000
const SLOW_RUN_MS = 5000

export const METHOD = `median of up to ${MAX_RUNS} runs after warm-up runs (at least ${WARM_UP_RUNS} and ${WARM_UP_MS} ms; one for a run over ${SLOW_RUN_MS / 1000} s)`

/**
 * Times `run` (which returns true when it hit its cap): warm-up runs first, so the median
 * measures optimised code, not the JIT warming up (one is enough for a run slower than
 * SLOW_RUN_MS, and a capped one ends the measurement); then up to MAX_RUNS timed runs within a
 * budget.
 */
export async function timeRuns(run: () => boolean | Promise<boolean>, warm = true): Promise<Measurement> {
  const rssBefore = process.memoryUsage().rss
  const peakMb = (): number => Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore) / 1024 / 1024
  if (warm) {
    // Small inputs need many runs before the JIT has seen enough of them; large ones need few.
    const warmEnd = performance.now() + WARM_UP_MS
    for (let i = 0; i < 1000; i++) {
      const start = performance.now()
      if (await run()) return { medianMs: performance.now() - start, runs: 1, peakMb: peakMb(), capped: true }
      if (performance.now() - start > SLOW_RUN_MS || (i + 1 >= WARM_UP_RUNS && performance.now() >= warmEnd)) break
    }
  }
  const times: number[] = []
  let capped: boolean
  const budgetEnd = performance.now() + BUDGET_MS
  do {
    const start = performance.now()
    capped = await run()
    times.push(performance.now() - start)
  } while (!capped && times.length < MAX_RUNS && (performance.now() < budgetEnd || times.length < 3) && times[times.length - 1]! < SLOW_RUN_MS)
  times.sort((a, b) => a - b)
  return { medianMs: times[Math.floor(times.length / 2)]!, runs: times.length, peakMb: peakMb(), capped }
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`
}

/** A Markdown table, columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`
  return `${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rows.map(line).join('\n')}`
}

/**
 * The fewest milliseconds of processor time `work` took in `runs` runs: processor time, not wall
 * time, so that other work on a busy machine does not count (the growth tests run in a Vitest
 * process of their own).
 */
export function bestProcessorMs(work: () => unknown, runs: number): number {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage()
    work()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

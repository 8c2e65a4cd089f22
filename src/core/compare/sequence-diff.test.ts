import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Random } from '../../bench/generate'
import { budgetFor, commonRuns, type Run } from './sequence-diff'

/** Where the runs are not real matches in order on both sides without overlap, or null. */
function invalidRun(runs: Run[], a: ArrayLike<number>, b: ArrayLike<number>): Run | null {
  let aEnd = 0
  let bEnd = 0
  for (const run of runs) {
    if (run.a < aEnd || run.b < bEnd || run.a + run.length > a.length || run.b + run.length > b.length) return run
    for (let i = 0; i < run.length; i++) if (a[run.a + i] !== b[run.b + i]) return run
    aEnd = run.a + run.length
    bEnd = run.b + run.length
  }
  return null
}

function longestCommonSubsequence(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!)
      diagonal = above
    }
  }
  return row[b.length]!
}

const matched = (runs: Run[]) => runs.reduce((sum, run) => sum + run.length, 0)

describe('commonRuns', () => {
  it('finds a longest common subsequence of small sequences', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 })
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const runs = commonRuns(a, b, budgetFor(a.length + b.length))
        expect(invalidRun(runs, a, b)).toBeNull()
        expect(matched(runs)).toBe(longestCommonSubsequence(a, b))
      }),
      { numRuns: 300 },
    )
  })

  it('anchors long sequences on elements unique to both sides, and finds the edits between', () => {
    const random = new Random(5)
    const a = Array.from({ length: 200_000 }, (_, i) => i)
    const b = a.filter(() => random.next() > 0.01).map((value) => (random.next() < 0.01 ? -value - 10 : value))
    const runs = commonRuns(a, b, budgetFor(a.length + b.length))
    expect(invalidRun(runs, a, b)).toBeNull()
    expect(matched(runs)).toBe(b.filter((value) => value >= 0).length)
  })

  it('stays within its budget on input without anchors, where Myers would be quadratic, and degrades to coarser runs', () => {
    // Two long random sequences over two letters: nothing occurs once, and the edit script is long.
    const random = new Random(9)
    const a = Array.from({ length: 100_000 }, () => (random.next() < 0.5 ? 0 : 1))
    const b = Array.from({ length: 100_000 }, () => (random.next() < 0.5 ? 0 : 1))
    const budget = budgetFor(a.length + b.length)
    const given = budget.remaining
    const runs = commonRuns(a, b, budget)
    expect(invalidRun(runs, a, b)).toBeNull()
    // Overspent by at most one range looked over once: the work is bounded by the budget.
    expect(given - budget.remaining).toBeLessThanOrEqual(given + a.length + b.length)
  })
})

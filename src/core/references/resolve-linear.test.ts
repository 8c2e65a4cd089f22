import { describe, expect, it } from 'vitest'
import { bestProcessorMs } from '../../bench/measure'
import { parseDocument } from '../text/document'
import { referable, resolveFolderReferences, type ReferableDocument } from './resolve'

/**
 * Resolution looks documents up for every reference of a folder: the time per reference must
 * not grow with the folder. A folder of n statements of one kind, each citing the one of the
 * day before by kind and date, is resolved at n and 8n: linear work takes about 8 times as long,
 * work that tries every statement for each date cited about 64 times.
 */
function statements(count: number): ReferableDocument[] {
  const day = (i: number): string => new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
  return Array.from({ length: count }, (_, i) => {
    const body = `Trilateral statement of ${day(i)}\n\n1. The parties recall the trilateral statement of ${day(i > 0 ? i - 1 : count - 1)} and its paragraph 1.`
    return referable(`statement-${i}.txt`, parseDocument({ body, fileName: `statement-${i}.txt`, modified: '2026-01-01' }))
  })
}

function millisecondsFor(count: number): number {
  const folder = statements(count)
  // Each statement's citation of the day before leads to it, so that the lookups timed are the real ones.
  const linked = resolveFolderReferences(folder).references.filter((reference) => reference.target?.document.startsWith('statement-'))
  expect(linked.length).toBeGreaterThanOrEqual(count)
  return bestProcessorMs(() => resolveFolderReferences(folder), 3)
}

describe('resolution time', () => {
  it('grows linearly with the folder', () => {
    const small = millisecondsFor(500)
    const large = millisecondsFor(4_000)
    expect(large / small).toBeLessThan(24)
  }, 120_000)
})

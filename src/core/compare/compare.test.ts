import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boilerplate, everyParagraphTouched, generateDocument, giantParagraph, paragraphsEdited, shortLines, shuffled, wordsEdited, type EditedPair } from '../../bench/generate'
import { parseDocument } from '../text/document'
import { compareParagraphs, type Comparison } from './compare'
import { opSide, type WordOp } from './word-diff'

const SAMPLES = join(__dirname, '../../../resources/samples')
const paragraphsOf = (fileName: string) =>
  parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' }).paragraphs.map((p) => p.text)

const AZ = paragraphsOf('2020-11-10_trilateral-statement_az-mfa-en.txt')
const RU = paragraphsOf('2020-11-10_trilateral-statement_ru-mfa-en.txt')
const RESOLUTION = paragraphsOf('2025-12-01_unga-resolution-80-37.txt')

const paragraph = fc
  .array(fc.constantFrom('peace', 'Parties', 'shall', 'withdraw', 'forces', 'from', 'the', 'district', 'of', 'Lachin', 'Kalbajar', 'corridor', '1,960', 'five', 'years'), { minLength: 4, maxLength: 20 })
  .map((words) => `${words.join(' ')}.`)

describe('compareParagraphs', () => {
  it('pairs every point of the two renderings of the Trilateral Statement, in order', () => {
    const { rows, stats } = compareParagraphs(AZ, RU)
    expect(rows.map((row) => row.kind)).toEqual(Array(7).fill('modified'))
    expect(rows.map((row) => [row.left, row.right])).toEqual(AZ.map((_, i) => [[i], [i]]))
    expect(stats).toMatchObject({ modified: 7, inserted: 0, deleted: 0, moved: 0 })
    expect(stats.similarity).toBeGreaterThan(0.3)
    expect(stats.similarity).toBeLessThan(0.9)
  })

  it('finds a document equal to itself', () => {
    const { rows, stats } = compareParagraphs(RESOLUTION, RESOLUTION)
    expect(rows.every((row) => row.kind === 'equal')).toBe(true)
    expect(stats).toMatchObject({ equal: RESOLUTION.length, similarity: 1, wordsInserted: 0, wordsDeleted: 0 })
  })

  it('reports an inserted and a deleted paragraph in place', () => {
    const left = RESOLUTION.slice(0, 12)
    const right = [...left.slice(0, 3), 'A wholly new paragraph about unrelated matters entirely.', ...left.slice(3, 8), ...left.slice(9)]
    const { rows, stats } = compareParagraphs(left, right)
    expect(stats).toMatchObject({ inserted: 1, deleted: 1, equal: 11 })
    expect(rows.find((row) => row.kind === 'inserted')).toMatchObject({ right: [3] })
    expect(rows.find((row) => row.kind === 'deleted')).toMatchObject({ left: [8] })
  })

  it('marks a paragraph that changed place as moved, also when edited', () => {
    const left = RESOLUTION.slice(8, 16)
    const moved = `${left[1]!} Also edited.`
    const right = [left[0]!, ...left.slice(2, 6), moved, ...left.slice(6)]
    const { rows, stats } = compareParagraphs(left, right)
    expect(stats.moved).toBe(1)
    expect(rows.find((row) => row.kind === 'moved')).toMatchObject({ left: [1], right: [5] })
    expect(rows.find((row) => row.kind === 'moved')?.ops?.some((op) => op.op === 'insert')).toBe(true)
  })

  it('shows a paragraph that became two as split, and two that became one as merged', () => {
    const whole = RESOLUTION[12]!
    const cut = whole.indexOf(', ', whole.length / 2)
    const [first, second] = [whole.slice(0, cut + 1), whole.slice(cut + 2)]
    const left = RESOLUTION.slice(10, 15)
    const right = [...left.slice(0, 2), first, second, ...left.slice(3)]
    const split = compareParagraphs(left, right)
    expect(split.rows.find((row) => row.kind === 'split')).toMatchObject({ left: [2], right: [2, 3] })
    expect(split.stats).toMatchObject({ split: 1, inserted: 0, deleted: 0, equal: 4 })
    const merged = compareParagraphs(right, left)
    expect(merged.rows.find((row) => row.kind === 'merged')).toMatchObject({ left: [2, 3], right: [2] })
    expect(merged.stats).toMatchObject({ merged: 1, inserted: 0, deleted: 0, equal: 4 })
  })

  it('reads a news re-publication as a careful reader would: trimmed, merged and reordered', () => {
    // A news site re-publishes the resolution's operative part: it drops a paragraph's closing
    // clause, runs two short paragraphs together, moves one up, and adds a line of its own.
    const original = RESOLUTION.slice(10, 18)
    const trimmed = original[1]!.slice(0, original[1]!.lastIndexOf(',')) + '.'
    const republished = [
      original[0]!,
      original[5]!,
      trimmed,
      `${original[2]!} ${original[3]!}`,
      original[4]!,
      'The resolution was adopted by a recorded vote, our correspondent reports.',
      ...original.slice(6),
    ]
    const { rows, stats } = compareParagraphs(original, republished)
    expect(rows.find((row) => row.left[0] === 1)).toMatchObject({ kind: 'modified', right: [2] })
    expect(rows.find((row) => row.left[0] === 1)?.ops?.filter((op) => op.op === 'delete').length).toBe(1)
    expect(rows.find((row) => row.kind === 'merged')).toMatchObject({ left: [2, 3], right: [3] })
    expect(rows.find((row) => row.left[0] === 5)).toMatchObject({ kind: 'moved', right: [1] })
    expect(stats).toMatchObject({ inserted: 1, deleted: 0, merged: 1, moved: 1 })
  })

  it('finds a moved and edited paragraph far from its place in a long document', () => {
    const long = generateDocument(20_000, 7)
    const movedFrom = 20
    const edited = long[movedFrom]!.replace(/\b(\w+)\b/, 'Furthermore')
    const right = [...long.slice(0, movedFrom), ...long.slice(movedFrom + 1, 170), edited, ...long.slice(170)]
    const { rows, stats } = compareParagraphs(long, right)
    expect(rows.find((row) => row.left[0] === movedFrom)).toMatchObject({ kind: 'moved', right: [169] })
    expect(stats).toMatchObject({ moved: 1, inserted: 0, deleted: 0, equal: long.length - 1 })
  })

  it('reports progress from start to finish', () => {
    const seen: number[] = []
    compareParagraphs(RESOLUTION, RESOLUTION.slice().reverse(), {}, (done) => seen.push(done))
    expect(seen.length).toBeGreaterThan(2)
    expect(seen[seen.length - 1]).toBe(1)
    expect([...seen].sort((a, b) => a - b)).toEqual(seen)
  })

  it('reports progress through every step of a long comparison, never silent for long', () => {
    const { left, right } = wordsEdited(100_000, 0.3, 11)
    const seen: { done: number; at: number }[] = []
    const start = performance.now()
    compareParagraphs(left, right, {}, (done) => seen.push({ done, at: performance.now() - start }))
    const total = performance.now() - start
    const values = seen.map(({ done }) => done)
    expect([...values].sort((a, b) => a - b)).toEqual(values)
    expect(values.at(-1)).toBe(1)
    // Pairing the paragraphs (most of the time: analysing those left free, then by similarity), making the rows, finding moved phrases.
    expect(values.filter((done) => done > 0 && done < 0.3).length).toBeGreaterThanOrEqual(10)
    expect(values.filter((done) => done >= 0.3 && done <= 0.7).length).toBeGreaterThanOrEqual(2)
    expect(values.filter((done) => done > 0.7 && done < 1).length).toBeGreaterThanOrEqual(10)
    // Before, the pairing (three quarters of the time) told nothing: no stretch without news is that long now.
    const silences = seen.slice(1).map(({ at }, i) => at - seen[i]!.at)
    expect(Math.max(...silences)).toBeLessThan(0.45 * total)
  })

  it('mirrors when the sides are swapped', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 8 }), fc.array(paragraph, { maxLength: 8 }), (left, right) => {
        const forward = compareParagraphs(left, right).stats
        const backward = compareParagraphs(right, left).stats
        expect(backward.split).toBe(forward.merged)
        expect(backward.moved).toBe(forward.moved)
        expect(backward.wordsInserted).toBe(forward.wordsDeleted)
        expect(backward.inserted).toBe(forward.deleted)
        expect(backward.equal).toBe(forward.equal)
        expect(backward.similarity).toBeCloseTo(forward.similarity, 5)
      }),
      { numRuns: 200 },
    )
  })

  it('accounts for every paragraph of both sides exactly once', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 10 }), fc.array(paragraph, { maxLength: 10 }), (left, right) => {
        const { rows } = compareParagraphs(left, right)
        expect(rows.flatMap((row) => row.left).sort((a, b) => a - b)).toEqual(left.map((_, i) => i))
        expect(rows.flatMap((row) => row.right).sort((a, b) => a - b)).toEqual(right.map((_, i) => i))
      }),
      { numRuns: 200 },
    )
  })

  it('pairs every paragraph, in order, when every one was edited and none shares a rare word with its partner', () => {
    // Without numbers every word of these documents stands in a hundred paragraphs or more: what
    // pairs them is the shingles they share and their order.
    const withoutNumbers = (paragraphs: string[]) => paragraphs.map((text) => text.replace(/\d+/g, 'n'))
    const touched = everyParagraphTouched(60_000, 11)
    const [left, right] = [withoutNumbers(touched.left), withoutNumbers(touched.right)]
    const { rows, stats } = compareParagraphs(left, right)
    expect(stats).toMatchObject({ inserted: 0, deleted: 0, moved: 0 })
    expect(rows.map((row) => [row.left, row.right])).toEqual(left.map((_, i) => [[i], [i]]))
    expect(stats.wordsInserted + stats.wordsDeleted).toBeLessThanOrEqual(1.1 * touched.trueChanges)
  })

  it('pairs near-identical boilerplate paragraphs by their order, not only by their words', () => {
    const { left, right, trueChanges } = boilerplate(60_000, 11)
    const { stats } = compareParagraphs(left, right)
    expect(stats.wordsInserted + stats.wordsDeleted).toBeLessThanOrEqual(1.1 * trueChanges)
    expect(stats.moved).toBeLessThanOrEqual(0.01 * left.length)
  })

  it('finds every paragraph of a shuffled document, edited ones too', () => {
    const { left, right, trueChanges } = shuffled(40_000, 11)
    const { stats } = compareParagraphs(left, right)
    expect(stats).toMatchObject({ inserted: 0, deleted: 0 })
    expect(stats.wordsInserted + stats.wordsDeleted).toBeLessThanOrEqual(1.1 * trueChanges)
  })
})

/** The texts the rows tell: ops of paired rows give back both sides' paragraphs exactly (joined by a blank line when split or merged). */
function expectExactReconstruction(comparison: Comparison, left: string[], right: string[]): void {
  const sideOf = (ops: WordOp[], side: 'left' | 'right') =>
    ops.map((op) => (op.op === 'equal' ? (side === 'right' ? (op.rightText ?? op.text) : op.text) : opSide(op) === side ? op.text : '')).join('')
  for (const row of comparison.rows) {
    if (!row.ops) continue
    expect(sideOf(row.ops, 'left')).toBe(row.left.map((i) => left[i]).join('\n\n'))
    expect(sideOf(row.ops, 'right')).toBe(row.right.map((i) => right[i]).join('\n\n'))
  }
}

const SHAPES: Record<string, (seed: number) => EditedPair> = {
  'words edited': (seed) => wordsEdited(3_000, 0.2, seed),
  'paragraphs edited': (seed) => paragraphsEdited(3_000, 0.4, seed),
  'one giant paragraph': (seed) => giantParagraph(5_000, seed),
  'every paragraph touched': (seed) => everyParagraphTouched(3_000, seed),
  boilerplate: (seed) => boilerplate(3_000, seed),
  'short lines': (seed) => shortLines(600, seed),
  shuffled: (seed) => shuffled(3_000, seed),
}

describe.each(Object.entries(SHAPES))('compareParagraphs on %s', (_, shape) => {
  const seed = fc.integer({ min: 1, max: 1_000_000 })

  it('reconstructs both sides exactly and finds a document equal to itself', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const { left, right } = shape(s)
        expectExactReconstruction(compareParagraphs(left, right), left, right)
        expect(compareParagraphs(right, right).stats).toMatchObject({ equal: right.length, similarity: 1, wordsInserted: 0, wordsDeleted: 0 })
      }),
      { numRuns: 5 },
    )
  })

  it('mirrors when the sides are swapped', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const { left, right } = shape(s)
        const forward = compareParagraphs(left, right)
        const backward = compareParagraphs(right, left)
        const swapped = (rows: Comparison['rows']) => rows.map((row) => `${row.right.join(',')}|${row.left.join(',')}`).sort()
        expect(backward.rows.map((row) => `${row.left.join(',')}|${row.right.join(',')}`).sort()).toEqual(swapped(forward.rows))
        expect(backward.stats).toMatchObject({
          split: forward.stats.merged, merged: forward.stats.split, moved: forward.stats.moved, equal: forward.stats.equal,
          inserted: forward.stats.deleted, deleted: forward.stats.inserted, wordsInserted: forward.stats.wordsDeleted, wordsDeleted: forward.stats.wordsInserted,
          similarity: forward.stats.similarity,
        })
      }),
      { numRuns: 5 },
    )
  })
})

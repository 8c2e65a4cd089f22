import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareParagraphs } from '../core/compare/compare'
import { parseDocument } from '../core/text/document'
import { comparisonJson, comparisonSummary, PLAIN_STYLE, type ComparedDocument } from './compare-output'

const SAMPLES = join(__dirname, '../../resources/samples')
const read = (fileName: string): ComparedDocument => {
  const document = parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' })
  return { path: fileName, title: document.title, paragraphs: document.paragraphs }
}
const AZ = read('2020-11-10_trilateral-statement_az-mfa-en.txt')
const RU = read('2020-11-10_trilateral-statement_ru-mfa-en.txt')
const comparison = compareParagraphs(AZ.paragraphs.map((p) => p.text), RU.paragraphs.map((p) => p.text))

describe('compare output', () => {
  it('prints a moved phrase at both ends, each with the id of the other', () => {
    const summary = comparisonSummary(AZ, RU, comparison, PLAIN_STYLE)
    expect(summary).toContain('[-Along the line of contact in Nagorno-Karabakh and along the Lachin corridor-]→1')
    expect(summary).toContain('{+along the contact line in Nagorno-Karabakh and along the Lachin Corridor+}←1')
  })

  it('gives the JSON its move ops with their id and changes', () => {
    const json = comparisonJson(AZ, RU, comparison) as { rows: { ops?: { op: string; id?: number; changes?: unknown[] }[] }[] }
    const moves = json.rows[3]!.ops!.filter((op) => op.op.startsWith('move-'))
    expect(moves.map((op) => [op.op, op.id])).toEqual([['move-from', 1], ['move-to', 1]])
    expect(moves[0]!.changes).toEqual(moves[1]!.changes)
  })
})

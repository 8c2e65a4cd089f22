import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT, SAMPLES } from './web-host'

const AZ = join(SAMPLES, '2020-11-10_trilateral-statement_az-mfa-en.txt')
const RU = join(SAMPLES, '2020-11-10_trilateral-statement_ru-mfa-en.txt')

function communique(...args: string[]) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'communique.js'), ...args], { encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

interface CompareJson {
  left: { path: string; title: string; paragraphs: { index: number; number: string | null; text: string }[] }
  right: { title: string; paragraphs: unknown[] }
  rows: { kind: string; left: number[]; right: number[]; similarity: number; ops?: { op: string; text: string; id?: number }[] }[]
  stats: Record<string, number>
}

test('compare --json prints the documented shape', () => {
  const { code, stdout, stderr } = communique('compare', AZ, RU, '--json')
  expect(stderr).toBe('')
  expect(code).toBe(0)
  const result = JSON.parse(stdout) as CompareJson
  expect(result.left.title).toMatch(/^Statement by the President/)
  expect(result.left.paragraphs[4]).toMatchObject({ index: 4, number: '4' })
  expect(result.right.paragraphs).toHaveLength(7)
  expect(result.rows).toHaveLength(7)
  expect(result.rows.every((row) => row.kind === 'modified' && row.similarity > 0 && row.similarity < 1)).toBe(true)
  expect(result.rows[2]!.ops).toContainEqual({ op: 'delete', text: 'Aghdam district is ', letters: [[2, 3], [7, 8]] })
  const moved = result.rows[3]!.ops!.filter((op) => op.op === 'move-from' || op.op === 'move-to')
  expect(moved.map(({ op, text, id }) => ({ op, text, id }))).toEqual([
    { op: 'move-from', text: 'Along the line of contact in Nagorno-Karabakh and along the Lachin corridor', id: 1 },
    { op: 'move-to', text: 'along the contact line in Nagorno-Karabakh and along the Lachin Corridor', id: 1 },
  ])
  expect(result.stats).toMatchObject({ modified: 7, inserted: 0, deleted: 0 })
})

test('compare without --json prints a readable summary', () => {
  const { code, stdout } = communique('compare', AZ, RU)
  expect(code).toBe(0)
  expect(stdout).toContain('7 modified')
  expect(stdout).toContain('[-Aghdam district is-]')
  expect(stdout).toContain('{+Agdam District shall be+}')
})

test('bad arguments and unreadable files give one clear line and a non-zero exit', () => {
  const missing = communique('compare', AZ, join(SAMPLES, 'missing.txt'))
  expect(missing.code).toBe(1)
  expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  expect(missing.stderr).toContain('missing.txt does not exist')

  const unsupported = communique('compare', AZ, join(SAMPLES, '..', '..', 'package.json'))
  expect(unsupported.code).toBe(1)
  expect(unsupported.stderr).toContain('UNSUPPORTED_FORMAT')

  const usage = communique('compare', AZ)
  expect(usage.code).toBe(2)
  expect(usage.stderr).toContain('compare takes two files or more')

  expect(communique('frobnicate').code).toBe(2)
  expect(communique('compare', AZ, RU, '--bogus').code).toBe(2)
})

interface RefJson {
  source: string
  start: number
  end: number
  text: string
  units: string[]
  target: { document: string; paragraph: string | null } | null
  candidates: { document: string; paragraph: string | null; reason: string }[]
  reason: string | null
  language: string | null
  confidence: number
  why: string
}

test('refs --json prints every reference of the folder, resolved, with offsets into the reader’s text', () => {
  const { code, stdout, stderr } = communique('refs', SAMPLES, '--json')
  expect(stderr).toBe('')
  expect(code).toBe(0)
  const references = JSON.parse(stdout) as RefJson[]
  const gulf = references.find((reference) => reference.text === 'the 4th paragraph of the Trilateral Statement of November 10, 2020')!
  // Two renderings of one text: offered together, the first as target, with how sure and why.
  expect(gulf).toMatchObject({ source: '2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt', units: ['4'], language: 'en', reason: null })
  expect(gulf.target).toMatchObject({ document: '2020-11-10_trilateral-statement_az-mfa-en.txt', paragraph: '4' })
  expect(gulf.candidates).toEqual([
    expect.objectContaining({ document: '2020-11-10_trilateral-statement_az-mfa-en.txt', paragraph: '4', reason: expect.any(String) }),
    expect.objectContaining({ document: '2020-11-10_trilateral-statement_ru-mfa-en.txt', paragraph: '4', reason: expect.any(String) }),
  ])
  expect(gulf.confidence).toBeGreaterThan(0.85)
  expect(gulf.why).toContain('2 renderings of one text fit')
  const unresolved = references.find((reference) => reference.text === 'paragraph 5 of its resolution 79/33')!
  expect(unresolved).toMatchObject({ target: null, candidates: [], reason: 'no resolution 79/33 in this folder' })
  expect(references.find((reference) => reference.text === 'paragraph 1 above')?.target).toMatchObject({ paragraph: '1' })
})

test('refs on a folder that does not exist says so in one line', () => {
  const { code, stderr } = communique('refs', join(SAMPLES, 'no-such-folder'))
  expect(code).toBe(1)
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).toContain('does not exist')
})

test('versions --json groups the two English renderings of the statement of 10 November 2020, and nothing else', () => {
  const { code, stdout, stderr } = communique('versions', SAMPLES, '--json')
  expect(stderr).toBe('')
  expect(code).toBe(0)
  expect(JSON.parse(stdout)).toEqual([
    {
      documents: [
        { path: '2020-11-10_trilateral-statement_az-mfa-en.txt', title: expect.stringContaining('Statement by the President'), date: '2020-11-10', language: 'en', words: expect.any(Number) },
        { path: '2020-11-10_trilateral-statement_ru-mfa-en.txt', title: expect.stringContaining('Statement by the President'), date: '2020-11-10', language: 'en', words: expect.any(Number) },
      ],
    },
  ])
  expect(communique('versions', SAMPLES).stdout).toContain('2 versions of "Statement by the President')
})

test('refs --json lists quotations beside references, each entry saying which it is', () => {
  const entries = JSON.parse(communique('refs', SAMPLES, '--json').stdout) as (RefJson & { kind: string; unit: string })[]
  const quotations = entries.filter((entry) => entry.kind === 'quotation')
  expect(quotations).toEqual([
    expect.objectContaining({ source: '2021-08-12_az-mfa-commentary-304-21.txt', unit: 'paragraph', target: expect.objectContaining({ document: '2020-11-10_trilateral-statement_ru-mfa-en.txt', paragraph: '3' }) }),
  ])
  expect(quotations[0]!.text).toContain('along the contact line in Nagorno-Karabakh')
  expect(entries.filter((entry) => entry.kind !== 'quotation').every((entry) => entry.kind === 'reference')).toBe(true)
  expect(entries.find((entry) => entry.text === 'the 4th paragraph of the Trilateral Statement of November 10, 2020')).toMatchObject({ kind: 'reference', unit: 'paragraph' })
})

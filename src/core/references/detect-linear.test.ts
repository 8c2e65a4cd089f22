import { describe, expect, it } from 'vitest'
import { bestProcessorMs } from '../../bench/measure'
import { detectReferences } from './detect'

/**
 * Detection runs over every paragraph of every document of a folder, on text nobody checked:
 * its time must grow linearly with the text, whatever the text. Each case times a text of n
 * units and one of 8n: linear work takes about 8 times as long, quadratic work 64 times.
 */
function millisecondsFor(text: string): number {
  return bestProcessorMs(() => detectReferences(text), 5)
}

/**
 * Linear work grows about 8 times, quadratic 64 times: the limit sits between, at 32, since
 * garbage collection in a pool of busy test processes adds to the large run (20–30 seen in a
 * fresh clone's full run).
 */
const GROWTH_LIMIT = 32

/** Growth from n to 8n, allowing for timer noise and caches on small inputs. */
function growth(make: (n: number) => string, n: number): number {
  // Both sizes once before timing, so that neither pays for the compiler's first passes.
  detectReferences(make(n))
  detectReferences(make(8 * n))
  const small = Math.max(millisecondsFor(make(n)), 1)
  const large = millisecondsFor(make(8 * n))
  return large / small
}

const CASES: [name: string, make: (n: number) => string, n: number][] = [
  ['long runs of spaces', (n) => `paragraph${' '.repeat(n)}1`, 200_000],
  ['long runs of line breaks', (n) => `Article${'\n'.repeat(n)}5`, 200_000],
  ['"paragraph 1 " over and over', (n) => 'paragraph 1 '.repeat(n), 25_000],
  ['one huge paragraph of statements citing each other', (n) => 'Paragraph 4 of the Trilateral Statement of November 10, 2020 recalls the UN Charter. '.repeat(n), 3_000],
  ['thousands of numbers in one list', (n) => `paragraphs ${Array.from({ length: n }, (_, i) => i + 1).join(', ')} of the Statement`, 5_000],
  ['resolutions listed without end', (n) => `recalling its resolutions ${'242 (1967), '.repeat(n)}and 338 (1973)`, 5_000],
  ['determiners and names before no noun', (n) => `${'the Joint Trilateral '.repeat(n)}statement`, 10_000],
  ['quotation marks', (n) => '«'.repeat(n) + 'Заявление' + '»'.repeat(n), 50_000],
  ['brackets after units', (n) => `Article 5${' (a)'.repeat(n)}`, 20_000],
  ['Chinese without spaces', (n) => '第二七五八号决议'.repeat(n) + '《联合国宪章》第七章'.repeat(n), 5_000],
  ['Arabic clitics', (n) => 'وللمادة 51 من الميثاق '.repeat(n), 5_000],
  ['UN symbols run together', (n) => `S${'/RES'.repeat(n)}/2334`, 20_000],
  ['ordinals before a unit word', (n) => `${'4-cü, '.repeat(n)}9-cu bəndini`, 10_000],
  ['hyphenated names of files', (n) => `${'trilateral-statement-'.repeat(n)}x_statement_the-statement`, 10_000],
  ['capitalised names before no noun', (n) => `${'The Joint Republic '.repeat(n)}said`, 10_000],
  ['documents inside quoted titles', (n) => `Resolution über „${'die Charta der Vereinten Nationen, '.repeat(n)}“ Resolution`, 5_000],
  ['provisions and articles pointed back to', (n) => `Article 51 of the Charter. ${'This provision and the article apply. '.repeat(n)}`, 5_000],
  ['organisations after units', (n) => '5 статті НАТО, статья 51 ООН, '.repeat(n), 5_000],
]

describe('detectReferences grows linearly', () => {
  for (const [name, make, n] of CASES) {
    it(`on ${name}`, () => {
      expect(growth(make, n)).toBeLessThan(GROWTH_LIMIT)
    })
  }
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareParagraphs } from '../compare/compare'
import { DEFAULT_COMPARE_OPTIONS } from '../compare/options'
import { scan } from '../compare/scan'
import { diffWords } from '../compare/word-diff'
import { detectReferences } from '../references/detect'
import { resolveFolderReferences } from '../references/resolve'
import { analyseText } from '../search/analyze'
import { findHits, snippetOf } from '../search/match'
import { parseQuery } from '../search/query'
import { SearchIndex } from '../search/search-index'
import { findFirstDate } from './dates'
import { identifyDocument } from '../documents/identity'
import { parseDocument } from './document'
import { splitParagraphs } from './paragraphs'
import { findVersions } from '../documents/versions'
import { findQuotations } from '../quotations/quotations'
import { findInTexts } from './find'

/**
 * Every pass over user text must take time in proportion to the text, whatever the text. These
 * tests time each pass on an adversarial text and on one eight times as long: linear work takes
 * about 8 times as long, quadratic work 64 times. They assert growth, not absolute times, so a
 * slow or loaded machine changes both timings alike.
 */
const GROWTH = 8
/**
 * Between linear (8) and quadratic (64): on a busy machine, caches and the garbage collector
 * make linear passes measure up to about 15; the quadratic passes this replaced measured 30 to 70.
 */
const LIMIT = 20
/** Each timing repeats the call until it takes this long, so that it measures the work, not the clock. */
const TARGET_MS = 20

/**
 * Milliseconds of processor time (not wall time, which counts the time other processes on the
 * machine took) for `calls` calls. Vitest runs each test file in a process of its own.
 */
function timeCalls(pass: (text: string) => unknown, text: string, calls: number): number {
  const start = process.cpuUsage()
  for (let call = 0; call < calls; call++) pass(text)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** How many calls on `text` take TARGET_MS, twice in a row: the first calls run before the code is optimised. */
function callsToMeasure(pass: (text: string) => unknown, text: string): number {
  let calls = 1
  for (let reached = 0; reached < 2; ) {
    if (timeCalls(pass, text, calls) >= TARGET_MS) reached++
    else [calls, reached] = [calls * 2, 0]
  }
  return calls
}

/**
 * How many times longer `pass` takes on `make(size * GROWTH)` than on `make(size)`. Small and large
 * are timed in turns and the fastest of each kept, so a moment of load on a shared machine slows
 * one timing, not the ratio.
 */
function growth(pass: (text: string) => unknown, make: (size: number) => string, size: number): number {
  const small = make(size)
  const large = make(size * GROWTH)
  const calls = callsToMeasure(pass, small)
  let fastestSmall = Infinity
  let fastestLarge = Infinity
  for (let round = 0; round < 8; round++) {
    fastestSmall = Math.min(fastestSmall, timeCalls(pass, small, calls))
    fastestLarge = Math.min(fastestLarge, timeCalls(pass, large, calls))
    if (fastestLarge / fastestSmall < LIMIT) break
  }
  return fastestLarge / fastestSmall
}

/** `head`, then `body` repeated to about `size` characters, then `tail`. */
function repeated(head: string, body: string, tail = ''): (size: number) => string {
  return (size) => head + body.repeat(Math.max(1, Math.ceil(size / body.length))) + tail
}

/** A document as the reader reads it: the text, its paragraphs numbered, its date found. */
function readDocument(body: string): unknown {
  return parseDocument({ body, fileName: 'statement.txt', modified: '2026-01-01' })
}

/** The references of a folder of one document made of `body`, found and resolved. */
function folderReferences(body: string): unknown {
  const paragraphs = splitParagraphs(body)
  return resolveFolderReferences([{ path: 'statement.txt', title: 'Statement', paragraphs, identity: identifyDocument({ title: 'Statement', paragraphs, fileName: 'statement.txt', declaredDate: null, declaredLanguage: null, publisher: null, modified: '2026-01-01' }) }])
}

/** Pieces of the grammars the passes read: references, dates, numbering, symbols, white space. */
const PIECES = [
  ' ', '    ', '\n', '\n\n', '\n \n', '1', '12', '2020', '4th', 'IV', ',', '.', ';', '(', ')', '(a)', '-', '–', '/', '%', '$',
  'paragraph ', 'paragraphs ', 'para. ', 'Article ', 'point ', 'operative ', 'the ', 'The ', 'of the ', 'of ', 'and ', 'to ',
  'first ', 'Fourth ', 'Statement', 'statement ', 'Charter ', 'Aa ', 'January ', '1 January', 'November 10, ', 'dated ',
  'resolution ', 'A/', 'S/RES/', 'above', 'this ', 'said document ', '中文', 'İ', 'NATO ', 'United Nations ', '聯合國',
]
const piece = fc.constantFrom(...PIECES)
const pieces = (maxLength: number) => fc.array(piece, { minLength: 1, maxLength }).map((chosen) => chosen.join(''))
/** A short head, a body repeated to the size asked, a short tail: long runs, long lists, many references. */
const adversarialShape = fc.record({ head: fc.option(pieces(4), { nil: '' }), body: pieces(5), tail: fc.option(pieces(4), { nil: '' }) })

/** Generated shapes: few runs, each timed at two sizes; no shrinking, which would time hundreds more. */
function assertLinearOnGeneratedShapes(pass: (text: string) => unknown, size: number): void {
  fc.assert(
    fc.property(adversarialShape, ({ head, body, tail }) => {
      expect(growth(pass, repeated(head, body, tail), size), JSON.stringify({ head, body, tail })).toBeLessThan(LIMIT)
    }),
    { numRuns: 2, endOnFailure: true },
  )
}

describe('reference detection grows linearly', () => {
  // Sizes differ by case: large enough that quadratic work would dominate the per-call cost,
  // small enough that it would fail in seconds, not minutes.
  it.each([
    ['thousands of references in one paragraph', repeated('', 'paragraph 1 '), 32_000],
    ['a list of thousands of numbers', (size: number) => `paragraphs ${Array.from({ length: size / 5 }, (_, i) => (i % 999) + 1).join(', ')} of the Statement`, 32_000],
    ['document nouns with no designation before them', repeated('', 'statement '), 8_000],
    ['names whose capitalised tails run on', repeated('', 'the First Article of the Statement of Aa '), 8_000],
    ['a symbol of thousands of slashes before a unit', repeated('', 'A/', 'A, para. 7'), 4_000],
    ['a unit followed by a long run of spaces', repeated('paragraph 1', ' ', 'x'), 2_000],
  ])('%s', (_, make, size) => {
    expect(growth(detectReferences, make, size)).toBeLessThan(LIMIT)
  })

  it('on generated shapes', () => assertLinearOnGeneratedShapes(detectReferences, 8_000))

  it.each([
    ['thousands of references in one paragraph', repeated('', 'paragraph 1 ')],
    ['thousands of preambular paragraphs, each citing one', repeated('', 'Recalling preambular paragraph 1,\n\n')],
  ])('when they are also resolved: %s', (_, make) => {
    expect(growth(folderReferences, make, 32_000)).toBeLessThan(LIMIT)
  })
})

describe('date finding grows linearly', () => {
  it.each([
    ['a date followed by a long run of spaces', repeated('1 January', ' ')],
    ['a date followed by a long run of newlines', repeated('1 January', '\n')],
  ])('%s', (_, make) => {
    expect(growth(findFirstDate, make, 4_000)).toBeLessThan(LIMIT)
  })

  it('on generated shapes', () => assertLinearOnGeneratedShapes(findFirstDate, 8_000))
})

describe('reading a document (paragraphs, numbers, date) grows linearly', () => {
  it.each([
    ['a date followed by a long run of newlines', repeated('Title\n\n1 January', '\n')],
    ['one paragraph of one word repeated', repeated('Title\n\n', 'statement ')],
    ['thousands of numbered paragraphs', repeated('Title\n\n', '1.1.1. Point\n\n')],
    ['a numbering label that never ends', repeated('Title\n\n', '1.', ' x')],
  ])('%s', (_, make) => {
    expect(growth(readDocument, make, 4_000)).toBeLessThan(LIMIT)
  })

  it('on generated shapes', () => assertLinearOnGeneratedShapes(readDocument, 8_000))
})

describe('the token scanner grows linearly', () => {
  it.each([
    ['a number that runs into a word after thousands of groups', repeated('', '1,', '1a'), 4_000],
    ['a long run of a script written without spaces', repeated('', '中华人民共和国'), 4_000],
    ['punctuation only', repeated('', '(.'), 8_000],
  ])('%s', (_, make, size) => {
    expect(growth(scan, make, size)).toBeLessThan(LIMIT)
  })

  it('on generated shapes', () => assertLinearOnGeneratedShapes(scan, 8_000))
})

describe('rebuilding hard-wrapped lines grows linearly', () => {
  const wrappedLine = 'the parties shall ensure the safety of citizens along the corridor in\n'
  it.each([
    ['thousands of wrapped lines with no blank line', repeated('Title\n', wrappedLine)],
    ['wrapped lines that each start a numbered point', repeated('Title\n', `1.1.1. ${wrappedLine}`)],
    ['wrapped lines that each start a list item', repeated('Title\n', `- ${wrappedLine}`)],
    ['one line of spaces between wrapped lines', repeated('Title\n', `${wrappedLine}${' '.repeat(200)}\n`)],
  ])('%s', (_, make) => {
    expect(growth(readDocument, make, 8_000)).toBeLessThan(LIMIT)
  })
})

/** A folder of documents of one paragraph each, cut from `text` every `words` words. */
function folderOf(text: string, words: number): { path: string; kind: string; date: string | null; paragraphs: { index: number; number: null; text: string }[] }[] {
  const all = text.split(' ')
  const documents = []
  for (let at = 0; at < all.length; at += words) {
    documents.push({ path: `${at}.txt`, kind: at % 2 ? 'news' : 'statement', date: null, paragraphs: [{ index: 0, number: null, text: all.slice(at, at + words).join(' ') }] })
  }
  return documents
}

describe('versions and quotations grow linearly with the folder', () => {
  const statement = 'the parties shall ensure the safety of citizens vehicles and goods along the corridor in both directions '
  it.each([
    ['one word repeated in one document quoted by another', (text: string) => findQuotations([...folderOf(text, Infinity), ...folderOf(text, Infinity).map((document) => ({ ...document, path: 'copy.txt', kind: 'news' }))])],
    ['thousands of documents quoting one sentence', (text: string) => findQuotations(folderOf(text, 40))],
    ['thousands of copies of one text', (text: string) => findVersions(folderOf(text, 60))],
    ['thousands of short documents sharing their words', (text: string) => findVersions(folderOf(text.split(' ').reverse().join(' '), 25))],
  ])('%s', (_, pass) => {
    expect(growth(pass, repeated('', statement), 20_000)).toBeLessThan(LIMIT)
    expect(growth(pass, repeated('', 'the '), 20_000)).toBeLessThan(LIMIT)
  })
})

/** Two texts in one, for the passes that compare: the left, U+0001, the right. */
const SIDES = '\u0001'

function diffSides(text: string): unknown {
  const [left, right] = text.split(SIDES)
  return diffWords(left!, right!, DEFAULT_COMPARE_OPTIONS)
}

function compareSides(text: string): unknown {
  const [left, right] = text.split(SIDES)
  return compareParagraphs(left!.split('\n'), right!.split('\n'))
}

/** Sentences of nine words no other sentence has (a move between paragraphs needs eight): `sentence(i)` is the i-th. */
const sentence = (i: number): string => `Alpha${i} bravo${i} charlie${i} delta${i} echo${i} foxtrot${i} golf${i} hotel${i} india${i}.`

describe('phrase moves grow linearly', () => {
  it.each([
    // Every sentence moved: each is a move of its own, found by its anchors.
    ['a paragraph whose sentences were reversed', (size: number) => {
      const sentences = Array.from({ length: Math.ceil(size / 60) }, (_, i) => sentence(i))
      return `${sentences.join(' ')}${SIDES}${sentences.reverse().join(' ')}`
    }],
    // Long deletions and insertions whose every n-gram repeats: no anchor at all.
    ['changes whose phrases all repeat', (size: number) => {
      const n = Math.ceil(size / 24)
      return `${'alpha beta gamma delta '.repeat(n)}${SIDES}${'delta gamma beta alpha '.repeat(n)}`
    }],
    // Phrases of three words that moved: under the minimum, each tried once.
    ['short phrases that moved', (size: number) => {
      const phrases = Array.from({ length: Math.ceil(size / 20) }, (_, i) => `w${i} x${i} y${i}`)
      return `${phrases.join(', ')}${SIDES}${phrases.reverse().join(', ')}`
    }],
  ])('%s', (_, make) => {
    expect(growth(diffSides, make, 4_000)).toBeLessThan(LIMIT)
  })

  it('between paragraphs: a sentence moved from each paragraph to the next', () => {
    const make = (size: number): string => {
      const count = Math.ceil(size / 120)
      const left = Array.from({ length: count }, (_, i) => `${sentence(2 * i)} ${sentence(2 * i + 1)}`)
      const right = Array.from({ length: count }, (_, i) => (i === 0 ? sentence(0) : `${sentence(2 * i)} ${sentence(2 * i - 1)}`))
      return `${left.join('\n')}${SIDES}${right.join('\n')}`
    }
    expect(growth(compareSides, make, 4_000)).toBeLessThan(LIMIT)
  })
})

describe('find grows linearly', () => {
  const findIn = (query: (text: string) => string) => (text: string) => findInTexts([text], query(text), Infinity)
  it.each([
    ['a query that fails at its last letter, in a run of its first', repeated('', 'a'), findIn(() => `${'a'.repeat(200)}b`)],
    ['a query as long as half the text', repeated('', 'ab'), findIn((text) => `${text.slice(0, text.length / 2)}c`)],
    ['a match at every character', repeated('', 'a'), findIn(() => 'a')],
    ['letters with combining marks', repeated('', 'e\u0301\u0302'), findIn(() => 'ee')],
    ['ligatures that fold to several letters', repeated('', 'ﬁ'), findIn(() => 'fif')],
  ])('%s', (_, make, pass) => {
    expect(growth(pass, make, 32_000)).toBeLessThan(LIMIT)
  })

  it('on generated shapes', () => assertLinearOnGeneratedShapes(findIn((text) => text.slice(0, 40)), 8_000))
})
describe('search grows linearly', () => {
  const index = new SearchIndex()
  index.add({ path: 'p.txt', title: null, kind: null, language: 'en', date: null, paragraphs: splitParagraphs('The trilateral statement on the ceasefire.') }, 'stamp')
  const searchQuery = (query: string) => index.search(query)
  const hitsIn = (text: string) => findHits(text, analyseText(text, 'en'), parseQuery('"a a a a a a a a a a a a a a a b" a*'))
  const snippetAt = (text: string) => snippetOf(text, [[text.length >> 1, (text.length >> 1) + 1]])

  it.each([
    // Queries are cut at 1,000 characters: the large one stays under the cut.
    ['a query of quotes', repeated('', '"'), 120],
    ['a query of stars and hyphens', repeated('', 'a*-'), 120],
    ['a query of one long unspaced run', repeated('', '联合声明'), 120],
  ])('searching %s', (_, make, size) => {
    expect(growth(searchQuery, make, size)).toBeLessThan(LIMIT)
  })

  it.each([
    ['a phrase that almost matches everywhere', repeated('', 'a ')],
    ['one long word', repeated('', 'a')],
    ['a long run of spaces', repeated('a', ' ', 'b')],
  ])('finding hits and a snippet in %s', (_, make) => {
    expect(growth(hitsIn, make, 4_000)).toBeLessThan(LIMIT)
    expect(growth(snippetAt, make, 4_000)).toBeLessThan(LIMIT)
  })
})

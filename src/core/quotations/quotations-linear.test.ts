import { describe, expect, it } from 'vitest'
import { editDocument, generateDocument } from '../../bench/generate'
import { bestProcessorMs } from '../../bench/measure'
import { findQuotations, type QuotationInput } from './quotations'
import { textRelations } from './relations'

/**
 * Versions and quotations are found over every word of every document of a folder, on text nobody
 * checked: their time must grow linearly with the text, whatever the text. Each case times a folder
 * of n words and one of 8n: linear work takes about 8 times as long, quadratic work 64 times.
 */
const GROWTH_LIMIT = 32

const millisecondsFor = (work: () => unknown): number => bestProcessorMs(work, 5)

function growth(pass: (folder: QuotationInput[]) => unknown, make: (n: number) => QuotationInput[], n: number): number {
  const [smallFolder, largeFolder] = [make(n), make(8 * n)]
  // New paragraphs each time: a paragraph's words are read once and kept, and reading them is timed too.
  const small = () => fresh(smallFolder)
  const large = () => fresh(largeFolder)
  // Both sizes once before timing, so that neither pays for the compiler's first passes.
  pass(small())
  pass(large())
  return millisecondsFor(() => pass(large())) / Math.max(millisecondsFor(() => pass(small())), 1)
}

function fresh(folder: QuotationInput[]): QuotationInput[] {
  return folder.map((document) => ({ ...document, paragraphs: document.paragraphs.map((paragraph) => ({ ...paragraph })) }))
}

function documentOf(path: string, paragraphs: string[], kind = 'statement'): QuotationInput {
  return { path, kind, date: null, paragraphs: paragraphs.map((text, index) => ({ index, number: null, text })) }
}

/** `count` words made of `phrase` said over and over, in paragraphs of `perParagraph` words. */
function repeated(phrase: string, count: number, perParagraph: number): string[] {
  const words = phrase.split(' ')
  const paragraphs: string[] = []
  for (let at = 0; at < count; at += perParagraph) paragraphs.push(Array.from({ length: Math.min(perParagraph, count - at) }, (_, i) => words[(at + i) % words.length]).join(' '))
  return paragraphs
}

const asRelated = (folder: QuotationInput[]) => folder.map((document) => ({ path: document.path, title: document.path, paragraphs: [...document.paragraphs], identity: { kind: document.kind, date: document.date } }))

const CASES: [name: string, make: (n: number) => QuotationInput[], n: number][] = [
  ['two long identical documents of one paragraph', (n) => [documentOf('a.txt', [generateDocument(n, 1).join(' ')]), documentOf('b.txt', [generateDocument(n, 1).join(' ')], 'news')], 20_000],
  ['two long identical documents of many paragraphs', (n) => [documentOf('a.txt', generateDocument(n, 1)), documentOf('b.txt', generateDocument(n, 1), 'news')], 20_000],
  ['a long draft and its revision', (n) => [documentOf('a.txt', generateDocument(n, 1)), documentOf('b.txt', editDocument(generateDocument(n, 1), 0.3, 2), 'news')], 20_000],
  ['one short phrase repeated in both', (n) => [documentOf('a.txt', repeated('the parties agree', n, 500)), documentOf('b.txt', repeated('the parties agree', n, 500), 'news')], 20_000],
  // Eleven words shared then one not: every window is a hit grown eleven words and given up.
  ['eleven-word phrases shared, each ended by another word', (n) => [documentOf('a.txt', repeated('one two three four five six seven eight nine ten eleven twelve', n, 600)), documentOf('b.txt', repeated('one two three four five six seven eight nine ten eleven other', n, 600), 'news')], 20_000],
  ['many short documents repeating one phrase', (n) => Array.from({ length: n / 40 }, (_, i) => documentOf(`${i}.txt`, repeated('the corridor shall remain open in both directions at all times', 40, 40), i % 2 ? 'news' : 'statement')), 20_000],
]

describe('versions and quotations grow linearly', () => {
  for (const [name, make, n] of CASES) {
    it(`finding quotations alone, on ${name}`, () => {
      expect(growth(findQuotations, make, n)).toBeLessThan(GROWTH_LIMIT)
    })
    it(`finding versions and quotations, on ${name}`, () => {
      expect(growth((folder) => textRelations(asRelated(folder)), make, n)).toBeLessThan(GROWTH_LIMIT)
    })
  }
})

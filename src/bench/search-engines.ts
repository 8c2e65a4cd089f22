import FlexSearch from 'flexsearch'
import MiniSearch from 'minisearch'
import { create, insertMultiple, save, search as oramaSearch } from '@orama/orama'
import { analyseText } from '../core/search/analyze'
import { findHits } from '../core/search/match'
import { parseQuery, type ParsedQuery } from '../core/search/query'
import { wordLookups, type SearchableDocument } from '../core/search/search-index'
import { formatMs, table, type Measurement } from './measure'
import { generateSearchCorpus } from './search-corpus'

/**
 * How the search engine was chosen: MiniSearch, FlexSearch and Orama each index the paragraphs of
 * the same generated archive (search-corpus.ts), given the same keys (our analysis: scanner and
 * Intl.Segmenter, stems, folding), so that what differs is the engine: build time, memory, the
 * size of the index saved, the time of a query (candidates from the engine, then phrases checked
 * on the paragraphs' words) and what the queries find against the truth found by reading every
 * paragraph. `npm run bench search-engines` (not part of the default run).
 */

interface Unit {
  id: number
  keys: string
}

/** What each engine is asked: paragraphs holding every clause's words, each word by any of its keys. */
interface Engine {
  build(units: Unit[]): void | Promise<void>
  candidates(query: ParsedQuery): Promise<Set<number>>
  saved(): string
}

function wordsOf(query: ParsedQuery) {
  return query.clauses.flat()
}

function intersect(sets: Set<number>[]): Set<number> {
  sets.sort((a, b) => a.size - b.size)
  const [first, ...rest] = sets
  return new Set([...(first ?? [])].filter((id) => rest.every((set) => set.has(id))))
}

function miniSearch(): Engine {
  const index = new MiniSearch<Unit>({ fields: ['keys'], tokenize: (text) => text.split(' '), processTerm: (term) => term, searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term } })
  return {
    build: (units) => index.addAll(units),
    candidates: (query) => {
      const queries = wordsOf(query).map((word) => ({ combineWith: 'OR' as const, queries: wordLookups(word).map(({ prefix, terms }) => ({ combineWith: 'OR' as const, prefix, queries: terms })) }))
      return Promise.resolve(new Set(index.search({ combineWith: 'AND', queries }).map((result) => result.id as number)))
    },
    saved: () => JSON.stringify(index),
  }
}

function flexSearch(): Engine {
  // 'forward' indexes every prefix of every key: FlexSearch's way to prefix queries.
  const index = new FlexSearch.Index({ tokenize: 'forward', encode: (text: string) => text.split(' '), resolution: 9 })
  return {
    build: (units) => {
      for (const unit of units) index.add(unit.id, unit.keys)
    },
    candidates: (query) => {
      const perWord = wordsOf(query).map((word) => {
        const found = new Set<number>()
        // Every key is looked up as a prefix (the index holds every prefix); phrases and exact words are checked after.
        for (const { terms } of wordLookups(word)) for (const key of terms) for (const id of index.search(key, { limit: 10_000_000 })) found.add(id as number)
        return found
      })
      return Promise.resolve(intersect(perWord))
    },
    saved: () => {
      const parts: string[] = []
      void index.export((key: string | number, data: string) => void parts.push(`${key}:${data}`))
      return parts.join('\n')
    },
  }
}

function orama(): Engine {
  const database = create({
    schema: { keys: 'string' } as const,
    components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (text: string) => text.split(' ') } },
  })
  return {
    build: async (units) => {
      await insertMultiple(database, units.map((unit) => ({ id: String(unit.id), keys: unit.keys })))
    },
    candidates: async (query) => {
      const perWord = await Promise.all(wordsOf(query).map(async (word) => {
        const found = new Set<number>()
        for (const { prefix, terms } of wordLookups(word)) {
          for (const key of terms) {
            const results = await oramaSearch(database, { term: key, properties: ['keys'], exact: !prefix, tolerance: 0, limit: 10_000_000 })
            for (const hit of results.hits) found.add(Number(hit.id))
          }
        }
        return found
      }))
      return intersect(perWord)
    },
    saved: () => JSON.stringify(save(database)),
  }
}

const ENGINES: Record<string, () => Engine> = { minisearch: miniSearch, flexsearch: flexSearch, orama }

/** The queries and how the truth is found for each: by reading every paragraph's lower-cased text. */
const QUERIES: { label: string; query: string; truth: (text: string) => boolean }[] = [
  { label: 'word', query: 'ceasefire', truth: (text) => /\bceasefire\b/.test(text) },
  { label: 'phrase', query: '"trilateral statement"', truth: (text) => /\btrilateral statements?\b/.test(text) },
  { label: 'prefix', query: 'negotiat*', truth: (text) => /\bnegotiat/.test(text) },
  { label: 'Russian inflection', query: 'заявление', truth: (text) => /(?<![а-яё])заявлени[еяюимх]*(?![а-яё])/.test(text) },
  { label: 'German inflection', query: 'Vertrag', truth: (text) => /\bvertr[aä]g(e|es|s|en|n)?\b/.test(text) },
  { label: 'Chinese', query: '联合声明', truth: (text) => text.includes('联合声明') },
  { label: 'two words', query: 'Armenia Azerbaijan', truth: (text) => /\barmenia\b/.test(text) && /\bazerbaijan\b/.test(text) },
]

interface Paragraph {
  text: string
  language: SearchableDocument['language']
}

function paragraphsOf(documents: SearchableDocument[]): Paragraph[] {
  return documents.flatMap((document) => document.paragraphs.map((paragraph) => ({ text: paragraph.text, language: document.language })))
}

const heapMb = (): number => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

export const SEARCH_ENGINE_TASKS: Record<string, (args: Record<string, number | string>) => Promise<Measurement>> = {
  'search-engine': async ({ engine: name, documents }) => {
    const corpus = generateSearchCorpus(documents as number, 20201110)
    const paragraphs = paragraphsOf(corpus)
    const units = paragraphs.map((paragraph, id) => ({ id, keys: analyseText(paragraph.text, paragraph.language).map((word) => word.key).join(' ') }))
    const heapBefore = heapMb()
    const engine = ENGINES[name as string]!()
    let start = performance.now()
    await engine.build(units)
    const buildMs = performance.now() - start
    const heapAfter = heapMb()
    start = performance.now()
    const savedBytes = Buffer.byteLength(engine.saved())
    const saveMs = performance.now() - start
    const extra: Record<string, number> = { buildMs, heapMb: heapAfter - heapBefore, savedBytes, saveMs, paragraphs: paragraphs.length }
    const lowered = paragraphs.map((paragraph) => paragraph.text.toLowerCase())
    for (const [q, { query }] of QUERIES.entries()) {
      const parsed = parseQuery(query)
      const run = async (): Promise<Set<number>> => {
        const found = new Set<number>()
        for (const id of await engine.candidates(parsed)) if (findHits(paragraphs[id]!.text, analyseText(paragraphs[id]!.text, paragraphs[id]!.language), parsed)) found.add(id)
        return found
      }
      let found = await run()
      const times: number[] = []
      for (let i = 0; i < 7; i++) {
        start = performance.now()
        found = await run()
        times.push(performance.now() - start)
      }
      times.sort((a, b) => a - b)
      let truth = 0
      let right = 0
      for (let id = 0; id < lowered.length; id++) {
        if (!QUERIES[q]!.truth(lowered[id]!)) continue
        truth++
        if (found.has(id)) right++
      }
      extra[`q${q}Ms`] = times[3]!
      extra[`q${q}Recall`] = truth === 0 ? 1 : right / truth
      extra[`q${q}Precision`] = found.size === 0 ? 1 : right / found.size
      extra[`q${q}Found`] = found.size
    }
    return { medianMs: buildMs, runs: 1, peakMb: process.resourceUsage().maxRSS / 1024, capped: false, extra }
  },
}

export type RunChild = (task: string, args: Record<string, number | string>, nodeOptions?: string[]) => Measurement

export function searchEnginesSection(runChild: RunChild, documents: number): void {
  console.log(`Search engines over ${documents.toLocaleString('en')} generated documents of real sentences (each engine in a fresh process; queries: median of 7, phrases checked on the paragraphs' words)\n`)
  const rows: string[][] = []
  const quality: string[][] = []
  for (const name of Object.keys(ENGINES)) {
    const result = runChild('search-engine', { engine: name, documents }, ['--expose-gc'])
    const extra = result.extra!
    rows.push([
      name, extra.paragraphs!.toLocaleString('en'), formatMs(extra.buildMs!), `${extra.heapMb!.toFixed(0)} MB`, `${(extra.savedBytes! / 1e6).toFixed(1)} MB`, formatMs(extra.saveMs!),
      ...QUERIES.map((_, q) => formatMs(extra[`q${q}Ms`]!)), result.peakMb.toFixed(0),
    ])
    quality.push([name, ...QUERIES.map((_, q) => `${extra[`q${q}Found`]} · R ${extra[`q${q}Recall`]!.toFixed(2)} · P ${extra[`q${q}Precision`]!.toFixed(2)}`)])
  }
  console.log(table(['engine', 'paragraphs', 'build', 'heap', 'saved', 'save', ...QUERIES.map((query) => query.label), 'peak MB'], rows))
  console.log(`\nWhat each query found (paragraphs · recall · precision against reading every paragraph): ${QUERIES.map((query) => `${query.label} = ${query.query}`).join('; ')}\n`)
  console.log(table(['engine', ...QUERIES.map((query) => query.label)], quality))
  console.log('')
}

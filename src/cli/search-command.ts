import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { ParagraphHit } from '../core/search/search-index'
import { defaultDataDir } from '../main/services/data-dir'
import { LibraryService } from '../main/services/library-service'
import { SearchService } from '../main/services/search-service'
import { SummaryCache } from '../main/services/summary-cache'
import { SEARCH_KINDS, SEARCH_LANGUAGES, type SearchRequest } from '../shared/search'
import { UsageError } from './arguments'
import { withReaderPool } from './read-folder'
import { writeJson } from './write-json'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The stable JSON shape of `communique search --json`: one entry per paragraph found, best first. */
export function searchJson(hits: ParagraphHit[]): object[] {
  return hits.map((hit) => ({ path: hit.path, paragraph: hit.index + 1, number: hit.number, snippet: hit.snippet.text, hits: hit.snippet.hits, score: hit.score }))
}

/** One line per paragraph found: where it stands, and its snippet with the hits marked. */
export function searchSummary(hits: ParagraphHit[], mark: (text: string) => string): string {
  if (hits.length === 0) return 'Nothing found.\n'
  const lines = hits.map((hit) => {
    let text = ''
    let shown = 0
    for (const [from, to] of hit.snippet.hits) {
      text += hit.snippet.text.slice(shown, from) + mark(hit.snippet.text.slice(from, to))
      shown = to
    }
    text += hit.snippet.text.slice(shown)
    const where = `${hit.path} ¶ ${hit.index + 1}${hit.number ? ` (${hit.number})` : ''}`
    return `${where}: ${text.replace(/\s+/g, ' ')}`
  })
  return `${lines.join('\n')}\n`
}

function listOption<T extends string>(values: string[] | undefined, allowed: readonly T[], name: string): T[] | undefined {
  if (!values) return undefined
  const parts = values.flatMap((value) => value.split(','))
  for (const part of parts) if (!allowed.includes(part as T)) throw new UsageError(`--${name} ${part} is not one of ${allowed.join(', ')}.`)
  return parts as T[]
}

/**
 * `communique search <folder> "<query>"`: opens the folder as the app does, with the app's
 * data folder (its summaries and its search index, so that a second search reads nothing
 * again), brings the index up to the folder, and prints the paragraphs found.
 */
export async function searchCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      from: { type: 'string' },
      to: { type: 'string' },
      kind: { type: 'string', multiple: true },
      language: { type: 'string', multiple: true },
      limit: { type: 'string' },
    },
    allowPositionals: true,
  })
  if (positionals.length !== 2) throw new UsageError(`search takes a folder and a query, not ${positionals.length} arguments.`)
  for (const date of [values.from, values.to]) if (date !== undefined && !ISO_DATE.test(date)) throw new UsageError(`${date} is not a date as yyyy-mm-dd.`)
  const limit = values.limit === undefined ? 100 : Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError('--limit takes a whole number from 1 to 10000.')
  const request: SearchRequest = {
    query: positionals[1]!, from: values.from ?? null, to: values.to ?? null, limit,
    kinds: listOption(values.kind, SEARCH_KINDS, 'kind'), languages: listOption(values.language, SEARCH_LANGUAGES, 'language'),
  }
  const dataDir = defaultDataDir()
  const hits = await withReaderPool(async (pool) => {
    const library = new LibraryService(pool, { cache: new SummaryCache(join(dataDir, 'folder-cache')) })
    const search = new SearchService(library, pool, join(dataDir, 'search-index'))
    try {
      await library.open(positionals[0]!)
      await library.whenRead()
      await search.sync()
      return await search.searchParagraphs(request)
    } finally {
      await search.close()
      await library.close()
    }
  })
  if (values.json) await writeJson(process.stdout, searchJson(hits))
  else process.stdout.write(searchSummary(hits, process.stdout.isTTY ? (text) => `\x1b[1;33m${text}\x1b[0m` : (text) => `[${text}]`))
}

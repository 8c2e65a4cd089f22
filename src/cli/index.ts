import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { compareParagraphs } from '../core/compare/compare'
import { MAX_OTHERS } from '../core/compare/multi'
import { DEFAULT_COMPARE_OPTIONS } from '../core/compare/options'
import { AppError } from '../shared/errors'
import type { ReaderPool } from '../main/services/reader-pool'
import { COLOUR_STYLE, comparisonJson, comparisonSummary, PLAIN_STYLE, type ComparedDocument } from './compare-output'
import { listJson, listSummary } from './list-output'
import { referencesJson, referencesSummary } from './refs-output'
import { versionsJson, versionsSummary } from './versions-output'
import { COMPARE_FLAGS, compareOptions, UsageError } from './arguments'
import { folderReferences, folderVersions, ReadOnce, withReaderPool, withReadFolder } from './read-folder'
import { writeJson } from './write-json'

const USAGE = `Usage:
  communique compare <base> <other> [more…] [options]   compare documents (.txt, .md, .html)
  communique report <base> <other> [more…] -o <file>   a comparison report: -o report.pdf or report.html,
                        [--layout side-by-side|inline]  or -o changes.docx (two documents: a Word file with
                        [--page a4|letter]              the changes as tracked revisions), on A4 or Letter,
                        [--landscape|--portrait]        with the compare options below
  communique list <folder> [--json]                     every file in a folder: format, title, date, or its error
  communique refs <folder> [--json]                     every reference in a folder, resolved, and every quotation
  communique versions <folder> [--json]                 documents that are versions of one text (re-publications, renderings, drafts)
  communique search <folder> "<query>" [--json]         every paragraph holding the words, "phrases" and prefix*es,
                        [--from yyyy-mm-dd] [--to …]    best first; filters by the documents' own dates,
                        [--kind k] [--language xx]      kinds and languages (repeat or separate by commas);
                        [--limit n]                     at most n paragraphs (default 100)
  communique help                                       show this help

Compare options:
  --json                  print the comparison as JSON (an array of them for more than two files)
  --ignore-case           compare regardless of upper and lower case
  --ignore-punctuation    compare words only
  --keep-whitespace       count differences in spacing
  --keep-typography       tell curly quotes and dashes from plain ones
  --ignore-numbering      paragraphs that differ only in their number ("3." and "4.") count as equal
  --threshold <0..1>      how similar two paragraphs must be to pair up (default ${DEFAULT_COMPARE_OPTIONS.similarityThreshold})`


async function readForComparison(pool: ReaderPool, path: string): Promise<ComparedDocument & { wordCount: number }> {
  const document = await pool.read(resolve(path))
  return { path: relative(process.cwd(), resolve(path)) || path, title: document.title, paragraphs: document.paragraphs, wordCount: document.wordCount }
}


async function compareCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      ...COMPARE_FLAGS,
    },
    allowPositionals: true,
  })
  if (positionals.length < 2) throw new UsageError(`compare takes two files or more, not ${positionals.length}.`)
  if (positionals.length > MAX_OTHERS + 1) throw new UsageError(`compare takes a base and at most ${MAX_OTHERS} others, not ${positionals.length - 1}.`)
  const options = compareOptions(values)
  const [base, ...others] = await withReaderPool((pool) => Promise.all(positionals.map((path) => readForComparison(pool, path))))
  // The reader counted each document's words: the comparison need not count its equal paragraphs.
  const side = (document: ComparedDocument & { wordCount: number }) => ({ paragraphs: document.paragraphs.map((paragraph) => paragraph.text), wordCount: document.wordCount })
  const comparisons = others.map((other) => ({ other, comparison: compareParagraphs(side(base!), side(other), options) }))
  if (values.json) {
    const json = comparisons.map(({ other, comparison }) => comparisonJson(base!, other, comparison))
    await writeJson(process.stdout, json.length === 1 ? json[0] : json)
    return
  }
  const style = process.stdout.isTTY ? COLOUR_STYLE : PLAIN_STYLE
  process.stdout.write(`${comparisons.map(({ other, comparison }) => comparisonSummary(base!, other, comparison, style)).join('\n\n')}\n`)
}

async function listCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true })
  if (positionals.length !== 1) throw new UsageError(`list takes one folder, not ${positionals.length}.`)
  // The app's summary cache: a folder listed (or opened in the app) before is read again only where it changed.
  const { SummaryCache, folderCacheDir } = await import('../main/services/summary-cache')
  const { defaultDataDir } = await import('../main/services/data-dir')
  const cache = new SummaryCache(folderCacheDir(defaultDataDir()))
  const documents = await withReadFolder(positionals[0]!, async (library) => library.current()!.documents, { cache })
  if (values.json) await writeJson(process.stdout, listJson(documents))
  else process.stdout.write(listSummary(documents))
}

async function refsCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true })
  if (positionals.length !== 1) throw new UsageError(`refs takes one folder, not ${positionals.length}.`)
  const { references } = await withReaderPool((pool) => folderReferences(positionals[0]!, new ReadOnce(pool)))
  if (values.json) await writeJson(process.stdout, referencesJson(references))
  else process.stdout.write(referencesSummary(references))
}

async function versionsCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true })
  if (positionals.length !== 1) throw new UsageError(`versions takes one folder, not ${positionals.length}.`)
  const { versions, documents } = await withReaderPool((pool) => folderVersions(positionals[0]!, new ReadOnce(pool)))
  if (values.json) await writeJson(process.stdout, versionsJson(versions, documents))
  else process.stdout.write(versionsSummary(versions, documents))
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'compare') await compareCommand(rest)
    else if (command === 'refs') await refsCommand(rest)
    else if (command === 'list') await listCommand(rest)
    else if (command === 'versions') await versionsCommand(rest)
    // Reports load Chromium's driver and the report renderer: only for this command.
    else if (command === 'report') await (await import('./report-command')).reportCommand(rest)
    // Search loads the library, the engine and its thread: only for this command.
    else if (command === 'search') await (await import('./search-command')).searchCommand(rest)
    else if (command === undefined || command === 'help' || command === '--help' || command === '-h') process.stdout.write(`${USAGE}\n`)
    else throw new UsageError(`Unknown command "${command}".`)
    return 0
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`communique: ${error.message}\n${USAGE}\n`)
      return 2
    }
    if (error instanceof AppError) {
      process.stderr.write(`communique: ${error.message} [${error.code}]\n`)
      return 1
    }
    throw error
  }
}

// The exit code is set, not forced: process.exit() would cut off output still on its way
// through a pipe. The process ends once its streams have drained.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error('communique: internal error:', error)
    process.exitCode = 70
  },
)

import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { compareParagraphs } from '../core/compare/compare'
import { AppError } from '../shared/errors'
import { DocumentReader } from '../main/services/document-reader'
import { COLOUR_STYLE, comparisonJson, comparisonSummary, PLAIN_STYLE, type ComparedDocument } from './compare-output'

const USAGE = `Usage:
  communique compare <left> <right> [--json]   compare two documents (.txt, .md, .html)
  communique help                              show this help`

class UsageError extends Error {}

async function readForComparison(reader: DocumentReader, path: string): Promise<ComparedDocument> {
  const document = await reader.read(resolve(path))
  return { path: relative(process.cwd(), resolve(path)) || path, title: document.title, paragraphs: document.paragraphs }
}

async function compareCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true })
  if (positionals.length !== 2) throw new UsageError(`compare takes two files, not ${positionals.length}.`)
  const reader = new DocumentReader()
  const [left, right] = await Promise.all(positionals.map((path) => readForComparison(reader, path)))
  const comparison = compareParagraphs(
    left!.paragraphs.map((paragraph) => paragraph.text),
    right!.paragraphs.map((paragraph) => paragraph.text),
  )
  if (values.json) process.stdout.write(`${JSON.stringify(comparisonJson(left!, right!, comparison), null, 2)}\n`)
  else process.stdout.write(`${comparisonSummary(left!, right!, comparison, process.stdout.isTTY ? COLOUR_STYLE : PLAIN_STYLE)}\n`)
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'compare') await compareCommand(rest)
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('communique: internal error:', error)
    process.exit(70)
  },
)

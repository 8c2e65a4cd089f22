import { realpath, stat } from 'node:fs/promises'
import { dirname, extname, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { MAX_OTHERS } from '../core/compare/multi'
import { detectReferences } from '../core/references/detect'
import { referable, resolveFolderReferences, type ReferableDocument, type ResolvedReference } from '../core/references/resolve'
import { defaultPage, type ReportDocument, type ReportLayout, type ReportPage } from '../core/report/model'
import { USER_FILE_MODE, writeFailure, writeFileAtomic } from '../main/services/atomic-write'
import type { ReadDocument } from '../main/services/document-reader'
import type { ReaderPool } from '../main/services/reader-pool'
import { printPdfWithChromium } from '../main/services/chromium-pdf'
import { toDocumentPath } from '../main/services/folder-files'
import { checkDocxDocuments, reportDocx, reportHtml, type ReportStage } from '../main/services/report-pipeline'
import { COMPARE_FLAGS, compareOptions, UsageError } from './arguments'
import { folderReferences, ReadOnce, withReaderPool } from './read-folder'

const LAYOUTS: ReportLayout[] = ['side-by-side', 'inline']
const PAGE_SIZES: ReportPage['size'][] = ['a4', 'letter']
const FORMATS = ['.pdf', '.html', '.htm', '.docx']

/** The paper: A4 or Letter; landscape or portrait, else what the layout reads best in. */
function pageOf(values: { page?: string; landscape?: boolean; portrait?: boolean }, layout: ReportLayout): ReportPage {
  const size = (values.page ?? 'a4').toLowerCase() as ReportPage['size']
  if (!PAGE_SIZES.includes(size)) throw new UsageError(`--page is a4 or letter, not "${values.page}".`)
  if (values.landscape && values.portrait) throw new UsageError('--landscape and --portrait exclude each other.')
  const orientation = values.landscape ? 'landscape' : values.portrait ? 'portrait' : defaultPage(layout).orientation
  return { size, orientation }
}

/** Fails at once, before any reading or printing, when the report could not be written where asked. */
async function checkOutputFolder(output: string): Promise<void> {
  try {
    if (!(await stat(dirname(output))).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' })
  } catch (error) {
    throw writeFailure(error, output)
  }
}

/** Whether a document cites another one by name, symbol or resolution (not only itself). */
function citesAnotherDocument(document: ReportDocument): boolean {
  return document.paragraphs.some((paragraph) => detectReferences(paragraph.text).some(({ designation }) => designation !== null && designation.kind !== 'self'))
}

/**
 * The references of each document: resolved against the folder they share (as in the app), or
 * among the given files when they come from different folders. The folder is read only when a
 * document cites another one (what cites only itself resolves the same among the given files),
 * and then the given files are not read again.
 */
async function referencesOf(source: ReadOnce, paths: string[], documents: ReportDocument[], read: ReadDocument[]): Promise<ResolvedReference[][]> {
  const folders = new Set(paths.map((path) => dirname(path)))
  const among = (named: string[]): ReferableDocument[] => read.map((document, i) => referable(named[i]!, document))
  if (folders.size > 1) {
    const { references } = resolveFolderReferences(among(documents.map((document) => document.path)))
    return documents.map((document) => references.filter((reference) => reference.source === document.path))
  }
  const folder = [...folders][0]!
  const inFolder = paths.map((path) => toDocumentPath(folder, path))
  const { references } = documents.some(citesAnotherDocument) ? await folderReferences(folder, source) : resolveFolderReferences(among(inFolder))
  return inFolder.map((path) => references.filter((reference) => reference.source === path))
}

/** Reads the given files (absolute paths), each once, and their references. */
export async function readReportDocuments(pool: ReaderPool, paths: string[]): Promise<ReportDocument[]> {
  const source = new ReadOnce(pool)
  const read = await Promise.all(
    paths.map(async (path) => {
      const document = await pool.read(path)
      // Remembered under the name the folder's listing reads it by.
      source.remember(await realpath(path), document)
      return document
    }),
  )
  const documents: ReportDocument[] = read.map((document, i) => {
    const path = paths[i]!
    return { path: relative(process.cwd(), path) || path, title: document.title, publisher: document.publisher, date: document.date, paragraphs: document.paragraphs, references: [] }
  })
  const references = await referencesOf(source, paths, documents, read)
  documents.forEach((document, i) => (document.references = references[i]!))
  return documents
}

/** Progress on a terminal, one line rewritten; nothing when the output goes to a file or a pipe. */
function progressLine(): (stage: ReportStage, done: number) => void {
  if (!process.stderr.isTTY) return () => undefined
  return (stage, done) => process.stderr.write(`\r${stage.padEnd(10)} ${String(Math.round(done * 100)).padStart(3)}%`)
}

export async function reportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: 'string', short: 'o' },
      layout: { type: 'string', default: 'side-by-side' },
      page: { type: 'string' },
      landscape: { type: 'boolean' },
      portrait: { type: 'boolean' },
      ...COMPARE_FLAGS,
    },
    allowPositionals: true,
  })
  if (positionals.length < 2) throw new UsageError(`report takes two files or more, not ${positionals.length}.`)
  if (positionals.length > MAX_OTHERS + 1) throw new UsageError(`report takes a base and at most ${MAX_OTHERS} others, not ${positionals.length - 1}.`)
  const output = values.output
  if (!output) throw new UsageError('report needs -o <file.pdf>, -o <file.html> or -o <file.docx>.')
  const format = extname(output).toLowerCase()
  if (!FORMATS.includes(format)) throw new UsageError(`-o must name a .pdf, .html or .docx file, not "${output}".`)
  const layout = values.layout as ReportLayout
  if (!LAYOUTS.includes(layout)) throw new UsageError(`--layout is side-by-side or inline, not "${values.layout}".`)
  const page = pageOf(values, layout)
  const options = compareOptions(values)
  if (format === '.docx') checkDocxDocuments(positionals.length)
  await checkOutputFolder(resolve(output))

  const progress = progressLine()
  progress('reading', 0)
  const paths = positionals.map((path) => resolve(path))
  const documents = await withReaderPool((pool) => readReportDocuments(pool, paths))
  const request = { documents, options, layout, page }
  let data: string | Uint8Array
  if (format === '.docx') data = await reportDocx(request, progress)
  else {
    data = reportHtml(request, progress)
    if (format === '.pdf') {
      progress('printing', 0.55)
      data = await printPdfWithChromium(data)
    }
  }
  progress('saving', 0.95)
  // Written beside the target and renamed over it: never a half-written report under its name.
  await writeFileAtomic(resolve(output), data, USER_FILE_MODE)
  progress('done', 1)
  if (process.stderr.isTTY) process.stderr.write('\n')
  process.stdout.write(`${output}\n`)
}

import type { DocumentSummary } from '../shared/documents'

/** The stable JSON shape of `communique list --json`: one entry per file, in path order. */
export function listJson(documents: DocumentSummary[]): object[] {
  return documents.map((document) => ({
    path: document.path,
    format: document.format,
    size: document.size,
    modified: document.modified,
    title: document.title,
    kind: document.kind,
    language: document.language,
    names: document.names,
    date: document.date,
    dateSource: document.dateSource,
    paragraphs: document.paragraphCount,
    words: document.wordCount,
    encoding: document.encoding,
    error: document.problem,
  }))
}

/** One line per file: what it is, or why it cannot be read. */
export function listSummary(documents: DocumentSummary[]): string {
  const lines = documents.map((document) => {
    if (document.problem) return `✗ ${document.path}  [${document.problem.code}] ${document.problem.message}`
    const what = [document.format, document.kind, document.language].filter(Boolean).join(' · ')
    return `  ${document.path}  ${what} · ${document.date ?? 'undated'} · ${document.paragraphCount} ¶ · ${document.title ?? ''}`
  })
  const unreadable = documents.filter((document) => document.problem).length
  return `${lines.join('\n')}\n${documents.length} files, ${unreadable} not readable\n`
}

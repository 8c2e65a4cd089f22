import type { VersionGroup } from '../core/documents/versions'
import type { DocumentSummary } from '../shared/documents'

/** The stable JSON shape of `communique versions --json`: one entry per group of versions of one text, each document as listed. */
export function versionsJson(groups: VersionGroup[], documents: DocumentSummary[]): object[] {
  const byPath = new Map(documents.map((document) => [document.path, document]))
  return groups.map((group) => ({
    documents: group.documents.map((path) => {
      const document = byPath.get(path)
      return { path, title: document?.title ?? null, date: document?.date ?? null, language: document?.language ?? null, words: document?.wordCount ?? null }
    }),
  }))
}

/** Each group under the title of its first document, one line per version. */
export function versionsSummary(groups: VersionGroup[], documents: DocumentSummary[]): string {
  if (groups.length === 0) return 'No documents are versions of one another.\n'
  const byPath = new Map(documents.map((document) => [document.path, document]))
  const blocks = groups.map((group) => {
    const title = byPath.get(group.documents[0]!)?.title ?? group.documents[0]!
    const lines = group.documents.map((path) => {
      const document = byPath.get(path)
      return `  ${path}  ${document?.date ?? 'undated'} · ${document?.language ?? '?'} · ${document?.wordCount ?? 0} words`
    })
    return `${group.documents.length} versions of "${title}"\n${lines.join('\n')}`
  })
  return `${blocks.join('\n\n')}\n`
}

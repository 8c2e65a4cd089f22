import type { DocumentSummary, FolderStatus } from './documents'

/**
 * A listing brought up to date with the changes a status reports: removed files left out,
 * changed ones replaced, new ones added at the end. Applying the same changes twice changes
 * nothing, so a window that fetched pages while the folder changed can apply every change since
 * the version of its first page.
 */
export function withChanges(documents: readonly DocumentSummary[], status: Pick<FolderStatus, 'changed' | 'removed'>): DocumentSummary[] {
  if (status.changed.length === 0 && status.removed.length === 0) return [...documents]
  const removed = new Set(status.removed)
  const changed = new Map(status.changed.map((summary) => [summary.path, summary]))
  const updated: DocumentSummary[] = []
  for (const document of documents) {
    if (removed.has(document.path)) continue
    const replacement = changed.get(document.path)
    updated.push(replacement ?? document)
    if (replacement) changed.delete(document.path)
  }
  updated.push(...changed.values())
  return updated
}

import { parentPort } from 'node:worker_threads'
import { textRelations, withQuotations } from '../../core/quotations/relations'
import { NO_CORRECTIONS } from '../../core/references/corrections'
import { resolveFolderReferences, type ReferableDocument } from '../../core/references/resolve'
import type { FolderReferences } from '../../shared/documents'
import type { ReferenceNotes } from '../../shared/settings'
import type { ThreadResponse } from './request-thread'

/**
 * The references thread: finding and resolving a folder's references, its versions and its
 * quotations takes seconds on a large folder, and the host's main thread must answer every other
 * channel meanwhile. One request at a time: the documents as read, the analyst's notes.
 */
export interface ReferenceWorkerRequest {
  id: number
  documents: ReferableDocument[]
  notes: ReferenceNotes | null
}


function folderReferences(documents: ReferableDocument[], notes: ReferenceNotes | null): FolderReferences {
  const resolved = resolveFolderReferences(documents, notes ?? NO_CORRECTIONS)
  // Shared text (versions, quotations) is found among the same documents, and listed with the references.
  const relations = textRelations(documents)
  const references = withQuotations(resolved.references, relations.quotations, documents.map((document) => document.path))
  const cut = [...new Set([...resolved.cut, ...relations.cut])]
  return { references, versions: relations.versions, cut, addedNames: notes?.names ?? {} }
}

parentPort!.on('message', ({ id, documents, notes }: ReferenceWorkerRequest) => {
  let response: ThreadResponse<FolderReferences>
  try {
    response = { id, ok: true, value: folderReferences(documents, notes) }
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  parentPort!.postMessage(response)
})

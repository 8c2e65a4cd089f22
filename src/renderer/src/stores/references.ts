import { defineStore } from 'pinia'
import { computed, ref, shallowReactive, shallowRef } from 'vue'
import type { ReferenceTarget, ResolvedReference } from '../../../core/references/resolved'
import { call } from '../bridge'
import { userMessage, type UserMessage } from '../error-messages'
import { groupBy } from '../group-by'

/**
 * A reference followed, shown beside the current view: the candidate chosen among the documents
 * it fits, or, when none fits, the reason and a way to say where it leads.
 */
export interface Citation {
  reference: ResolvedReference
  /** Documents the reference fits (two renderings of one statement: both); none when it was not found. */
  candidates: ReferenceTarget[]
  chosen: number
}

/** The reference under the pointer, and the box of its link: what it cites shows below or above it. */
export interface Preview {
  reference: ResolvedReference
  left: number
  top: number
  bottom: number
}

/** Where the analyst says a reference leads: a document of the folder, nowhere, or back to what the app found. */
export type LinkCorrection = { document: string } | { nowhere: true } | { forget: true }

/** The same reference in a fresh resolution: the same key, at the same place when the key stands twice. */
function sameReference(references: ResolvedReference[], known: ResolvedReference): ResolvedReference | undefined {
  return references.find((reference) => reference.key === known.key && reference.start === known.start) ?? references.find((reference) => reference.key === known.key)
}

/** How a document that fits is named where several do: by its file, since renderings of one text share a title. */
export function candidateLabel(path: string): string {
  return path.replace(/\.[^.]+$/, '')
}

function citationOf(reference: ResolvedReference, chosenDocument: string | null = null): Citation {
  const chosen = reference.candidates.findIndex((candidate) => candidate.document === chosenDocument)
  return { reference, candidates: reference.candidates, chosen: Math.max(0, chosen) }
}

/** The folder's references, the trail of citations the reader is following, and the analyst's corrections. */
export const useReferencesStore = defineStore('references', () => {
  /** References and quotations (kind "quotation"), in folder order. */
  const all = shallowRef<ResolvedReference[]>([])
  /** Each document that has versions, with its group (itself included, in folder order). */
  const versionGroups = shallowRef<ReadonlyMap<string, readonly string[]>>(new Map())
  /** The names the analyst gave documents of the folder, as the services keep them. */
  const addedNames = shallowRef<Record<string, string[]>>({})
  const loading = ref(false)
  const error = ref<UserMessage | null>(null)
  /** Citations followed, newest last: Back returns to the one before. */
  const trail = ref<Citation[]>([])
  const preview = ref<Preview | null>(null)
  /** Names saved for documents in this session, by path: each save replaces a document's list, so none may be lost. */
  const savedNames = shallowReactive(new Map<string, readonly string[]>())
  let loadRun = 0

  /**
   * The references by the document they stand in, grouped as they arrive: a folder of millions of
   * words has hundreds of thousands, and grouping them when a comparison first asks cost its first
   * drawing a long task.
   */
  const bySource = shallowRef(new Map<string, ResolvedReference[]>())
  const citation = computed(() => trail.value[trail.value.length - 1] ?? null)

  async function load(): Promise<void> {
    const run = ++loadRun
    loading.value = true
    error.value = null
    try {
      const { references, versions, addedNames: names } = await call('folderReferences', {})
      if (run !== loadRun) return
      all.value = references
      bySource.value = groupBy(references, (reference) => reference.source)
      byParagraphCache.clear()
      versionGroups.value = new Map(versions.flatMap((group) => group.documents.map((path) => [path, group.documents] as const)))
      addedNames.value = names
      // The trail shows the references as they now resolve (after a correction, a change on disk).
      trail.value = trail.value.map((followed) => {
        const fresh = sameReference(references, followed.reference)
        return fresh ? citationOf(fresh, followed.candidates[followed.chosen]?.document) : followed
      })
    } catch (failure) {
      if (run === loadRun) error.value = userMessage(failure)
    } finally {
      if (run === loadRun) loading.value = false
    }
  }

  function inDocument(path: string): ResolvedReference[] {
    return bySource.value.get(path) ?? []
  }

  /** A document's references by paragraph, grouped once per answer: a comparison's tables ask again at every swap or new base. */
  const byParagraphCache = new Map<string, Map<number, ResolvedReference[]>>()
  function inParagraphsOf(path: string): Map<number, ResolvedReference[]> {
    // Read first, so that what asks follows a new answer (which empties the cache).
    const sources = bySource.value
    const known = byParagraphCache.get(path)
    if (known) return known
    const grouped = groupBy(sources.get(path) ?? [], (reference) => reference.paragraph)
    byParagraphCache.set(path, grouped)
    return grouped
  }

  /** References in other documents whose target (or a candidate) is `path`. */
  function citing(path: string): ResolvedReference[] {
    return all.value.filter((reference) => reference.source !== path && reference.candidates.some((candidate) => candidate.document === path))
  }

  /** The versions of one text a document belongs to, itself included; empty when it has none. */
  function versionsOf(path: string): readonly string[] {
    return versionGroups.value.get(path) ?? []
  }

  /** Opens what a reference cites beside the current view; a reference that leads nowhere opens to say why, and to be corrected. */
  function follow(reference: ResolvedReference, chosen = 0): void {
    preview.value = null
    trail.value = [...trail.value, citationOf(reference, reference.candidates[chosen]?.document)]
  }

  function choose(index: number): void {
    const current = citation.value
    if (current) trail.value = [...trail.value.slice(0, -1), { ...current, chosen: index }]
  }

  function back(): void {
    trail.value = trail.value.slice(0, -1)
  }

  function close(): void {
    trail.value = []
  }

  function showPreview(reference: ResolvedReference, anchor: HTMLElement): void {
    const box = anchor.getBoundingClientRect()
    preview.value = { reference, left: box.left, top: box.top, bottom: box.bottom }
  }

  function hidePreview(): void {
    preview.value = null
  }

  /** The names the analyst gave a document: those saved in this session, else those kept for the folder. */
  function namesOf(path: string): readonly string[] {
    return savedNames.get(path) ?? addedNames.value[path] ?? []
  }

  /** Adds a name to a document's names, keeping those it has. */
  async function addName(path: string, name: string): Promise<void> {
    const names = [...new Set([...namesOf(path), name.trim()])]
    await call('saveDocumentNames', { path, names })
    savedNames.set(path, names)
  }

  /**
   * Says where a reference leads, then finds the folder's references again: the pane following
   * the reference shows where it now leads.
   */
  async function correct(reference: ResolvedReference, correction: LinkCorrection): Promise<void> {
    const document = 'document' in correction ? correction.document : null
    await call('chooseReferenceTarget', { key: reference.key, document, forget: 'forget' in correction })
    await load()
    const current = citation.value
    if (document && current?.reference.key === reference.key) choose(Math.max(0, current.candidates.findIndex((candidate) => candidate.document === document)))
  }

  function reset(): void {
    loadRun++
    all.value = []
    bySource.value = new Map()
    byParagraphCache.clear()
    versionGroups.value = new Map()
    trail.value = []
    error.value = null
    savedNames.clear()
  }

  return { all, loading, error, trail, citation, preview, load, inDocument, inParagraphsOf, citing, versionsOf, follow, choose, back, close, showPreview, hidePreview, namesOf, addName, correct, reset }
})

import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ReferenceTarget, ResolvedReference } from '../../../core/references/resolved'
import { call } from '../bridge'
import { userMessage, type UserMessage } from '../error-messages'
import { groupBy } from '../group-by'

/** A cited place shown beside the current view: the reference followed and the candidate chosen. */
export interface Citation {
  reference: ResolvedReference
  /** Documents the reference fits (two renderings of one statement: both). */
  candidates: ReferenceTarget[]
  chosen: number
}

/** The reference under the pointer, and where to show what it cites. */
export interface Preview {
  reference: ResolvedReference
  x: number
  y: number
}

/** The folder's references, and the trail of citations the reader is following. */
export const useReferencesStore = defineStore('references', () => {
  const all = shallowRef<ResolvedReference[]>([])
  const loading = ref(false)
  const error = ref<UserMessage | null>(null)
  /** Citations followed, newest last: Back returns to the one before. */
  const trail = ref<Citation[]>([])
  const preview = ref<Preview | null>(null)
  let loadRun = 0

  const bySource = computed(() => groupBy(all.value, (reference) => reference.source))
  const citation = computed(() => trail.value[trail.value.length - 1] ?? null)

  async function load(): Promise<void> {
    const run = ++loadRun
    loading.value = true
    error.value = null
    try {
      const { references } = await call('folderReferences', {})
      if (run === loadRun) all.value = references
    } catch (failure) {
      if (run === loadRun) error.value = userMessage(failure)
    } finally {
      if (run === loadRun) loading.value = false
    }
  }

  function inDocument(path: string): ResolvedReference[] {
    return bySource.value.get(path) ?? []
  }

  /** References in other documents whose target (or a candidate) is `path`. */
  function citing(path: string): ResolvedReference[] {
    return all.value.filter((reference) => reference.source !== path && reference.candidates.some((candidate) => candidate.document === path))
  }

  /** Opens what a reference cites beside the current view; unresolved references open nothing. */
  function follow(reference: ResolvedReference, chosen = 0): void {
    if (reference.candidates.length === 0) return
    preview.value = null
    trail.value = [...trail.value, { reference, candidates: reference.candidates, chosen: Math.min(chosen, reference.candidates.length - 1) }]
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
    preview.value = { reference, x: box.left, y: box.bottom }
  }

  function hidePreview(): void {
    preview.value = null
  }

  function reset(): void {
    loadRun++
    all.value = []
    trail.value = []
    error.value = null
  }

  return { all, loading, error, trail, citation, preview, load, inDocument, citing, follow, choose, back, close, showPreview, hidePreview, reset }
})

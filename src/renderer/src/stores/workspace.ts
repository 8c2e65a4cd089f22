import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import type { Comparison } from '../../../core/compare/compare'
import { MAX_OTHERS, type GridRow } from '../../../core/compare/multi'
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from '../../../core/compare/options'
import type { DocumentContent } from '../../../shared/documents'
import { userMessage, type UserMessage } from '../error-messages'
import { compareInWorker } from '../workers/compare-client'
import { useDocumentsStore } from './documents'

export type WorkspaceMode = 'empty' | 'read' | 'compare'

/**
 * Reading a document the comparison worker does not hold yet, as a share of the time comparing
 * the base with one other document takes: measured on a million words over the web host.
 */
const READING_WEIGHT = 0.15

/** A base document and at most MAX_OTHERS others. */
export const MAX_COMPARED = MAX_OTHERS + 1

function sameDocuments(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((path) => b.includes(path))
}

/** What the main pane shows: one document being read, or a comparison of two to six. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const documents = useDocumentsStore()
  const mode = ref<WorkspaceMode>('empty')
  const readingPath = ref<string | null>(null)
  /** The paragraph of the read document to show and mark, when one was asked for. */
  const readingFocus = ref<number | null>(null)
  /** Documents ticked in the library for the next comparison, in the order ticked; the first is the base. */
  const selection = ref<string[]>([])
  /** The documents of the comparison shown: the base first. */
  const comparedPaths = ref<string[]>([])
  /**
   * The base compared with each other document, in order. Kept raw: the rows of a million words
   * are never changed, and making each reactive would cost the window seconds.
   */
  const comparisons = shallowRef<Comparison[] | null>(null)
  /** For more than two documents, the comparisons' grid aligned on the base, laid out by the comparison worker; raw too. */
  const grid = shallowRef<GridRow[] | null>(null)
  const comparing = ref(false)
  const loadingDocument = ref(false)
  const error = ref<UserMessage | null>(null)
  const options = ref<CompareOptions>({ ...DEFAULT_COMPARE_OPTIONS })
  const progress = ref(0)
  /** Documents on screen that were removed from the folder: shown again if they come back. */
  let missing: string[] = []
  let comparisonRun = 0

  const loaded = (path: string | undefined | null): DocumentContent | null => (path ? (documents.loaded.get(path) ?? null) : null)
  const reading = computed(() => loaded(readingPath.value))
  const compared = computed(() => comparedPaths.value.map(loaded))
  const base = computed(() => loaded(comparedPaths.value[0]))
  const left = base
  const right = computed(() => loaded(comparedPaths.value[1]))
  /** Two documents show side by side; more show as columns aligned on the base. */
  const isPair = computed(() => comparedPaths.value.length === 2)
  const comparison = computed(() => (isPair.value ? (comparisons.value?.[0] ?? null) : null))
  const canCompare = computed(() => selection.value.length >= 2 && selection.value.length <= MAX_COMPARED)

  async function read(path: string, focus: number | null = null): Promise<void> {
    mode.value = 'read'
    readingPath.value = path
    readingFocus.value = focus
    error.value = null
    loadingDocument.value = true
    try {
      await documents.load(path)
    } catch (failure) {
      if (readingPath.value === path) error.value = userMessage(failure)
    } finally {
      loadingDocument.value = false
    }
  }

  function toggleSelected(path: string): void {
    const at = selection.value.indexOf(path)
    if (at >= 0) selection.value.splice(at, 1)
    else selection.value = [...selection.value, path].slice(-MAX_COMPARED)
  }

  async function compare(paths: string[]): Promise<void> {
    const run = ++comparisonRun
    // The same documents again (other options, another base): the table shown stays, and the reader's place in it, until the new comparison replaces it.
    const again = mode.value === 'compare' && comparisons.value !== null && sameDocuments(paths, comparedPaths.value)
    mode.value = 'compare'
    selection.value = [...paths]
    if (!again) {
      comparedPaths.value = paths
      comparisons.value = null
      grid.value = null
    }
    error.value = null
    comparing.value = true
    progress.value = 0
    const report = (done: number): void => {
      if (run === comparisonRun) progress.value = done
    }
    try {
      // Reading the documents not read yet, then comparing: each its share of the bar.
      const unread = paths.filter((path) => !documents.loaded.has(path))
      const readShare = (unread.length * READING_WEIGHT) / (unread.length * READING_WEIGHT + paths.length - 1)
      let read = 0
      await Promise.all(
        paths.map(async (path) => {
          await documents.load(path)
          if (unread.includes(path)) report((readShare * ++read) / unread.length)
        }),
      )
      const result = await compareInWorker(paths, { ...options.value }, (done) => report(readShare + (1 - readShare) * done))
      if (run === comparisonRun) {
        comparedPaths.value = paths
        comparisons.value = markRaw(result.comparisons.map((comparison) => markRaw(comparison)))
        grid.value = result.grid && markRaw(result.grid)
      }
    } catch (failure) {
      if (run === comparisonRun) error.value = userMessage(failure)
    } finally {
      if (run === comparisonRun) comparing.value = false
    }
  }

  async function compareSelection(): Promise<void> {
    if (canCompare.value) await compare([...selection.value])
  }

  async function setOptions(changed: Partial<CompareOptions>): Promise<void> {
    options.value = { ...options.value, ...changed }
    if (comparedPaths.value.length >= 2) await compare(comparedPaths.value)
  }

  /** Compares again with another of the documents as the base (for two: swaps the sides). */
  async function makeBase(path: string): Promise<void> {
    if (!comparedPaths.value.includes(path) || comparedPaths.value[0] === path) return
    await compare([path, ...comparedPaths.value.filter((other) => other !== path)])
  }

  async function swapSides(): Promise<void> {
    const second = comparedPaths.value[1]
    if (second) await makeBase(second)
  }

  /**
   * The folder changed: documents on screen that changed on disk, went away or came back are read
   * and compared again, or said to be gone (until they come back).
   */
  async function documentsChanged(changed: string[], exists: (path: string) => boolean): Promise<void> {
    const back = missing.filter(exists)
    const touched = (path: string | null) => path !== null && (changed.includes(path) || back.includes(path))
    if (mode.value === 'read' && touched(readingPath.value)) {
      missing = exists(readingPath.value!) ? [] : [readingPath.value!]
      if (!missing.length) await read(readingPath.value!, readingFocus.value)
      else error.value = { headline: 'Not found', detail: `${readingPath.value} was removed from the folder.`, code: 'NOT_FOUND' }
    } else if (mode.value === 'compare' && comparedPaths.value.some(touched)) {
      missing = comparedPaths.value.filter((path) => !exists(path))
      if (missing.length) error.value = { headline: 'Not found', detail: `${missing.join(', ')} was removed from the folder.`, code: 'NOT_FOUND' }
      else await compare(comparedPaths.value)
    }
  }

  function reset(): void {
    comparisonRun++
    mode.value = 'empty'
    readingPath.value = null
    readingFocus.value = null
    selection.value = []
    comparedPaths.value = []
    comparisons.value = null
    grid.value = null
    comparing.value = false
    error.value = null
    missing = []
    documents.forget()
  }

  return {
    mode, readingPath, readingFocus, selection, comparedPaths, comparisons, grid, comparing, loadingDocument, error, options, progress,
    reading, compared, base, left, right, isPair, comparison, canCompare,
    read, toggleSelected, compare, compareSelection, setOptions, makeBase, swapSides, documentsChanged, reset,
  }
})

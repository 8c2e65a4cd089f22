import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Comparison } from '../../../core/compare/compare'
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from '../../../core/compare/options'
import type { DocumentContent } from '../../../shared/documents'
import { userMessage, type UserMessage } from '../error-messages'
import { compareInWorker } from '../workers/compare-client'
import { useDocumentsStore } from './documents'

export type WorkspaceMode = 'empty' | 'read' | 'compare'

/** What the main pane shows: one document being read, or a comparison of two. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const documents = useDocumentsStore()
  const mode = ref<WorkspaceMode>('empty')
  const readingPath = ref<string | null>(null)
  /** Documents ticked in the library for the next comparison, in the order ticked. */
  const selection = ref<string[]>([])
  const leftPath = ref<string | null>(null)
  const rightPath = ref<string | null>(null)
  const comparison = ref<Comparison | null>(null)
  const comparing = ref(false)
  const loadingDocument = ref(false)
  const error = ref<UserMessage | null>(null)
  const options = ref<CompareOptions>({ ...DEFAULT_COMPARE_OPTIONS })
  const progress = ref(0)
  let comparisonRun = 0

  const reading = computed<DocumentContent | null>(() => (readingPath.value ? (documents.loaded.get(readingPath.value) ?? null) : null))
  const left = computed(() => (leftPath.value ? (documents.loaded.get(leftPath.value) ?? null) : null))
  const right = computed(() => (rightPath.value ? (documents.loaded.get(rightPath.value) ?? null) : null))
  const canCompare = computed(() => selection.value.length === 2)

  async function read(path: string): Promise<void> {
    mode.value = 'read'
    readingPath.value = path
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
    else selection.value = [...selection.value, path].slice(-2)
  }

  async function compare(leftDocument: string, rightDocument: string): Promise<void> {
    const run = ++comparisonRun
    mode.value = 'compare'
    leftPath.value = leftDocument
    rightPath.value = rightDocument
    selection.value = [leftDocument, rightDocument]
    comparison.value = null
    error.value = null
    comparing.value = true
    progress.value = 0
    try {
      const [leftContent, rightContent] = await Promise.all([documents.load(leftDocument), documents.load(rightDocument)])
      const result = await compareInWorker(
        leftContent.paragraphs.map((paragraph) => paragraph.text),
        rightContent.paragraphs.map((paragraph) => paragraph.text),
        { ...options.value },
        (done) => {
          if (run === comparisonRun) progress.value = done
        },
      )
      if (run === comparisonRun) comparison.value = result
    } catch (failure) {
      if (run === comparisonRun) error.value = userMessage(failure)
    } finally {
      if (run === comparisonRun) comparing.value = false
    }
  }

  async function compareSelection(): Promise<void> {
    const [first, second] = selection.value
    if (first && second) await compare(first, second)
  }

  async function setOptions(changed: Partial<CompareOptions>): Promise<void> {
    options.value = { ...options.value, ...changed }
    if (leftPath.value && rightPath.value) await compare(leftPath.value, rightPath.value)
  }

  async function swapSides(): Promise<void> {
    if (leftPath.value && rightPath.value) await compare(rightPath.value, leftPath.value)
  }

  function reset(): void {
    comparisonRun++
    mode.value = 'empty'
    readingPath.value = null
    selection.value = []
    leftPath.value = null
    rightPath.value = null
    comparison.value = null
    comparing.value = false
    error.value = null
    documents.forget()
  }

  return {
    mode, readingPath, selection, leftPath, rightPath, comparison, comparing, loadingDocument, error, options, progress,
    reading, left, right, canCompare, read, toggleSelected, compare, compareSelection, setOptions, swapSides, reset,
  }
})

import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DocumentKind } from '../../../core/documents/kind-words'
import type { LanguageCode } from '../../../core/languages/language'
import type { FolderSearch, SearchIndexing } from '../../../shared/search'
import { call } from '../bridge'
import { userMessage, type UserMessage } from '../error-messages'
import { useWorkspaceStore } from './workspace'

/** Typing pauses this long before the folder is searched. */
const TYPING_PAUSE_MS = 200
/** How often the index's progress is asked while it is being built. */
const PROGRESS_MS = 700

/** One paragraph found, as the keyboard moves through them: its document and position. */
export interface SearchPlace {
  path: string
  index: number
}

/** The search pane: what is asked, what was found, which result is chosen, and how far the index is. */
export const useSearchStore = defineStore('search', () => {
  const workspace = useWorkspaceStore()
  const open = ref(false)
  const query = ref('')
  const from = ref('')
  const to = ref('')
  const kind = ref<DocumentKind | ''>('')
  const language = ref<LanguageCode | ''>('')
  const results = ref<FolderSearch | null>(null)
  const indexing = ref<SearchIndexing>(null)
  const searching = ref(false)
  const error = ref<UserMessage | null>(null)
  /** The chosen result, by its position among all paragraphs found. */
  const active = ref(0)
  let run = 0
  let typingTimer: ReturnType<typeof setTimeout> | null = null
  let progressTimer: ReturnType<typeof setInterval> | null = null

  const places = computed<SearchPlace[]>(() => results.value?.documents.flatMap((document) => document.paragraphs.map((paragraph) => ({ path: document.path, index: paragraph.index }))) ?? [])

  async function search(): Promise<void> {
    const mine = ++run
    if (!query.value.trim()) {
      results.value = null
      return
    }
    searching.value = true
    error.value = null
    try {
      const found = await call('searchFolder', {
        query: query.value, from: from.value || null, to: to.value || null,
        kinds: kind.value ? [kind.value] : [], languages: language.value ? [language.value] : [],
      })
      if (mine !== run) return
      results.value = found
      active.value = 0
      following(found.indexing)
    } catch (failure) {
      if (mine === run) error.value = userMessage(failure)
    } finally {
      if (mine === run) searching.value = false
    }
  }

  /** While the index is being built, its progress is shown and the search is run again as it grows. */
  function following(status: SearchIndexing): void {
    indexing.value = status
    if (!status || progressTimer) return
    progressTimer = setInterval(() => {
      void call('searchStatus', {}).then((now) => {
        indexing.value = now
        if (now) return
        stopFollowing()
        void search()
      }, stopFollowing)
    }, PROGRESS_MS)
  }

  function stopFollowing(): void {
    if (progressTimer) clearInterval(progressTimer)
    progressTimer = null
  }

  function searchSoon(): void {
    if (typingTimer) clearTimeout(typingTimer)
    typingTimer = setTimeout(() => void search(), TYPING_PAUSE_MS)
  }

  function show(): void {
    open.value = true
    void call('searchStatus', {}).then(following, () => undefined)
  }

  function close(): void {
    open.value = false
    stopFollowing()
  }

  function move(step: number): void {
    const count = places.value.length
    if (count > 0) active.value = (active.value + step + count) % count
  }

  /** Opens the reader at a paragraph found, and closes the pane. */
  function openPlace(place: SearchPlace | undefined = places.value[active.value]): void {
    if (!place) return
    close()
    void workspace.read(place.path, place.index)
  }

  return { open, query, from, to, kind, language, results, indexing, searching, error, active, places, search, searchSoon, show, close, move, openPlace }
})

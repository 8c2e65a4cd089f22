import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Capabilities, DocumentSummary, FolderListing } from '../../../shared/documents'
import { call } from '../bridge'
import { userMessage, type UserMessage } from '../error-messages'

export type SortKey = 'title' | 'date' | 'name' | 'size' | 'paragraphs'

const COMPARATORS: Record<SortKey, (a: DocumentSummary, b: DocumentSummary) => number> = {
  title: (a, b) => (a.title ?? a.name).localeCompare(b.title ?? b.name),
  date: (a, b) => (a.date ?? '').localeCompare(b.date ?? ''),
  name: (a, b) => a.name.localeCompare(b.name),
  size: (a, b) => a.size - b.size,
  paragraphs: (a, b) => a.paragraphCount - b.paragraphCount,
}

/** The open folder, its documents as listed, and how the list is filtered and sorted. */
export const useLibraryStore = defineStore('library', () => {
  const capabilities = ref<Capabilities | null>(null)
  const listing = ref<FolderListing | null>(null)
  const recentFolders = ref<string[]>([])
  const notices = ref<string[]>([])
  const opening = ref(false)
  const error = ref<UserMessage | null>(null)
  const filter = ref('')
  const sortKey = ref<SortKey>('date')
  const sortDescending = ref(false)

  /** Changes on disk since the folder was opened, newest last, until dismissed. */
  const changeNotices = ref<string[]>([])
  let seenNotices = 0
  let following: ReturnType<typeof setTimeout> | null = null

  const documents = computed(() => listing.value?.documents ?? [])
  const readable = computed(() => documents.value.filter((document) => document.status === 'ok'))
  const pending = computed(() => documents.value.filter((document) => document.status === 'pending').length)

  const visibleDocuments = computed(() => {
    const words = filter.value.toLocaleLowerCase().split(/\s+/).filter(Boolean)
    const matching = documents.value.filter((document) => {
      const haystack = `${document.title ?? ''} ${document.path} ${document.date ?? ''}`.toLocaleLowerCase()
      return words.every((word) => haystack.includes(word))
    })
    const direction = sortDescending.value ? -1 : 1
    // Unreadable files go last whatever the order: they are listed to explain, not to be read.
    const rank = (document: DocumentSummary) => (document.status === 'ok' || document.status === 'pending' ? 1 : 0)
    return matching.sort((a, b) => {
      const readableFirst = rank(b) - rank(a)
      return readableFirst !== 0 ? readableFirst : direction * COMPARATORS[sortKey.value](a, b) || a.path.localeCompare(b.path)
    })
  })

  async function init(): Promise<void> {
    const [caps, state, current] = await Promise.all([call('getCapabilities', {}), call('getAppState', {}), call('currentFolder', {})])
    capabilities.value = caps
    recentFolders.value = state.recentFolders
    notices.value = state.notices
    listing.value = current
    follow()
  }

  /**
   * Keeps the listing in step with the folder: asks how it stands often while files are being
   * read, now and then otherwise (the folder is watched), and fetches the listing when it changed.
   */
  function follow(): void {
    if (following) clearTimeout(following)
    const root = listing.value?.root
    if (!root) return
    const tick = async (): Promise<void> => {
      try {
        const status = await call('folderStatus', {})
        if (listing.value?.root !== root) return
        if (status.notices.length < seenNotices) seenNotices = 0
        changeNotices.value = [...changeNotices.value, ...status.notices.slice(seenNotices)].slice(-5)
        seenNotices = status.notices.length
        if (status.version !== listing.value.version) {
          const fresh = await call('currentFolder', {})
          if (fresh?.root === root) listing.value = fresh
        }
      } catch {
        // The host may be restarting; the next tick asks again.
      }
      if (listing.value?.root === root) following = setTimeout(() => void tick(), listing.value.reading ? 400 : 1500)
    }
    following = setTimeout(() => void tick(), 300)
  }

  function dismissChange(notice: string): void {
    changeNotices.value = changeNotices.value.filter((shown) => shown !== notice)
  }

  /** Opens a folder; returns whether it opened, leaving the reason in `error` when not. */
  async function openFolder(path: string): Promise<boolean> {
    opening.value = true
    error.value = null
    try {
      listing.value = await call('openFolder', { path })
      changeNotices.value = []
      seenNotices = 0
      follow()
      recentFolders.value = (await call('getAppState', {})).recentFolders
      return true
    } catch (failure) {
      error.value = userMessage(failure)
      return false
    } finally {
      opening.value = false
    }
  }

  /** The system's folder dialog (Electron); null where the app must ask for a typed path. */
  async function chooseFolder(): Promise<string | null> {
    return call('chooseFolder', {})
  }

  function setSort(key: SortKey): void {
    if (sortKey.value === key) sortDescending.value = !sortDescending.value
    else {
      sortKey.value = key
      sortDescending.value = false
    }
  }

  return {
    capabilities, listing, recentFolders, notices, changeNotices, opening, error, filter, sortKey, sortDescending,
    documents, readable, pending, visibleDocuments, init, openFolder, chooseFolder, setSort, dismissChange,
  }
})

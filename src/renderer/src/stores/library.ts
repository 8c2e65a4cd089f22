import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AppStateView, Capabilities, DocumentSummary, FolderListing, FolderStatus } from '../../../shared/documents'
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

/** The listing brought up to date with the changes the host reports. */
function withChanges(listing: FolderListing, status: FolderStatus): FolderListing {
  const removed = new Set(status.removed)
  const changed = new Map(status.changed.map((summary) => [summary.path, summary]))
  const documents = listing.documents.filter((document) => !removed.has(document.path)).map((document) => changed.get(document.path) ?? document)
  const known = new Set(listing.documents.map((document) => document.path))
  for (const summary of status.changed) if (!known.has(summary.path)) documents.push(summary)
  return { ...listing, documents, version: status.version, reading: status.reading }
}

/** The open folder, its documents as listed, and how the list is filtered and sorted. */
export const useLibraryStore = defineStore('library', () => {
  const capabilities = ref<Capabilities | null>(null)
  // Shallow: a folder may list 10,000 files; the listing is replaced, never changed in place.
  const listing = shallowRef<FolderListing | null>(null)
  const recentFolders = ref<string[]>([])
  /** What the app remembered of its last run: settings, and how each folder was shown. */
  const remembered = shallowRef<AppStateView | null>(null)
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
    // Files still being read come after the read ones, and unreadable files last whatever the
    // order: they are listed to explain, not to be read.
    const rank = (document: DocumentSummary) => (document.status === 'ok' ? 2 : document.status === 'pending' ? 1 : 0)
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
    remembered.value = state
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
        const known = listing.value
        if (known?.root !== root) return
        const status = await call('folderStatus', { since: known.version })
        if (listing.value !== known) return
        if (status.root !== root) {
          // The host opened another folder (another window of it): take its listing whole.
          listing.value = await call('currentFolder', {})
          follow()
          return
        }
        if (status.notices.length < seenNotices) seenNotices = 0
        changeNotices.value = [...changeNotices.value, ...status.notices.slice(seenNotices)].slice(-5)
        seenNotices = status.notices.length
        if (status.version !== known.version) listing.value = withChanges(known, status)
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
      await refreshAppState()
      return true
    } catch (failure) {
      error.value = userMessage(failure)
      return false
    } finally {
      opening.value = false
    }
  }

  /** Recent folders and notices as the host has them now: a save may have failed since the start. */
  async function refreshAppState(): Promise<void> {
    const state = await call('getAppState', {})
    recentFolders.value = state.recentFolders
    notices.value = state.notices
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
    capabilities, listing, recentFolders, remembered, notices, changeNotices, opening, error, filter, sortKey, sortDescending,
    documents, readable, pending, visibleDocuments, init, openFolder, refreshAppState, chooseFolder, setSort, dismissChange,
  }
})

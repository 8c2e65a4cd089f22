import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { MAX_PAGE, type AppStateView, type Capabilities, type DocumentSummary, type FolderListing } from '../../../shared/documents'
import { withChanges } from '../../../shared/listing-changes'
import { call } from '../bridge'
import { userMessage, type UserMessage } from '../error-messages'
import { formatDate } from '../format'
import { nextExpiry, noticeFile, renewed, unexpired, withNotice, type Notice } from '../notice-queue'
import { MAX_COMPARED, useWorkspaceStore } from './workspace'

export type SortKey = 'title' | 'date' | 'name' | 'size' | 'paragraphs'

const collator = new Intl.Collator(undefined, { numeric: true })
/** Code-unit order: no two paths compare equal, so the order never depends on the order of arrival. */
const byPath = (a: DocumentSummary, b: DocumentSummary): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
const COMPARATORS: Record<SortKey, (a: DocumentSummary, b: DocumentSummary) => number> = {
  title: (a, b) => collator.compare(a.title ?? a.name, b.title ?? b.name),
  // ISO dates compare as text; undated first.
  date: (a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0),
  name: (a, b) => collator.compare(a.name, b.name),
  size: (a, b) => a.size - b.size,
  paragraphs: (a, b) => a.paragraphCount - b.paragraphCount,
}

/**
 * How long to wait before asking how the folder stands: often while files are read, now and then
 * otherwise (the folder is watched); longer for a large folder, whose every change re-sorts the list.
 */
function pollInterval(listing: FolderListing): number {
  return Math.max(listing.reading ? 400 : 1500, listing.documents.length / 50)
}

/** While pages of a large listing come, the list is shown again at most this often (each showing sorts it). */
const PAGES_SHOWN_EVERY_MS = 400

/**
 * What the filter looks in: title, path, and the date both as stored and as the list shows it
 * ("4 Mar 2019"), lower-cased once per summary (a summary is replaced, never changed, when its
 * file changes).
 */
const haystacks = new WeakMap<DocumentSummary, string>()
function haystackOf(document: DocumentSummary): string {
  let haystack = haystacks.get(document)
  if (haystack === undefined) {
    haystack = `${document.title ?? ''} ${document.path} ${document.date ?? ''} ${document.date ? formatDate(document.date) : ''}`.toLocaleLowerCase()
    haystacks.set(document, haystack)
  }
  return haystack
}

/** The open folder, its documents as listed, and how the list is filtered and sorted. */
export const useLibraryStore = defineStore('library', () => {
  const workspace = useWorkspaceStore()
  const capabilities = ref<Capabilities | null>(null)
  // Shallow: a folder may list 100,000 files; the listing is replaced, never changed in place.
  const listing = shallowRef<FolderListing | null>(null)
  /** While the listing's pages are fetched: how many documents the window has of how many. */
  const paging = ref<{ have: number; total: number } | null>(null)
  const recentFolders = ref<string[]>([])
  /** What the app remembered of its last run: settings, and how each folder was shown. */
  const remembered = shallowRef<AppStateView | null>(null)
  const notices = ref<string[]>([])
  const opening = ref(false)
  const error = ref<UserMessage | null>(null)
  const filter = ref('')
  const sortKey = ref<SortKey>('date')
  const sortDescending = ref(false)
  /** Why the last tick was refused (the comparison is full), until the next tick or untick. */
  const tickRefused = ref<string | null>(null)

  /** Changes on disk, newest last: each goes after a while, or when dismissed (notice-queue.ts). */
  const changeNotices = ref<Notice[]>([])
  let noticeCount = 0
  let noticeTimer: ReturnType<typeof setTimeout> | undefined
  /** While the analyst points at the notices or the keyboard is in them, none goes. */
  const noticesHeld = { pointer: false, focus: false }
  /** Ticks of files removed from the folder, at their place in the ticks: given back if the file comes back. */
  const removedTicks = new Map<string, number>()
  let following: ReturnType<typeof setTimeout> | null = null
  /** Goes up with each listing taken, so that the pages of an older one stop. */
  let listingRun = 0

  const documents = computed(() => listing.value?.documents ?? [])
  const readable = computed(() => documents.value.filter((document) => document.status === 'ok'))
  const unreadable = computed(() => documents.value.filter((document) => document.status === 'error' || document.status === 'unsupported').length)

  /** Sorted once per listing or order; the filter then only keeps what matches, in that order. */
  const sortedDocuments = computed(() => {
    const direction = sortDescending.value ? -1 : 1
    const compare = COMPARATORS[sortKey.value]
    // Files still being read come after the read ones, and unreadable files last whatever the
    // order: they are listed to explain, not to be read.
    const rank = (document: DocumentSummary) => (document.status === 'ok' ? 2 : document.status === 'pending' ? 1 : 0)
    return [...documents.value].sort((a, b) => rank(b) - rank(a) || direction * compare(a, b) || byPath(a, b))
  })

  const visibleDocuments = computed(() => {
    const words = filter.value.toLocaleLowerCase().split(/\s+/).filter(Boolean)
    if (words.length === 0) return sortedDocuments.value
    return sortedDocuments.value.filter((document) => {
      const haystack = haystackOf(document)
      return words.every((word) => haystack.includes(word))
    })
  })

  async function init(): Promise<void> {
    const [caps, state, current] = await Promise.all([call('getCapabilities', {}), call('getAppState', {}), call('currentFolder', {})])
    capabilities.value = caps
    recentFolders.value = state.recentFolders
    notices.value = state.notices
    remembered.value = state
    void take(current)
  }

  /**
   * Shows a listing's first page at once, fetches the rest page by page (shown as they come, now
   * and then), then follows the folder from the first page's version: the changes since then
   * bring every page up to date, whatever changed while they came.
   */
  async function take(first: FolderListing | null): Promise<void> {
    const run = ++listingRun
    if (following) clearTimeout(following)
    listing.value = first
    if (!first) return
    const documents = [...first.documents]
    let after = first.documents.length < first.total ? (first.documents.at(-1)?.path ?? null) : null
    let shownAt = performance.now()
    while (after !== null) {
      paging.value = { have: documents.length, total: first.total }
      let page
      try {
        page = await call('folderPage', { after, limit: MAX_PAGE })
      } catch (failure) {
        if (run !== listingRun) return
        // The list keeps what came; the reason is shown, and the folder can be opened again.
        error.value = userMessage(failure)
        break
      }
      if (run !== listingRun) return
      if (page.root !== first.root) {
        // Another window opened another folder in between: take that one.
        await take(await call('currentFolder', {}))
        return
      }
      for (const document of page.documents) documents.push(document)
      after = page.next
      if (performance.now() - shownAt > PAGES_SHOWN_EVERY_MS) {
        listing.value = { ...first, documents: [...documents] }
        shownAt = performance.now()
      }
    }
    if (documents.length !== first.documents.length) listing.value = { ...first, documents, total: after === null ? documents.length : first.total }
    paging.value = null
    follow()
  }

  /**
   * Keeps the listing in step with the folder: asks how it stands often while files are being
   * read, now and then otherwise (the folder is watched), and applies what changed; a large
   * change comes in pages, asked for one after the other.
   */
  function follow(): void {
    if (following) clearTimeout(following)
    const root = listing.value?.root
    if (!root) return
    const run = listingRun
    const tick = async (): Promise<void> => {
      let more = false
      try {
        const known = listing.value
        if (known?.root !== root) return
        const status = await call('folderStatus', { since: known.version })
        if (listing.value !== known || run !== listingRun) return
        if (status.root !== root) {
          // The host opened another folder (another window of it): take its listing whole.
          await take(await call('currentFolder', {}))
          return
        }
        tellChanges(status.notices, [...status.changed.map((summary) => summary.path), ...status.removed])
        if (status.removed.length) forgetTicks(status.removed)
        if (status.changed.length) restoreTicks(status.changed.map((summary) => summary.path))
        if (status.version !== known.version) {
          const updated = withChanges(known.documents, status)
          listing.value = { ...known, documents: updated, total: updated.length, version: status.version, reading: status.reading }
        }
        more = status.more
      } catch {
        // The host may be restarting; the next tick asks again.
      }
      if (listing.value?.root === root && run === listingRun) following = setTimeout(() => void tick(), more ? 0 : pollInterval(listing.value))
    }
    following = setTimeout(() => void tick(), 300)
  }

  /** Files gone from the folder are no longer ticked for comparison (until they come back). */
  function forgetTicks(removed: string[]): void {
    const gone = new Set(removed)
    workspace.selection.forEach((path, index) => {
      if (gone.has(path)) removedTicks.set(path, index)
    })
    if (workspace.selection.some((path) => gone.has(path))) workspace.selection = workspace.selection.filter((path) => !gone.has(path))
  }

  /** A ticked file that was removed is back: ticked again at its place, when the comparison has room. */
  function restoreTicks(back: string[]): void {
    for (const path of back) {
      const index = removedTicks.get(path)
      if (index === undefined) continue
      removedTicks.delete(path)
      const ticks = workspace.selection
      if (ticks.includes(path) || ticks.length >= MAX_COMPARED) continue
      workspace.selection = [...ticks.slice(0, index), path, ...ticks.slice(index)]
    }
  }

  /** The host's notices of this answer, each about the file it starts with, if the answer reports it. */
  function tellChanges(texts: string[], paths: string[]): void {
    const now = Date.now()
    for (const text of texts) changeNotices.value = withNotice(changeNotices.value, { id: ++noticeCount, text, file: noticeFile(text, paths) }, now)
    if (texts.length) expireNotices()
  }

  /** Drops the notices whose time is up, and waits for the next one's. */
  function expireNotices(): void {
    clearTimeout(noticeTimer)
    if (noticesHeld.pointer || noticesHeld.focus) return
    changeNotices.value = unexpired(changeNotices.value, Date.now())
    const next = nextExpiry(changeNotices.value)
    if (next !== null) noticeTimer = setTimeout(expireNotices, next - Date.now())
  }

  /** Pointer or focus on the notices (held): none goes; left, each has some time again. */
  function holdNotices(by: keyof typeof noticesHeld, held: boolean): void {
    noticesHeld[by] = held
    if (!held) changeNotices.value = renewed(changeNotices.value, Date.now())
    expireNotices()
  }

  /**
   * Ticks a document for comparison, or unticks it. A tick beyond what one comparison takes is
   * refused with the reason, never made by dropping the first tick (the base).
   */
  function toggleTick(path: string): void {
    if (!workspace.selection.includes(path) && workspace.selection.length >= MAX_COMPARED) {
      tickRefused.value = `At most ${MAX_COMPARED} documents can be compared at once: untick one to tick another.`
      return
    }
    tickRefused.value = null
    workspace.toggleSelected(path)
  }

  function dismissChange(id: number): void {
    changeNotices.value = changeNotices.value.filter((shown) => shown.id !== id)
  }

  /** Opens a folder; returns whether it opened (its first page shown), leaving the reason in `error` when not. */
  async function openFolder(path: string): Promise<boolean> {
    opening.value = true
    error.value = null
    try {
      const first = await call('openFolder', { path })
      // The notices go with their buttons: no focus is left in them to hold the next ones.
      changeNotices.value = []
      noticesHeld.focus = false
      removedTicks.clear()
      tickRefused.value = null
      void take(first)
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
    capabilities, listing, paging, recentFolders, remembered, notices, changeNotices, opening, error, filter, sortKey, sortDescending, tickRefused,
    documents, readable, unreadable, visibleDocuments, init, openFolder, refreshAppState, chooseFolder, setSort, dismissChange, holdNotices, toggleTick,
  }
})

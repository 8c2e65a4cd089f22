import { watch } from 'vue'
import type { FolderView } from '../../../shared/settings'
import { call } from '../bridge'
import { useLibraryStore } from '../stores/library'
import { useLayoutStore } from '../stores/layout'
import { useReportsStore } from '../stores/reports'
import { useWorkspaceStore } from '../stores/workspace'

const SAVE_DELAY_MS = 400

/**
 * Runs `save` once things have been quiet for a moment: a slider dragged saves once. A save
 * that fails calls `failed`.
 */
function debounced(save: () => Promise<unknown>, failed: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  return () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      save().catch(failed)
    }, SAVE_DELAY_MS)
  }
}

/**
 * What the user chose comes back next time: comparison options, report layout and panes, and for each
 * folder its sort order and the document that was being read. Saved in the app's state file.
 */
export function usePersistedState(): void {
  const library = useLibraryStore()
  const workspace = useWorkspaceStore()
  const reports = useReportsStore()
  const layout = useLayoutStore()
  // Not remembering a choice is not worth an error on screen; why (a full disk, a read-only
  // data folder) is the host's notice, shown with the others.
  const saveFailed = (): void => void library.refreshAppState().catch(() => undefined)

  /** How each folder was last shown, kept up to date here as the user changes it. */
  let folderViews: Record<string, FolderView> = {}
  watch(
    () => library.remembered,
    (state) => {
      if (!state) return
      workspace.options = { ...state.settings.compareOptions }
      reports.layout = state.settings.reportLayout
      layout.chosen = { ...state.settings.panes }
      folderViews = { ...state.folderViews }
    },
    { once: true },
  )
  const saveSettings = debounced(
    () => call('saveSettings', { settings: { compareOptions: { ...workspace.options }, reportLayout: reports.layout, panes: { ...layout.chosen } } }),
    saveFailed,
  )
  watch([() => workspace.options, () => reports.layout, () => layout.chosen], saveSettings)

  // A folder shown again: its sort and the document being read, as they were left.
  watch(
    () => library.listing?.root,
    (root) => {
      const view = root ? folderViews[root] : undefined
      if (!view) return
      library.sortKey = view.sortKey
      library.sortDescending = view.sortDescending
      if (view.readingPath && workspace.mode === 'empty' && library.documents.some((document) => document.path === view.readingPath)) {
        void workspace.read(view.readingPath)
      }
    },
  )
  const saveFolderView = debounced(async () => {
    const root = library.listing?.root
    if (!root) return
    const view = { sortKey: library.sortKey, sortDescending: library.sortDescending, readingPath: workspace.mode === 'read' ? workspace.readingPath : null }
    folderViews = { ...folderViews, [root]: view }
    await call('saveFolderView', { root, view })
  }, saveFailed)
  watch([() => library.sortKey, () => library.sortDescending, () => workspace.readingPath, () => workspace.mode], saveFolderView)
}

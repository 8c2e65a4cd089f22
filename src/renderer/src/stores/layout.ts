import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { DEFAULT_PANES } from '../../../shared/settings'
import { paneLayout, type SidePane } from '../pane-layout'
import { useReferencesStore } from './references'
import { useWorkspaceStore } from './workspace'

/** The window's side panes: what the analyst chose, what fits, and the citation pane folded or not. */
export const useLayoutStore = defineStore('layout', () => {
  const workspace = useWorkspaceStore()
  const references = useReferencesStore()
  /** Remembered in the settings. */
  const chosen = ref<Record<SidePane, boolean>>({ ...DEFAULT_PANES })
  /** A pane asked for while it does not fit: shown over the view until closed. */
  const peek = ref<SidePane | null>(null)
  /** The citation pane folded away, the citation kept: following another reference unfolds it. */
  const citationFolded = ref(false)
  const width = ref(window.innerWidth)
  watch(() => references.citation, () => (citationFolded.value = false))

  const citationShown = computed(() => references.citation !== null && !citationFolded.value)
  const panes = computed(() =>
    paneLayout({ width: width.value, mode: workspace.mode, chosen: chosen.value, peek: peek.value, citation: citationShown.value }),
  )

  function measure(): void {
    width.value = window.innerWidth
  }

  /**
   * The pane's button and key: a shown pane hides, a hidden one shows (over the view when it does
   * not fit). The change list under the cited document comes back in its place, the citation folded.
   */
  function toggle(pane: SidePane): void {
    const state = panes.value[pane]
    if (state === 'overlay') peek.value = null
    else if (state === 'docked') chosen.value = { ...chosen.value, [pane]: false }
    else if (state === 'auto-closed') peek.value = pane
    else {
      if (state === 'replaced') citationFolded.value = true
      else chosen.value = { ...chosen.value, [pane]: true }
      if (panes.value[pane] === 'auto-closed') peek.value = pane
    }
  }

  function toggleCitation(): void {
    if (references.citation) citationFolded.value = !citationFolded.value
  }

  /** Escape: a pane over the view goes first. Returns whether one did. */
  function closeOverlay(): boolean {
    if (!peek.value) return false
    peek.value = null
    return true
  }

  return { chosen, peek, citationFolded, width, panes, citationShown, measure, toggle, toggleCitation, closeOverlay }
})

/**
 * Which side panes stand beside the main view, and which give way to it.
 *
 * The library and the change list keep the state the analyst chose (remembered), but a pane
 * that would leave the comparison's text columns narrower than `MIN_TEXT_COLUMN` folds away by
 * itself (`auto-closed`); asked for while it does not fit, it opens over the view (`overlay`)
 * instead of squeezing it. The citation pane never squeezes a comparison: it opens over the
 * change list's side of the view.
 */

export type PaneState = 'docked' | 'overlay' | 'closed' | 'auto-closed'
export type SidePane = 'library' | 'changes'
export type ViewMode = 'empty' | 'read' | 'compare'

/** Every text column of a comparison is at least this wide (CSS pixels). */
export const MIN_TEXT_COLUMN = 250
export const LIBRARY_WIDTH = 300
export const CHANGE_LIST_WIDTH = 260
/**
 * What a pair's table needs beside its two text columns when it is narrow (container query in
 * layout.css): the paragraph numbers, the kind column, gutters, padding and a scroll bar.
 */
export const TABLE_CHROME = 180
/** What a reader needs: its outline rail, the text, and the references panel. */
export const MIN_READER_WIDTH = 640

export interface LayoutInput {
  /** The window's width in CSS pixels (half the device pixels at 200% zoom). */
  width: number
  mode: ViewMode
  /** What the analyst chose: shown or hidden. */
  chosen: Record<SidePane, boolean>
  /** A pane that does not fit but was asked for: it opens over the view. */
  peek: SidePane | null
}

export function minMainWidth(mode: ViewMode): number {
  return mode === 'compare' ? 2 * MIN_TEXT_COLUMN + TABLE_CHROME : MIN_READER_WIDTH
}

/**
 * The state of each side pane. The change list exists only in a comparison and gives way last:
 * while comparing it is the way through the changes, the library folds first.
 */
export function paneLayout({ width, mode, chosen, peek }: LayoutInput): Record<SidePane, PaneState> {
  const needed = minMainWidth(mode)
  const changesWanted = mode === 'compare' && chosen.changes
  const changesFit = !changesWanted || width - CHANGE_LIST_WIDTH >= needed
  const changesWidth = changesWanted && changesFit ? CHANGE_LIST_WIDTH : 0
  const libraryFits = width - changesWidth - LIBRARY_WIDTH >= needed
  const state = (pane: SidePane, wanted: boolean, fits: boolean): PaneState => {
    if (peek === pane) return fits && wanted ? 'docked' : 'overlay'
    if (!wanted) return 'closed'
    return fits ? 'docked' : 'auto-closed'
  }
  return {
    library: state('library', chosen.library, libraryFits),
    changes: mode === 'compare' ? state('changes', chosen.changes, changesFit) : 'closed',
  }
}

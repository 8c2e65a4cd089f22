/**
 * Which side panes stand beside the main view, and which give way to it.
 *
 * The library and the change list keep the state the analyst chose (remembered), but a pane
 * that would leave the comparison's text columns narrower than `MIN_TEXT_COLUMN` folds away by
 * itself (`auto-closed`); asked for while it does not fit, it opens over the view (`overlay`)
 * instead of squeezing it. The cited document never covers a comparison's text: it takes the
 * change list's place (`replaced`), as wide as the table can give while its columns keep their
 * width, or, where that would be too narrow to read, the lower part of the view.
 */

export type PaneState = 'docked' | 'overlay' | 'closed' | 'auto-closed' | 'replaced'
export type SidePane = 'library' | 'changes'
export type ViewMode = 'empty' | 'read' | 'compare'

/** Every text column of a comparison is at least this wide (CSS pixels). */
export const MIN_TEXT_COLUMN = 250
export const LIBRARY_WIDTH = 300
export const CHANGE_LIST_WIDTH = 260
/**
 * What a pair's table needs beside its two text columns when it is narrow (container query in
 * layout.css): the paragraph numbers and the kind column (124), gutters and padding (32), the
 * overview ruler (23) and a scroll bar (15 where scroll bars take room).
 */
export const TABLE_CHROME = 200
/** What a reader needs: its outline rail, the text, and the references panel. */
export const MIN_READER_WIDTH = 640
/** The cited document beside a comparison: no narrower (below that it goes under the table), no wider. */
export const MIN_CITATION_WIDTH = 300
export const CITATION_WIDTH = 560

/**
 * Where the cited document stands in a comparison: at the side in the change list's place,
 * `width` wide, or below the table across the view. Elsewhere (the reader) the stylesheet places it.
 */
export type CitationPlace = { place: 'side'; width: number } | { place: 'below' } | null

export interface LayoutInput {
  /** The window's width in CSS pixels (half the device pixels at 200% zoom). */
  width: number
  mode: ViewMode
  /** What the analyst chose: shown or hidden. */
  chosen: Record<SidePane, boolean>
  /** A pane that does not fit but was asked for: it opens over the view. */
  peek: SidePane | null
  /** Whether the cited document is shown (a citation open and not folded). */
  citation: boolean
}

export interface Layout extends Record<SidePane, PaneState> {
  citation: CitationPlace
}

export function minMainWidth(mode: ViewMode): number {
  return mode === 'compare' ? 2 * MIN_TEXT_COLUMN + TABLE_CHROME : MIN_READER_WIDTH
}

/**
 * The state of each side pane. The change list exists only in a comparison and gives way last:
 * while comparing it is the way through the changes, the library folds first.
 */
export function paneLayout({ width, mode, chosen, peek, citation }: LayoutInput): Layout {
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
  const library = state('library', chosen.library, libraryFits)
  const changes = mode === 'compare' ? state('changes', chosen.changes, changesFit) : 'closed'
  if (mode !== 'compare' || !citation) return { library, changes, citation: null }
  // The change list's place and whatever the table has beyond its minimum: the library keeps its own.
  const free = width - (library === 'docked' ? LIBRARY_WIDTH : 0) - needed
  if (free < MIN_CITATION_WIDTH) return { library, changes, citation: { place: 'below' } }
  return { library, changes: changes === 'closed' ? changes : 'replaced', citation: { place: 'side', width: Math.min(CITATION_WIDTH, free) } }
}

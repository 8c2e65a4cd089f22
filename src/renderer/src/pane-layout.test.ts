import { describe, expect, it } from 'vitest'
import { CHANGE_LIST_WIDTH, CITATION_WIDTH, LIBRARY_WIDTH, MIN_CITATION_WIDTH, MIN_TEXT_COLUMN, TABLE_CHROME, paneLayout } from './pane-layout'

const open = { library: true, changes: true }
const layout = (width: number, citation = false, chosen = open) => paneLayout({ width, mode: 'compare', chosen, peek: null, citation })

describe('paneLayout', () => {
  it('docks both panes where the table keeps its columns wide enough', () => {
    expect(layout(1440)).toEqual({ library: 'docked', changes: 'docked', citation: null })
  })

  it('folds the library first, then the change list, as the window narrows', () => {
    expect(layout(1024)).toMatchObject({ library: 'auto-closed', changes: 'docked' })
    // 200% zoom in a 1440 × 900 window: 720 CSS pixels.
    expect(layout(720)).toMatchObject({ library: 'auto-closed', changes: 'auto-closed' })
  })

  it('never leaves a text column narrower than the minimum with a pane docked', () => {
    for (let width = 600; width <= 2600; width += 10) {
      const panes = layout(width)
      const main = width - (panes.library === 'docked' ? LIBRARY_WIDTH : 0) - (panes.changes === 'docked' ? CHANGE_LIST_WIDTH : 0)
      if (panes.library === 'docked' || panes.changes === 'docked') expect((main - TABLE_CHROME) / 2).toBeGreaterThanOrEqual(MIN_TEXT_COLUMN)
    }
  })

  it('keeps a pane closed by choice closed, and shows one asked for over the view when it does not fit', () => {
    expect(layout(1440, false, { library: false, changes: true }).library).toBe('closed')
    expect(paneLayout({ width: 900, mode: 'compare', chosen: open, peek: 'library', citation: false }).library).toBe('overlay')
    expect(paneLayout({ width: 1440, mode: 'read', chosen: open, peek: null, citation: true })).toEqual({ library: 'docked', changes: 'closed', citation: null })
  })

  it('puts the cited document in the change list’s place, widened only into what the table can spare', () => {
    expect(layout(1024, true)).toEqual({ library: 'auto-closed', changes: 'replaced', citation: { place: 'side', width: 1024 - 2 * MIN_TEXT_COLUMN - TABLE_CHROME } })
    expect(layout(1440, true)).toEqual({ library: 'docked', changes: 'replaced', citation: { place: 'side', width: 1440 - LIBRARY_WIDTH - 2 * MIN_TEXT_COLUMN - TABLE_CHROME } })
    expect(layout(2560, true).citation).toEqual({ place: 'side', width: CITATION_WIDTH })
    // A change list closed by choice stays so: the cited document stands where it would be.
    expect(layout(1440, true, { library: true, changes: false }).changes).toBe('closed')
  })

  it('puts the cited document below the table where beside it would be too narrow to read (200% zoom)', () => {
    expect(layout(720, true)).toEqual({ library: 'auto-closed', changes: 'auto-closed', citation: { place: 'below' } })
  })

  it('never leaves a text column narrower than the minimum beside the cited document', () => {
    for (let width = 600; width <= 2600; width += 10) {
      for (const chosen of [open, { library: false, changes: true }, { library: true, changes: false }]) {
        const panes = layout(width, true, chosen)
        if (panes.citation?.place !== 'side') continue
        expect(panes.citation.width).toBeGreaterThanOrEqual(MIN_CITATION_WIDTH)
        const main = width - (panes.library === 'docked' ? LIBRARY_WIDTH : 0) - panes.citation.width
        expect((main - TABLE_CHROME) / 2).toBeGreaterThanOrEqual(MIN_TEXT_COLUMN)
      }
    }
  })
})

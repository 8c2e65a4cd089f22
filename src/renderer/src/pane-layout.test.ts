import { describe, expect, it } from 'vitest'
import { CHANGE_LIST_WIDTH, LIBRARY_WIDTH, MIN_TEXT_COLUMN, TABLE_CHROME, paneLayout } from './pane-layout'

const open = { library: true, changes: true }

describe('paneLayout', () => {
  it('docks both panes where the table keeps its columns wide enough', () => {
    expect(paneLayout({ width: 1440, mode: 'compare', chosen: open, peek: null })).toEqual({ library: 'docked', changes: 'docked' })
  })

  it('folds the library first, then the change list, as the window narrows', () => {
    expect(paneLayout({ width: 1024, mode: 'compare', chosen: open, peek: null })).toEqual({ library: 'auto-closed', changes: 'docked' })
    // 200% zoom in a 1440 × 900 window: 720 CSS pixels.
    expect(paneLayout({ width: 720, mode: 'compare', chosen: open, peek: null })).toEqual({ library: 'auto-closed', changes: 'auto-closed' })
  })

  it('never leaves a text column narrower than the minimum with a pane docked', () => {
    for (let width = 600; width <= 2600; width += 10) {
      const panes = paneLayout({ width, mode: 'compare', chosen: open, peek: null })
      const main = width - (panes.library === 'docked' ? LIBRARY_WIDTH : 0) - (panes.changes === 'docked' ? CHANGE_LIST_WIDTH : 0)
      if (panes.library === 'docked' || panes.changes === 'docked') expect((main - TABLE_CHROME) / 2).toBeGreaterThanOrEqual(MIN_TEXT_COLUMN)
    }
  })

  it('keeps a pane closed by choice closed, and shows one asked for over the view when it does not fit', () => {
    expect(paneLayout({ width: 1440, mode: 'compare', chosen: { library: false, changes: true }, peek: null }).library).toBe('closed')
    expect(paneLayout({ width: 900, mode: 'compare', chosen: open, peek: 'library' }).library).toBe('overlay')
    expect(paneLayout({ width: 1440, mode: 'read', chosen: open, peek: null })).toEqual({ library: 'docked', changes: 'closed' })
  })
})

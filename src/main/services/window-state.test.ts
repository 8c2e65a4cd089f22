import { describe, expect, it } from 'vitest'
import { placeWindow } from './window-state'

const laptop = { x: 0, y: 0, width: 1920, height: 1050 }
const external = { x: 1920, y: -200, width: 2560, height: 1400 }

describe('placeWindow', () => {
  it('opens a first window centred on the primary screen, at most its size', () => {
    expect(placeWindow(null, [laptop])).toEqual({ bounds: { x: 240, y: 75, width: 1440, height: 900 }, maximized: false })
    expect(placeWindow(null, [{ x: 0, y: 0, width: 1280, height: 700 }]).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 700 })
  })

  it('puts a window back where it was, on whichever screen', () => {
    const saved = { bounds: { x: 2100, y: 0, width: 1600, height: 1000 }, maximized: true }
    expect(placeWindow(saved, [laptop, external])).toEqual(saved)
  })

  it('moves a window half off its screen back on, and shrinks it to the screen', () => {
    expect(placeWindow({ bounds: { x: 1700, y: 900, width: 1000, height: 600 }, maximized: false }, [laptop]).bounds).toEqual({ x: 920, y: 450, width: 1000, height: 600 })
    expect(placeWindow({ bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false }, [laptop]).bounds).toEqual(laptop)
  })

  it('brings a window left on a screen now gone to the primary one, at its size', () => {
    const saved = { bounds: { x: 2200, y: 100, width: 1200, height: 800 }, maximized: false }
    expect(placeWindow(saved, [laptop])).toEqual({ bounds: { x: 360, y: 125, width: 1200, height: 800 }, maximized: false })
  })

  it('does not keep a window whose title bar is above every screen', () => {
    const saved = { bounds: { x: 100, y: -900, width: 1200, height: 1000 }, maximized: false }
    expect(placeWindow(saved, [laptop]).bounds.y).toBeGreaterThanOrEqual(0)
  })
})

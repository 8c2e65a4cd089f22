import { z } from 'zod'

export const windowBoundsSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }).strict()

export type WindowBounds = z.infer<typeof windowBoundsSchema>

/** The main window as it was left: where, how large, maximised or not. */
export const savedWindowSchema = z.object({ bounds: windowBoundsSchema, maximized: z.boolean() }).strict()

export type SavedWindow = z.infer<typeof savedWindowSchema>

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 }
export const MIN_WINDOW_SIZE = { width: 900, height: 600 }
/** How much of a window must be on a screen to be left where it was: enough to grab its title bar. */
const MIN_VISIBLE = { width: 160, height: 48 }

function overlap(a: WindowBounds, b: WindowBounds): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

function centred(size: { width: number; height: number }, area: WindowBounds): WindowBounds {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height }
}

/**
 * Where the window opens, given how it was left and the screens' work areas now (the first is
 * the primary): where it was when its top is still on a screen, made to fit that screen; else
 * centred on the primary screen at the size it had (a screen unplugged, a resolution changed).
 */
export function placeWindow(saved: SavedWindow | null, workAreas: readonly WindowBounds[]): { bounds: WindowBounds; maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }
  if (!saved) return { bounds: centred(DEFAULT_WINDOW_SIZE, primary), maximized: false }
  const titleBar = { ...saved.bounds, height: Math.min(saved.bounds.height, MIN_VISIBLE.height) }
  const home = workAreas.find((area) => {
    const seen = overlap(titleBar, area)
    return seen.width >= Math.min(MIN_VISIBLE.width, saved.bounds.width) && seen.height >= Math.min(MIN_VISIBLE.height, saved.bounds.height)
  })
  if (!home) return { bounds: centred(saved.bounds, primary), maximized: saved.maximized }
  const width = Math.min(saved.bounds.width, home.width)
  const height = Math.min(saved.bounds.height, home.height)
  const x = Math.min(Math.max(saved.bounds.x, home.x), home.x + home.width - width)
  const y = Math.min(Math.max(saved.bounds.y, home.y), home.y + home.height - height)
  return { bounds: { x, y, width, height }, maximized: saved.maximized }
}

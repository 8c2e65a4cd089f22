/**
 * Where a list box's cursor goes on a key (the library's documents, the change list): the arrows
 * one option, Home and End the ends, PageUp and PageDown a page; null for any other key or an
 * empty list. `at` is the cursor's index, -1 when there is none yet (ArrowDown then goes to the first).
 */
export function listKeyTarget(key: string, at: number, count: number, page: number): number | null {
  if (count === 0) return null
  const from = Math.max(0, at)
  const targets: Record<string, number> = {
    ArrowDown: at + 1,
    ArrowUp: from - 1,
    Home: 0,
    End: count - 1,
    PageDown: from + page,
    PageUp: from - page,
  }
  const target = targets[key]
  return target === undefined ? null : Math.max(0, Math.min(count - 1, target))
}

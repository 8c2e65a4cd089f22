import { computed, nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import type { ChangeEntry } from '../change-list'

/**
 * Next and previous change (N / P, F8 / Shift+F8) over a table whose rows carry `data-row`:
 * keeps the current change, scrolls it into view, and starts over when the changes do.
 */
export function useChangeNavigation(changes: Ref<ChangeEntry[]>, scroller: Ref<HTMLElement | null>) {
  const current = ref(-1)
  const currentRow = computed(() => changes.value[current.value]?.row ?? -1)

  watch(changes, () => (current.value = -1))

  async function scrollToRow(row: number): Promise<void> {
    await nextTick()
    scroller.value?.querySelector(`[data-row="${row}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }

  async function select(index: number): Promise<void> {
    if (index < 0 || index >= changes.value.length) return
    current.value = index
    await scrollToRow(changes.value[index]!.row)
  }

  async function step(direction: 1 | -1): Promise<void> {
    const count = changes.value.length
    if (count === 0) return
    await select(current.value < 0 ? (direction === 1 ? 0 : count - 1) : (current.value + direction + count) % count)
  }

  function onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null
    if ((target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) || event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === 'n' || (event.key === 'F8' && !event.shiftKey)) void step(1)
    else if (event.key === 'p' || (event.key === 'F8' && event.shiftKey)) void step(-1)
    else return
    event.preventDefault()
  }

  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))

  return { current, currentRow, select, step, scrollToRow }
}

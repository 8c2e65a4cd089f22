import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import type { ChangeEntry } from '../change-list'
import { isTextField } from '../keyboard'
import { changeStep } from '../view-model/change-keys'

/**
 * Whether a change key belongs to what has focus: a text field takes every key, a select its
 * letters (they choose an option), a modal dialog all of them (the view is behind it).
 */
function keyTakenBy(target: EventTarget | null, key: string): boolean {
  if (isTextField(target)) return true
  if (!(target instanceof HTMLElement)) return false
  return target.closest('[aria-modal="true"]') !== null || (target.tagName === 'SELECT' && key !== 'F8')
}

/**
 * Next and previous change (N / P, F8 / Shift+F8, from anywhere in the view but a text field;
 * F8 in a select too): keeps the current change, has the table land its row in view, and starts
 * over when the changes do.
 */
export function useChangeNavigation(changes: Ref<ChangeEntry[]>, showRow: (row: number) => Promise<void>) {
  const current = ref(-1)
  const currentRow = computed(() => changes.value[current.value]?.row ?? -1)

  watch(changes, () => (current.value = -1))

  async function select(index: number): Promise<void> {
    if (index < 0 || index >= changes.value.length) return
    current.value = index
    await showRow(changes.value[index]!.row)
  }

  async function step(direction: 1 | -1): Promise<void> {
    const count = changes.value.length
    if (count === 0) return
    await select(current.value < 0 ? (direction === 1 ? 0 : count - 1) : (current.value + direction + count) % count)
  }

  function onKeydown(event: KeyboardEvent): void {
    const direction = changeStep(event)
    if (direction === null || event.defaultPrevented || keyTakenBy(event.target, event.key)) return
    event.preventDefault()
    void step(direction)
  }

  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))

  return { current, currentRow, select, step }
}

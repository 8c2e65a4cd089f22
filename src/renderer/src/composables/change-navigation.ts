import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import type { ChangeEntry } from '../change-list'
import { isTextField } from '../keyboard'
import { changeStep } from '../view-model/change-keys'
import { changeAtRow } from '../view-model/reading-place'
import type { PlaceKeeping } from './virtual-rows'

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
 * F8 in a select too): keeps the current change, has the table land its row in view. New changes
 * (other options, swapped sides, another base, another filter) keep the current one when a change
 * still stands at its place (`places`: what a row of the changes stands for, and which row stands
 * for it now); otherwise there is no current change.
 */
export function useChangeNavigation<P>(changes: Ref<ChangeEntry[]>, showRow: (row: number) => Promise<void>, places: () => PlaceKeeping<P>) {
  const current = ref(-1)
  const currentRow = computed(() => changes.value[current.value]?.row ?? -1)
  /** The current change's place, noted when it was chosen, with the rows it was chosen in. */
  let currentPlace: P | null = null

  watch(changes, (now) => {
    current.value = currentPlace === null ? -1 : changeAtRow(now, places().find(currentPlace))
    if (current.value < 0) currentPlace = null
  })

  async function select(index: number): Promise<void> {
    if (index < 0 || index >= changes.value.length) return
    current.value = index
    currentPlace = places().of(changes.value[index]!.row)
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

import { computed, ref, shallowRef, watch } from 'vue'
import { buildRowView, CHANGE_KINDS, collapsedRunOf, type ChangeKind, type KindedRow, type RowFilter } from '../../../core/view/row-view'

/**
 * What the comparison table shows: every row or the changes only, which kinds of change, and
 * which hidden runs the analyst opened (forgotten when the rows or the filter change).
 */
export function useRowFilter(compared: () => readonly KindedRow[]) {
  const changesOnly = ref(false)
  const kinds = shallowRef<ReadonlySet<ChangeKind>>(new Set(CHANGE_KINDS))
  const expanded = shallowRef<ReadonlySet<number>>(new Set())
  const filter = computed<RowFilter>(() => ({ changesOnly: changesOnly.value, kinds: kinds.value }))
  const view = computed(() => buildRowView(compared(), filter.value, expanded.value))

  watch([compared, filter], () => (expanded.value = new Set()))

  function toggleKind(kind: ChangeKind): void {
    const next = new Set(kinds.value)
    if (!next.delete(kind)) next.add(kind)
    kinds.value = next
  }

  function toggleRun(start: number): void {
    const next = new Set(expanded.value)
    if (!next.delete(start)) next.add(start)
    expanded.value = next
  }

  /** Opens the run that hides a row, if one does: a match or a place asked for is always shown. */
  function reveal(row: number): void {
    const start = collapsedRunOf(view.value, row)
    if (start !== null) toggleRun(start)
  }

  return { changesOnly, kinds, view, toggleKind, toggleRun, reveal }
}

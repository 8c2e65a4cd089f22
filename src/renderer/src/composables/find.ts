import { computed, nextTick, onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import { findInFolded, foldText, type FindResult, type FoldedText, type FoundRange } from '../../../core/text/find'
import { marksByItem } from '../../../core/view/found-pieces'

/** Matches beyond this many are counted as "100,000+": enough to read, bounded in memory. */
const FIND_LIMIT = 100_000
const NO_MATCHES: FindResult = { matches: [], more: false }

/**
 * Find in a view (Ctrl+F): the query, its matches in the view's texts (the data, not the page,
 * so that rows not on screen are found too), the current match, and the keys: Ctrl+F opens the
 * bar, Enter and F3 go to the next match, Shift with them to the previous, Escape closes the bar
 * and gives focus back. `reveal` brings a match into view; `root` holds the bar.
 */
export function useFind(texts: Ref<string[] | null>, reveal: (match: FoundRange) => void | Promise<void>, root: Ref<HTMLElement | null>) {
  const open = ref(false)
  const query = ref('')
  const result = shallowRef<FindResult>(NO_MATCHES)
  const current = ref(-1)
  /** The texts folded once, at the first search, for every search after. */
  let folded: FoldedText[] | null = null
  let focusBefore: HTMLElement | null = null

  const byItem = computed(() => marksByItem(result.value.matches))
  const currentMatch = computed<FoundRange | null>(() => result.value.matches[current.value] ?? null)
  const status = computed(() => {
    const count = result.value.matches.length
    if (!query.value.trim()) return ''
    if (count === 0) return 'No matches'
    return `${(current.value + 1).toLocaleString('en')} of ${count.toLocaleString('en')}${result.value.more ? '+' : ''}`
  })

  function search(): void {
    if (!open.value || !texts.value) {
      result.value = NO_MATCHES
      current.value = -1
      return
    }
    folded ??= texts.value.map(foldText)
    result.value = findInFolded(folded, query.value, FIND_LIMIT)
    current.value = result.value.matches.length ? 0 : -1
    if (currentMatch.value) void reveal(currentMatch.value)
  }

  // Texts are only made while the bar is open: a comparison of a million words is not joined for nothing.
  watch(
    () => (open.value ? texts.value : null),
    () => {
      folded = null
      search()
    },
  )
  watch(query, search)

  function step(direction: 1 | -1): void {
    const count = result.value.matches.length
    if (count === 0) return
    current.value = (current.value + direction + count) % count
    void reveal(currentMatch.value!)
  }

  /** Shows a match by its number, as a click on its mark in the overview does. */
  function select(index: number): void {
    if (index < 0 || index >= result.value.matches.length) return
    current.value = index
    void reveal(currentMatch.value!)
  }

  async function openBar(): Promise<void> {
    if (!texts.value) return
    if (!open.value) focusBefore = document.activeElement instanceof HTMLElement ? document.activeElement : null
    open.value = true
    await nextTick()
    const input = root.value?.querySelector<HTMLInputElement>('[data-testid="find-input"]')
    input?.focus()
    input?.select()
  }

  function close(): void {
    open.value = false
    if (focusBefore?.isConnected) focusBefore.focus()
    focusBefore = null
  }

  function onKeydown(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
      event.preventDefault()
      void openBar()
    } else if (event.key === 'F3' && query.value) {
      event.preventDefault()
      if (!open.value) void openBar()
      else step(event.shiftKey ? -1 : 1)
    }
  }

  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))

  return { open, query, result, current, currentMatch, byItem, status, step, select, openBar, close }
}

export type Find = ReturnType<typeof useFind>

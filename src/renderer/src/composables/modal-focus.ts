import { nextTick, onBeforeUnmount, onMounted, type Ref } from 'vue'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog keeps the keyboard: Tab and Shift+Tab go round its controls, and when it closes
 * the focus goes back where it was before it opened.
 */
export function useModalFocus(dialog: Ref<HTMLElement | null>, initial?: Ref<HTMLElement | null>): void {
  let before: HTMLElement | null = null

  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !dialog.value) return
    const controls = [...dialog.value.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.offsetParent !== null)
    const first = controls[0]
    const last = controls[controls.length - 1]
    if (!first || !last) return
    const active = document.activeElement
    if (event.shiftKey && (active === first || !dialog.value.contains(active))) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && (active === last || !dialog.value.contains(active))) {
      event.preventDefault()
      first.focus()
    }
  }

  onMounted(async () => {
    before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    document.addEventListener('keydown', onKeydown)
    await nextTick()
    ;(initial?.value ?? dialog.value?.querySelector<HTMLElement>(FOCUSABLE))?.focus()
  })
  onBeforeUnmount(() => {
    document.removeEventListener('keydown', onKeydown)
    // The element may be gone (a pane closed meanwhile): then the focus stays on the page.
    if (before?.isConnected) before.focus()
  })
}

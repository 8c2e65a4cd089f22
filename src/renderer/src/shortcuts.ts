import { keyLabel, type AcceleratorName } from '../../shared/commands'

/** Whether keys read as on a Mac (⌘ rather than Ctrl). */
export const MAC = /Mac|iPhone|iPad/.test(navigator.platform)

/** An app key as its tooltip and the keyboard help say it. */
export function keyOf(name: AcceleratorName): string {
  return keyLabel(name, MAC)
}

/** The keys the keyboard help lists, each with the keys pressed together and what they do. */
export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: [keyOf('open-folder')], what: 'Open a folder' },
  { keys: ['/'], what: 'Filter the library' },
  { keys: [keyOf('compare')], what: 'Compare the ticked documents' },
  { keys: ['N', 'P'], what: 'Next / previous change in a comparison' },
  { keys: [keyOf('next-change'), keyOf('previous-change')], what: 'Next / previous change in a comparison' },
  { keys: [keyOf('print')], what: 'Print the comparison as a report' },
  { keys: [keyOf('export-pdf')], what: 'Export the comparison report as PDF' },
  { keys: [keyOf('toggle-library')], what: 'Show or hide the library' },
  { keys: [keyOf('toggle-changes')], what: 'Show or hide the change list' },
  { keys: [keyOf('toggle-citation')], what: 'Show or hide the cited document' },
  { keys: ['Alt+←', 'Esc'], what: 'Back along the references followed / close the cited document or a pane shown over the view' },
  { keys: [keyOf('keyboard-help'), '?'], what: 'This list of keys' },
]

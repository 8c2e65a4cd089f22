import { formatIsoDate } from '../../core/text/dates'

/** "2020-11-10" → "10 Nov 2020"; no date → "—". */
export function formatDate(iso: string | null): string {
  return iso ? formatIsoDate(iso, 'short') : '—'
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`
}

const COMPACT = new Intl.NumberFormat('en', { notation: 'compact' })

/** A count in little room: in full below 10,000 ("9,999"), shortened above ("20K", "1.2M"); the full count goes in a title beside it. */
export function formatCountShort(count: number): string {
  return count < 10_000 ? count.toLocaleString('en') : COMPACT.format(count)
}

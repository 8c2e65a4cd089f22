import { formatIsoDate } from '../../core/text/dates'

/** "2020-11-10" → "10 Nov 2020"; no date → "—". */
export function formatDate(iso: string | null): string {
  return iso ? formatIsoDate(iso, 'short') : '—'
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "2020-11-10" → "10 Nov 2020". */
export function formatDate(iso: string | null): string {
  if (!iso) return '—'
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date)
}


export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`
}

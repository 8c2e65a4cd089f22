const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const MONTHS = MONTH_NAMES.map((month) => month.toLowerCase())

const MONTH_NAME = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`

/**
 * Between the month and the year: white space with an optional comma in it. Written
 * `(?:\s*,)?\s+`, not `\s*,?\s+`: two adjacent runs of white space split a long run in every
 * way before failing, which is quadratic in its length.
 */
const BEFORE_YEAR = String.raw`(?:\s*,)?\s+`
const DAY_MONTH_YEAR = new RegExp(`\\b([0-3]?\\d)(?:st|nd|rd|th)?\\s+${MONTH_NAME}${BEFORE_YEAR}(\\d{4})\\b`, 'i')
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+([0-3]?\\d)(?:st|nd|rd|th)?\\s*,\\s*(\\d{4})\\b`, 'i')
// File names join words with underscores, so the ISO form is bounded by non-digits, not \b.
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/

export interface FoundDate {
  /** yyyy-mm-dd */
  iso: string
  /** Offset of the date in the text searched. */
  start: number
}

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().replace('.', '').slice(0, 3)
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1
}

function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return null
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCMonth() !== month - 1) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Every date in one of the common forms, with the position where it starts. */
function candidates(text: string): FoundDate[] {
  const found: FoundDate[] = []
  const dmy = DAY_MONTH_YEAR.exec(text)
  if (dmy?.[1] && dmy[2] && dmy[3]) {
    const iso = toIso(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]))
    if (iso) found.push({ iso, start: dmy.index })
  }
  const mdy = MONTH_DAY_YEAR.exec(text)
  if (mdy?.[1] && mdy[2] && mdy[3]) {
    const iso = toIso(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]))
    if (iso) found.push({ iso, start: mdy.index })
  }
  const isoMatch = ISO_DATE.exec(text)
  if (isoMatch?.[1] && isoMatch[2] && isoMatch[3]) {
    const iso = toIso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]))
    if (iso) found.push({ iso, start: isoMatch.index })
  }
  return found
}

/** The first date written in the text: "10 November 2020", "November 10, 2020" or "2020-11-10". */
export function findFirstDate(text: string): FoundDate | null {
  const found = candidates(text)
  if (found.length === 0) return null
  return found.reduce((first, next) => (next.start < first.start ? next : first))
}

const DATE_AT = [
  { pattern: new RegExp(`([0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}${BEFORE_YEAR}(\\d{4})\\b`, 'iy'), order: 'dmy' },
  { pattern: new RegExp(`${MONTH_NAME}\\s+([0-3]?\\d)(?:st|nd|rd|th)?\\s*,\\s*(\\d{4})\\b`, 'iy'), order: 'mdy' },
  { pattern: /(\d{4})-(\d{2})-(\d{2})(?!\d)/y, order: 'ymd' },
] as const

/** A date written exactly at `index` in one of the common forms, and where it ends. */
export function dateAt(text: string, index: number): { iso: string; end: number } | null {
  for (const { pattern, order } of DATE_AT) {
    pattern.lastIndex = index
    const match = pattern.exec(text)
    if (!match) continue
    const [, a, b, c] = match as unknown as [string, string, string, string]
    const iso =
      order === 'dmy' ? toIso(Number(c), monthNumber(b), Number(a)) : order === 'mdy' ? toIso(Number(c), monthNumber(a), Number(b)) : toIso(Number(a), Number(b), Number(c))
    if (iso) return { iso, end: index + match[0].length }
  }
  return null
}


/** "2020-11-10" → "10 November 2020" (long) or "10 Nov 2020" (short); null → "undated". */
export function formatIsoDate(iso: string | null, style: 'long' | 'short' = 'long'): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  if (!match) return iso ?? 'undated'
  const month = MONTH_NAMES[Number(match[2]) - 1]
  if (!month) return iso!
  return `${Number(match[3])} ${style === 'long' ? month : month.slice(0, 3)} ${match[1]}`
}

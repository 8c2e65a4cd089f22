/**
 * A date as file metadata writes it, as yyyy-mm-dd: ISO 8601 ("2021-08-12T10:00:00+04:00",
 * "2021-08-12"), as some sites do ("2021/08/12"), or as a PDF does ("D:20201110123000+03'00'").
 * The day is the one written, in the publisher's own time zone. Null for anything else.
 */
export function declaredDateOf(value: string | null | undefined): string | null {
  const match = value ? /^\s*(?:D:)?(\d{4})[-/]?(\d{2})[-/]?(\d{2})/.exec(value) : null
  if (!match) return null
  const [, year, month, day] = match as unknown as [string, string, string, string]
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (Number(year) < 1000 || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null
  return `${year}-${month}-${day}`
}

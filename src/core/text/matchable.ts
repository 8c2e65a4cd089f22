/**
 * The text in lower case, offsets unchanged, for patterns written in lower case: a
 * case-insensitive Unicode pattern costs far more to compile (every letter class is closed over
 * case), and reading threads compile them afresh. Only the Turkish and Azerbaijani capital İ
 * lower-cases to two code units (i and a combining dot), so it is read as I first.
 */
export function lowerCase(text: string): string {
  return (text.includes('İ') ? text.replace(/İ/g, 'I') : text).toLowerCase()
}

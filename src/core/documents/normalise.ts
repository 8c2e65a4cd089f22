import { simplifiedHan } from '../languages/han-variants'

const EDGE_PUNCTUATION = /[\s.,;:!?()[\]-]/

/**
 * A name as names are compared: compatibility forms folded (full-width letters, ligatures), lower
 * case (the Turkish İ without its dot left over), ё as е, no quotation marks or apostrophes, one
 * kind of dash, single spaces, no punctuation at either end; traditional Han characters as
 * simplified ones, and Arabic alef with hamza or madda as bare alef (often left off in news).
 * "«Устав ООН»" → "устав оон", "《聯合國憲章》" → "联合国宪章".
 */
export function normaliseName(name: string): string {
  const folded = simplifiedHan(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/ё/g, 'е')
    .replace(/[«»“”„‟"'’‘‚`´「」『』《》〈〉]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
  // Trimmed by hand: a pattern anchored at the end would rescan every run of punctuation.
  let start = 0
  let end = folded.length
  while (start < end && EDGE_PUNCTUATION.test(folded[start]!)) start++
  while (end > start && EDGE_PUNCTUATION.test(folded[end - 1]!)) end--
  return folded.slice(start, end)
}

/**
 * Case and diacritics folding, so that "Türkiye", "TURKIYE" and "turkiye", "Ёлка" and "елка",
 * "élection" and "election" are one word to the search. Only the marks that decorate Latin,
 * Greek and Cyrillic letters (after decomposition) and Arabic vowel signs and tatweel are dropped:
 * the vowel signs of Thai or Devanagari, and the voicing marks of kana, are letters of the word.
 * Full-width forms become their usual forms (NFKC).
 */
function isDroppedMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640
}

export function foldWord(word: string): string {
  const decomposed = word.toLowerCase().normalize('NFKD')
  let folded = ''
  let kept = 0
  for (let i = 0; i < decomposed.length; i++) {
    if (!isDroppedMark(decomposed.charCodeAt(i))) continue
    folded += decomposed.slice(kept, i)
    kept = i + 1
  }
  folded += decomposed.slice(kept)
  // ß and the final sigma have no decomposition; ı (dotless i) folds to i so that Turkish and
  // transliterated spellings meet.
  return folded.normalize('NFC').replace(/ß/g, 'ss').replace(/ς/g, 'σ').replace(/ı/g, 'i')
}

/**
 * The endings Turkish and Azerbaijani put on a noun, chained: plural, possessive, case
 * ("maddə-lər-i-ni", "karar-ı-yla", "bəyanat-ın", "Şart-ı-nın"). Written as `foldWord` leaves
 * them ("ı" as "i"), and with every vowel of the harmonies, so a word is checked against the
 * set, not by rules: a few thousand short strings, built once.
 */
const PLURAL = ['', 'lar', 'ler', 'lər']
const POSSESSIVE = ['', 'i', 'u', 'ü', 'si', 'su', 'sü']
const CASE = [
  '',
  'in', 'un', 'ün', 'nin', 'nun', 'nün',
  'a', 'e', 'ə', 'ya', 'ye', 'yə', 'na', 'ne', 'nə',
  'da', 'de', 'də', 'ta', 'te', 'tə', 'nda', 'nde', 'ndə',
  'dan', 'den', 'dən', 'tan', 'ten', 'tən', 'ndan', 'nden', 'ndən',
  'i', 'u', 'ü', 'yi', 'yu', 'yü', 'ni', 'nu', 'nü',
  'la', 'le', 'lə', 'yla', 'yle', 'ylə', 'nla', 'nle', 'nlə',
  'ki', 'daki', 'deki', 'dəki', 'ndaki', 'ndeki', 'ndəki', 'nki',
]

export const TURKIC_SUFFIX_CHAINS: ReadonlySet<string> = new Set(PLURAL.flatMap((plural) => POSSESSIVE.flatMap((possessive) => CASE.map((ending) => plural + possessive + ending))))

import { franc } from 'franc'

/** The languages Communique reads references and documents in. */
export type LanguageCode = 'en' | 'ru' | 'uk' | 'fr' | 'es' | 'de' | 'ar' | 'zh' | 'az' | 'tr' | 'hy'

/** Each language with its English name, in the order the app lists them. */
export const LANGUAGES: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  ru: 'Russian',
  uk: 'Ukrainian',
  fr: 'French',
  es: 'Spanish',
  de: 'German',
  ar: 'Arabic',
  zh: 'Chinese',
  az: 'Azerbaijani',
  tr: 'Turkish',
  hy: 'Armenian',
}

/** Language-neutral document nouns: "заявление", "Statement", "bəyanat", "声明" → 'statement'. */
export type DocumentNoun =
  | 'statement' | 'declaration' | 'resolution' | 'charter' | 'treaty' | 'agreement' | 'convention'
  | 'protocol' | 'communique' | 'memorandum' | 'commentary' | 'decision' | 'report' | 'document' | 'accord' | 'act'
  | 'covenant' | 'constitution' | 'readout' | 'package' | 'application' | 'letter' | 'speech' | 'statute'

export function isLanguageCode(value: string): value is LanguageCode {
  return Object.hasOwn(LANGUAGES, value)
}

/** A declared language tag ("ru-RU", "az-Latn-AZ", "zh_CN", "arm") as one of ours, or null. */
export function languageFromTag(tag: string | null): LanguageCode | null {
  if (!tag) return null
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  const aliases: Record<string, LanguageCode> = { eng: 'en', rus: 'ru', ukr: 'uk', fra: 'fr', fre: 'fr', spa: 'es', deu: 'de', ger: 'de', ara: 'ar', zho: 'zh', chi: 'zh', aze: 'az', tur: 'tr', hye: 'hy', arm: 'hy' }
  if (isLanguageCode(primary)) return primary
  return aliases[primary] ?? null
}

/** franc's ISO 639-3 codes for the languages it tells apart by trigrams (Latin and Cyrillic scripts). */
const TRIGRAM_LANGUAGES: Record<string, LanguageCode> = { eng: 'en', rus: 'ru', ukr: 'uk', fra: 'fr', spa: 'es', deu: 'de', azj: 'az', tur: 'tr' }
const TRIGRAM_CODES = Object.keys(TRIGRAM_LANGUAGES)
/**
 * Languages in the same scripts that are not ours: on a long enough sample franc tells them from
 * ours reliably, so an Italian or Polish text is "another language", not Spanish or Russian.
 * Bulgarian is left out: franc takes some Russian passages for it.
 */
const OTHER_TRIGRAM_CODES = ['ita', 'por', 'nld', 'pol', 'ces', 'ron', 'hun', 'swe', 'bel', 'srp', 'kaz', 'uzn']
/** Letters from which the sample is long enough to tell our languages from the others. */
const MIN_LETTERS_FOR_OTHERS = 400

/** What the detector looks at: enough for trigrams to agree, little enough to stay cheap on any file. */
const SAMPLE_LENGTH = 600
/** Below this many letters a script says nothing reliable. */
const MIN_LETTERS = 12
/** Trigrams need more: on a heading or two ("Notes", "Deep page") franc's guess is noise. */
const MIN_TRIGRAM_LETTERS = 40

type Script = 'latin' | 'cyrillic' | 'armenian' | 'arabic' | 'han' | 'kana' | 'other'

function scriptOf(code: number): Script | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x2af && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) return 'latin'
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic'
  if ((code >= 0x531 && code <= 0x58a) || (code >= 0xfb13 && code <= 0xfb17)) return 'armenian'
  if ((code >= 0x600 && code <= 0x6ff && !(code >= 0x660 && code <= 0x669) && !(code >= 0x6f0 && code <= 0x6f9)) || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return 'arabic'
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x2ffff)) return 'han'
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af)) return 'kana'
  if (code > 0x2ff && /\p{L}/u.test(String.fromCodePoint(code))) return 'other'
  return null
}

/**
 * Letters Persian and Urdu write and Arabic does not (پ چ ژ گ): Arabic script that is not Arabic.
 * Not ک and ی: Arabic typed on a Persian keyboard has them too.
 */
const PERSIAN_LETTERS = new Set([0x67e, 0x686, 0x698, 0x6af])

/**
 * The language of a text, among the eleven: Armenian, Arabic and Chinese by their scripts (Arabic
 * script written with Persian letters, and Han with Japanese kana, are other languages); the
 * languages in Latin and Cyrillic letters by franc's trigrams, restricted to ours (and, on a long
 * sample, a few others in the same scripts). Null when the text is too short to tell, or in
 * another language or script.
 */
export function detectLanguage(text: string): LanguageCode | null {
  const sample = text.slice(0, SAMPLE_LENGTH)
  const counts: Record<Script, number> = { latin: 0, cyrillic: 0, armenian: 0, arabic: 0, han: 0, kana: 0, other: 0 }
  let persian = 0
  let letters = 0
  for (const character of sample) {
    const code = character.codePointAt(0)!
    const script = scriptOf(code)
    if (!script) continue
    counts[script]++
    letters++
    if (PERSIAN_LETTERS.has(code)) persian++
  }
  if (letters < MIN_LETTERS) return null
  const top = (Object.keys(counts) as Script[]).reduce((best, script) => (counts[script] > counts[best] ? script : best))
  switch (top) {
    case 'armenian':
      return 'hy'
    case 'arabic':
      return persian > counts.arabic * 0.01 ? null : 'ar'
    case 'han':
      return counts.kana > counts.han * 0.1 ? null : 'zh'
    case 'latin':
    case 'cyrillic': {
      if (letters < MIN_TRIGRAM_LETTERS) return null
      const only = letters >= MIN_LETTERS_FOR_OTHERS ? [...TRIGRAM_CODES, ...OTHER_TRIGRAM_CODES] : TRIGRAM_CODES
      const found = franc(sample, { only, minLength: MIN_LETTERS })
      return TRIGRAM_LANGUAGES[found] ?? null
    }
    default:
      return null
  }
}

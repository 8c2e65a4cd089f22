import { stemmer as arabic } from '@orama/stemmers/arabic'
import { stemmer as armenian } from '@orama/stemmers/armenian'
import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as french } from '@orama/stemmers/french'
import { stemmer as german } from '@orama/stemmers/german'
import { stemmer as russian } from '@orama/stemmers/russian'
import { stemmer as spanish } from '@orama/stemmers/spanish'
import { stemmer as turkish } from '@orama/stemmers/turkish'
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian'
import type { LanguageCode } from '../languages/language'

/**
 * Snowball stemmers (Orama's build of them) for the languages that have a well-kept one.
 * Azerbaijani and Chinese have none: their words are indexed as written (folded), and Chinese is
 * segmented into words instead.
 */
export const STEMMED_LANGUAGES = ['en', 'ru', 'uk', 'fr', 'es', 'de', 'ar', 'tr', 'hy'] as const satisfies readonly LanguageCode[]
export type StemmedLanguage = (typeof STEMMED_LANGUAGES)[number]

const STEMMERS: Record<StemmedLanguage, (word: string) => string> = {
  en: english, ru: russian, uk: ukrainian, fr: french, es: spanish, de: german, ar: arabic, tr: turkish, hy: armenian,
}

/** The languages whose stemmer may apply to a word, by the script of its first letter. */
const LATIN: StemmedLanguage[] = ['en', 'fr', 'es', 'de', 'tr']
const CYRILLIC: StemmedLanguage[] = ['ru', 'uk']
const ARABIC: StemmedLanguage[] = ['ar']
const ARMENIAN: StemmedLanguage[] = ['hy']

export function isStemmed(language: LanguageCode | null): language is StemmedLanguage {
  return language !== null && language in STEMMERS
}

/** The stem of a lower-cased word in a language (analyze.ts remembers the keys of words met). */
export function stem(word: string, language: StemmedLanguage): string {
  return STEMMERS[language](word)
}

/**
 * The languages a query word may be written in, by its script: a query carries no language, so
 * each of its words is looked up under every stem its script allows.
 */
export function languagesOfScript(word: string): readonly StemmedLanguage[] {
  const code = word.charCodeAt(0)
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) return LATIN
  if (code >= 0x400 && code <= 0x52f) return CYRILLIC
  if (code >= 0x530 && code <= 0x58f) return ARMENIAN
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f)) return ARABIC
  return []
}

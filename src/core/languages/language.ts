import { franc } from 'franc'

/**
 * The language-neutral concepts references are made of, and the shape of a language's tables.
 * Each language is a module of data (`en.ts`, `ru.ts`, …): which written words are unit words,
 * document nouns, ordinals, months, connectors…; the detector (src/core/references) reads any
 * language through these tables and a few grammar switches.
 */

export type LanguageCode = 'en' | 'ru' | 'uk' | 'fr' | 'es' | 'de' | 'ar' | 'zh' | 'az' | 'tr' | 'hy'

export const LANGUAGE_CODES: readonly LanguageCode[] = ['en', 'ru', 'uk', 'fr', 'es', 'de', 'ar', 'zh', 'az', 'tr', 'hy']

/** Structure units: "пункт", "point", "bənd", "կետ", "段" are all 'point'; "статья", "Article", "maddə", "条" are 'article'. */
export type UnitKind =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'paragraph'
  | 'point'
  | 'subparagraph'
  | 'clause'
  | 'annex'
  | 'rule'
  | 'operative paragraph'
  | 'preambular paragraph'

/**
 * One step of a unit path, outermost first: "paragraph 2 of Article 53" is [{article, [53]},
 * {paragraph, [2]}]. Numbers as written once normalised: digits of any script as ASCII digits,
 * number words and ordinals as digits ("sixth" → "6"), Roman numerals kept ("IV"), letters
 * without their brackets ("(b)" → "b"). A unit written without a number ("none of its points")
 * has no numbers.
 */
export interface UnitStep {
  kind: UnitKind
  numbers: string[]
}

/** What a document is called, whatever the language: "заявление", "déclaration", "bəyanat", "声明". */
export type DocumentNoun =
  | 'statement'
  | 'declaration'
  | 'resolution'
  | 'charter'
  | 'treaty'
  | 'agreement'
  | 'convention'
  | 'protocol'
  | 'communique'
  | 'memorandum'
  | 'commentary'
  | 'decision'
  | 'report'
  | 'document'
  | 'accord'
  | 'act'
  | 'covenant'
  | 'constitution'
  | 'readout'
  | 'package'
  | 'application'
  | 'letter'
  | 'speech'
  | 'rules'
  | 'law'
  | 'decree'
  | 'plan'
  | 'statute'

/** What a word is to the detector. One written word may be several things ("de": of; "der": the, of). */
export type Role =
  /** A unit word; `inner` ones ("Satz", "Nr.") only count inside a longer citation ("§ 3 Abs. 2 Satz 1"). */
  | { role: 'unit'; unit: UnitKind; inner?: true }
  /**
   * A document noun; a plural ("the statements") does not stand for one document alone, and a
   * word for a document's text ("text", "текст") gives way to the document named after it
   * ("the text of the Declaration"). `lowercase`: what the noun is when written without a
   * capital: Spanish "la Carta" is the Charter, "su carta" a letter.
   */
  | { role: 'noun'; noun: DocumentNoun; plural?: true; text?: true; lowercase?: DocumentNoun }
  /** "operative", "preambular", "التنفيذية": makes a paragraph operative or preambular. */
  | { role: 'operative'; unit: 'operative paragraph' | 'preambular paragraph' }
  | { role: 'ordinal'; value: number }
  | { role: 'cardinal'; value: number }
  /** Words that make a name of a document noun: "trilateral", "трехсторонний", "üçtərəfli" → 'trilateral'. */
  | { role: 'qualifier'; key: string }
  | { role: 'month'; month: number }
  /** A country (or its people, its leader's office) → its key: "России", "Armenia", "Azərbaycan" → 'russia'… */
  | { role: 'country'; key: string }
  | { role: Connector }

export type Connector =
  /** Between a unit and its document, or a noun and its name's tail: "of", "de", "des", "من". */
  | 'of'
  /** Between numbers of a list: "and", "и", "və", "、". */
  | 'and'
  /** Between the ends of a range: "to", "through", "bis", "по". */
  | 'to'
  /** Articles: "the", "la", "der"; they start a designation. */
  | 'the'
  /** Possessives that point to a document just named or the speaker's own: "its", "son", "свой". */
  | 'its'
  /** The citing document itself: "present", "настоящий", "présent", "işbu", "本". */
  | 'self'
  /** Indefinite articles: "a statement" is seldom one document. */
  | 'indefinite'
  /** Demonstratives: "this", "этот", "bu", "այս", "هذا", "该". */
  | 'this'
  /** Back pointers: "said", "указанный", "ledit", "həmin", "söz konusu". */
  | 'said'
  /** After a unit, the citing document itself: "above", "below", "выше", "ci-dessus". */
  | 'above'
  /** Before a date: "dated", "of", "от", "vom", "tarixli", "بتاريخ". */
  | 'dated'
  /** After a year: "года", "г.", "року", "il", "yılı", "թվականի", "年". */
  | 'year'
  /** Before or after a document's number: "No.", "№", "رقم", "sayılı", "号". */
  | 'numero'
  /** "leaders", "лидеров", "presidents": introduces the parties. */
  | 'leaders'
  /** "signed", "adopted", "подписанное": a participle between a document and its date or parties. */
  | 'signed'
  /** "between", "между", "arasında". */
  | 'between'
  /** What a document is about: "on", "о", "по", "про", "sur", "sobre", "über", "حول", "haqqında". */
  | 'about'
  /** Words that stand inside names without capitals: "United Nations", "Security Council" in Arabic, "ООН". */
  | 'name'
  /** Quantifiers that may stand between a document and its unit word: "all", "one of", "բոլոր", "մի". */
  | 'quantifier'
  /** Verbs that make a new document, before a bare noun: "сделало заявление", "виступив із заявою". */
  | 'issued'

export interface LanguageTable {
  code: LanguageCode
  /** Written forms (lower case, as `foldWord` leaves them) and what each is. */
  words: [forms: readonly string[], role: Role][]
  /** Endings after a number that make it an ordinal: "6-м", "4-cü", "6-րդ", "4th", "51’inci". */
  ordinalSuffixes: readonly string[]
  /** "51." before a unit word is an ordinal ("51. maddesi", "im 2. Absatz"). */
  dotOrdinals: boolean
  /** The document is written before its units ("Bəyanatın 9-cu bəndi", "宪章第51条"). */
  documentBeforeUnits: boolean
  /** A plain number before a singular unit word cites it when a document follows ("9 пункта Заявления"). */
  numberBeforeUnit: boolean
  /** A document noun right after a unit, without a connector, is its document ("пункта 9 Заявления"). */
  genitiveAfterUnit: boolean
  /** A date may stand before a document noun as part of its designation ("the November 9 statement", "10 noyabr tarixli bəyanat"). */
  datesBeforeNoun: boolean
  /** Names are written with capitals (not Arabic, not Chinese). */
  capitalisedNames: boolean
  /**
   * Agglutinating languages (Turkish, Azerbaijani): stems whose endings are not listed but
   * checked against `suffixChains` ("maddesinin" = "madde" + "sinin").
   */
  stems?: [stems: readonly string[], role: Role][]
  suffixChains?: ReadonlySet<string>
}

/** A noun's singular and plural forms from its stems and the two sets of endings: plurals are marked. */
export function nounForms(stems: readonly string[], endings: readonly [readonly string[], readonly string[]], noun: DocumentNoun): [string[], Role][] {
  return [
    [inflect(stems, endings[0]), { role: 'noun', noun }],
    [inflect(stems, endings[1]), { role: 'noun', noun, plural: true }],
  ]
}

/** Every form of each stem with each ending: inflect(['пункт'], ['', 'а']) → пункт, пункта. */
export function inflect(stems: readonly string[], endings: readonly string[]): string[] {
  return stems.flatMap((stem) => endings.map((ending) => stem + ending))
}

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

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

/** What a word is to the detector. One written word may be several things ("de": of; "der": the, of). */
export type Role =
  /** A unit word; `inner` ones ("Satz", "Nr.") only count inside a longer citation ("§ 3 Abs. 2 Satz 1"). */
  | { role: 'unit'; unit: UnitKind; inner?: true }
  /**
   * A document noun; a plural ("the statements") does not stand for one document alone, and a
   * word for a document's text ("text", "текст") gives way to the document named after it
   * ("the text of the Declaration").
   */
  | { role: 'noun'; noun: DocumentNoun; plural?: true; text?: true }
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

import { lowerCase } from '../text/matchable'

/**
 * Countries as documents name them, in the eleven languages, by a canonical key. Each form is the
 * start of a word, so that inflected forms and adjectives match too ("Азербайджанской",
 * "Azerbaijani", "Ermənistanın").
 */
const COUNTRY_FORMS: Readonly<Record<string, readonly string[]>> = {
  azerbaijan: ['azerbaijan', 'азербайджан', 'azerbaïdjan', 'azerbaidjan', 'azerbaiyán', 'azerbaiyan', 'aserbaidschan', 'azərbaycan', 'azerbaycan', 'ադրբեջան', 'أذربيجان', 'اذربيجان', '阿塞拜疆'],
  armenia: ['armenia', 'армени', 'армян', 'вірмен', 'arméni', 'armeni', 'ermənistan', 'ermenistan', 'հայաստան', 'أرمينيا', 'ارمينيا', '亚美尼亚'],
  russia: ['russia', 'russian federation', 'росси', 'російськ', 'росія', 'росії', 'russie', 'rusia', 'russland', 'russisch', 'rusiya', 'rusya', 'ռուսաստան', 'روسيا', '俄罗斯'],
  'united-states': ['united states', 'usa', 'u.s.', 'сша', 'соединенных штатов', 'соединённых штатов', 'сполучених штатів', 'états-unis', 'etats-unis', 'estados unidos', 'vereinigte staaten', 'vereinigten staaten', 'abş', 'amerika birləşmiş ştatları', 'abd', 'amerika birleşik devletleri', 'ամն', 'ամերիկայի միացյալ նահանգներ', 'الولايات المتحدة', '美国', '美利坚合众国'],
  turkey: ['turkey', 'türkiye', 'turkish', 'турци', 'турецк', 'туреччин', 'турецьк', 'turquie', 'turquía', 'turquia', 'türkei', 'türkiyə', 'թուրքիա', 'تركيا', '土耳其'],
  ukraine: ['ukrain', 'украин', 'україн', 'ucrania', 'ukrayna', 'ուկրաինա', 'أوكرانيا', '乌克兰'],
  france: ['france', 'french republic', 'франци', 'франці', 'francia', 'frankreich', 'fransa', 'ֆրանսիա', 'فرنسا', '法国'],
  germany: ['germany', 'германи', 'німеччин', 'allemagne', 'alemania', 'deutschland', 'almaniya', 'almanya', 'գերմանիա', 'ألمانيا', '德国'],
  georgia: ['georgia', 'грузи', 'грузі', 'géorgie', 'gürcüstan', 'gürcistan', 'վրաստան', 'جورجيا', '格鲁吉亚'],
  iran: ['iran', 'иран', 'іран', 'irán', 'իրան', 'إيران', '伊朗'],
  china: ['china', "people's republic of china", 'китай', 'китая', 'chine', 'çin', 'չինաստան', 'الصين', '中国', '中华人民共和国'],
  'united-kingdom': ['united kingdom', 'великобритани', 'сполучене королівство', 'royaume-uni', 'reino unido', 'vereinigtes königreich', 'birləşmiş krallıq', 'birleşik krallık', 'միացյալ թագավորություն', 'المملكة المتحدة', '英国'],
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * One pattern per country. Han has no word starts, and Arabic joins its conjunctions and
 * prepositions to the word ("وأرمينيا"): those forms stand anywhere; the others start a word, and
 * abbreviations ("USA", "ABŞ") are whole words, so "usage" is not the United States. One
 * boundary per pattern: every letter class costs its compilation in each reading thread.
 */
function countryPattern(forms: readonly string[]): RegExp {
  const anywhere = forms.filter((form) => /\p{Script=Han}|\p{Script=Arabic}/u.test(form)).map(escape)
  const words = forms.filter((form) => !anywhere.includes(escape(form)))
  const starts = words.filter((form) => form.length > 4).map(escape)
  const whole = words.filter((form) => form.length <= 4).map(escape)
  const inWords = [...starts, ...(whole.length > 0 ? [`(?:${whole.join('|')})(?![\\p{L}\\p{M}])`] : [])]
  return new RegExp([`(?<![\\p{L}\\p{M}])(?:${inWords.join('|')})`, ...anywhere].join('|'), 'gu')
}

const COUNTRY_PATTERNS = Object.entries(COUNTRY_FORMS).map(([key, forms]) => ({ key, pattern: countryPattern(forms) }))

export interface CountryMention {
  key: string
  start: number
  end: number
}

/** Every country named in the text, in order. */
export function countriesIn(text: string): CountryMention[] {
  const found: CountryMention[] = []
  const searchable = lowerCase(text)
  for (const { key, pattern } of COUNTRY_PATTERNS) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(searchable); match; match = pattern.exec(searchable)) found.push({ key, start: match.index, end: match.index + match[0].length })
  }
  return found.sort((a, b) => a.start - b.start)
}

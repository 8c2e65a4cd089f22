import type { LanguageCode } from '../languages/language'

/**
 * Month names as dates write them, by language, January first; lower case, each form a document
 * may use (Russian and Ukrainian genitive and nominative, Armenian with and without its genitive
 * -ի, Arabic in the Egyptian and the Levantine series, abbreviations).
 */
export const MONTHS: Readonly<Record<Exclude<LanguageCode, 'zh'>, readonly (readonly string[])[]>> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  ru: [
    ['января', 'январь', 'янв'], ['февраля', 'февраль', 'февр', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
    ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сент', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'нояб', 'ноя'], ['декабря', 'декабрь', 'дек'],
  ],
  uk: [
    ['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'],
    ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr'], ['mars'], ['avril'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc'],
  ],
  es: [
    ['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'],
    ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre'],
  ],
  de: [
    ['januar', 'jänner'], ['februar', 'feber'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember'],
  ],
  az: [
    ['yanvar'], ['fevral'], ['mart'], ['aprel'], ['may'], ['iyun'],
    ['iyul'], ['avqust'], ['sentyabr'], ['oktyabr'], ['noyabr'], ['dekabr'],
  ],
  tr: [
    ['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'],
    ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik'],
  ],
  hy: [
    ['հունվարի', 'հունվար'], ['փետրվարի', 'փետրվար'], ['մարտի', 'մարտ'], ['ապրիլի', 'ապրիլ'], ['մայիսի', 'մայիս'], ['հունիսի', 'հունիս'],
    ['հուլիսի', 'հուլիս'], ['օգոստոսի', 'օգոստոս'], ['սեպտեմբերի', 'սեպտեմբեր'], ['հոկտեմբերի', 'հոկտեմբեր'], ['նոյեմբերի', 'նոյեմբեր'], ['դեկտեմբերի', 'դեկտեմբեր'],
  ],
  ar: [
    ['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'إبريل', 'نيسان'],
    ['مايو', 'أيار'], ['يونيو', 'يونيه', 'حزيران'], ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'اغسطس', 'آب'],
    ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول'],
  ],
}

/** English ordinal words, first to thirty-first, as "Done at … the fourth day of April, 1949" writes the day. */
export const ENGLISH_ORDINAL_DAYS: readonly string[] = (() => {
  const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']
  return [...units, ...teens, 'twentieth', ...units.map((unit) => `twenty-${unit}`), 'thirtieth', 'thirty-first']
})()

/**
 * Words that open a signing or adoption clause, whose date is the document's own: "Done at
 * Washington …", "Resolution adopted by the General Assembly on …", "Совершено в городе Москве …".
 * Lower case; matched at a word start.
 */
export const SIGNATURE_WORDS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['done at', 'done in', 'signed at', 'signed in', 'signed on', 'adopted by', 'adopted at', 'adopted on', 'resolution adopted', 'issued on', 'issued at'],
  ru: ['совершено', 'подписано', 'подписана', 'подписан', 'принята', 'принято', 'принят', 'составлено'],
  uk: ['вчинено', 'учинено', 'підписано', 'підписана', 'ухвалено', 'ухвалена', 'прийнято', 'прийнята'],
  fr: ['fait à', 'fait a', 'signé à', 'signée à', 'adopté', 'adoptée'],
  es: ['hecho en', 'firmado en', 'firmada en', 'aprobada', 'aprobado', 'adoptada', 'adoptado'],
  de: ['geschehen zu', 'geschehen in', 'unterzeichnet', 'angenommen', 'verabschiedet'],
  az: ['imzalanmışdır', 'imzalanıb', 'qəbul edilmişdir', 'qəbul edilib', 'tərtib edilmişdir', 'bağlanmışdır'],
  tr: ['imzalanmıştır', 'imzalandı', 'kabul edilmiştir', 'kabul edildi', 'akdedilmiştir', 'düzenlenmiştir'],
  hy: ['ստորագրված', 'ստորագրվել', 'կատարված', 'ընդունված', 'ընդունվել', 'կնքված'],
  ar: ['حرر في', 'حررت في', 'وقع في', 'وقعت في', 'اعتمد', 'اعتمدته', 'اتخذته', 'اتخذه'],
  zh: ['签订于', '订于', '签署于', '签署', '通过', '订立'],
}

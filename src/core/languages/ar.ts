import type { LanguageTable, Role } from './language'

/**
 * Arabic words are written here bare, as `foldWord` leaves them (one alef, one yeh, no vowel
 * marks): the lexicon reads the article "ال" and the clitics "و", "ف", "ب", "ل" off a word
 * before looking it up, and a possessive ending ("مادته": its article).
 */
const words = (forms: string[], role: Role): [string[], Role] => [forms, role]

const ORDINALS = [
  ['اول', 'اولي'], ['ثاني', 'ثانية'], ['ثالث', 'ثالثة'], ['رابع', 'رابعة'], ['خامس', 'خامسة'], ['سادس', 'سادسة'],
  ['سابع', 'سابعة'], ['ثامن', 'ثامنة'], ['تاسع', 'تاسعة'], ['عاشر', 'عاشرة'],
]
const MONTHS = [
  ['يناير', 'كانون'], ['فبراير', 'شباط'], ['مارس', 'اذار'], ['ابريل', 'نيسان'], ['مايو', 'ايار'], ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'], ['اغسطس', 'اب'], ['سبتمبر', 'ايلول'], ['اكتوبر', 'تشرين'], ['نوفمبر'], ['ديسمبر'],
]

export const ar: LanguageTable = {
  code: 'ar',
  words: [
    words(['مادة', 'مواد'], { role: 'unit', unit: 'article' }),
    words(['فقرة', 'فقرات'], { role: 'unit', unit: 'paragraph' }),
    words(['بند', 'بنود'], { role: 'unit', unit: 'paragraph' }),
    words(['فصل', 'فصول'], { role: 'unit', unit: 'chapter' }),
    words(['قسم'], { role: 'unit', unit: 'section' }),
    words(['جزء', 'باب'], { role: 'unit', unit: 'part' }),
    words(['مرفق', 'ملحق'], { role: 'unit', unit: 'annex' }),
    words(['قاعدة'], { role: 'unit', unit: 'rule' }),
    words(['تنفيذية', 'تنفيذي', 'تشغيلي', 'تشغيلية'], { role: 'operative', unit: 'operative paragraph' }),
    words(['ديباجة'], { role: 'operative', unit: 'preambular paragraph' }),

    words(['بيان'], { role: 'noun', noun: 'statement' }),
    words(['بيانات'], { role: 'noun', noun: 'statement', plural: true }),
    words(['اعلان'], { role: 'noun', noun: 'declaration' }),
    words(['قرار'], { role: 'noun', noun: 'resolution' }),
    words(['قرارات'], { role: 'noun', noun: 'resolution', plural: true }),
    words(['ميثاق'], { role: 'noun', noun: 'charter' }),
    words(['معاهدة'], { role: 'noun', noun: 'treaty' }),
    words(['معاهدات'], { role: 'noun', noun: 'treaty', plural: true }),
    words(['اتفاق', 'اتفاقية'], { role: 'noun', noun: 'agreement' }),
    words(['اتفاقات', 'اتفاقيات'], { role: 'noun', noun: 'agreement', plural: true }),
    words(['بروتوكول'], { role: 'noun', noun: 'protocol' }),
    words(['مذكرة'], { role: 'noun', noun: 'memorandum' }),
    words(['وثيقة'], { role: 'noun', noun: 'document' }),
    words(['وثائق'], { role: 'noun', noun: 'document', plural: true }),
    words(['تقرير'], { role: 'noun', noun: 'report' }),
    words(['رسالة', 'خطاب'], { role: 'noun', noun: 'letter' }),
    words(['دستور'], { role: 'noun', noun: 'constitution' }),
    words(['عهد'], { role: 'noun', noun: 'covenant' }),
    words(['مرسوم'], { role: 'noun', noun: 'decree' }),
    words(['خطة'], { role: 'noun', noun: 'plan' }),

    words(['ثلاثي', 'ثلاثية'], { role: 'qualifier', key: 'trilateral' }),
    words(['مشترك', 'مشتركة'], { role: 'qualifier', key: 'joint' }),
    words(['نووي'], { role: 'qualifier', key: 'nuclear' }),
    words(['اممي', 'اممية'], { role: 'qualifier', key: 'un' }),
    words(['امم', 'متحدة', 'مجلس', 'امن', 'جمعية', 'عامة'], { role: 'name' }),

    ...MONTHS.map((forms, index): [string[], Role] => [forms, { role: 'month', month: index + 1 }]),
    ...ORDINALS.map((forms, index): [string[], Role] => [forms, { role: 'ordinal', value: index + 1 }]),

    words(['من', 'في'], { role: 'of' }),
    words(['او'], { role: 'and' }),
    words(['الي', 'حتي'], { role: 'to' }),
    words(['هذا', 'هذه', 'ذلك', 'تلك'], { role: 'this' }),
    words(['مذكور', 'مذكورة', 'سالف'], { role: 'said' }),
    words(['اعلاه'], { role: 'above' }),
    words(['تاريخ', 'مؤرخ', 'مؤرخة'], { role: 'dated' }),
    words(['عام', 'سنة'], { role: 'year' }),
    words(['رقم'], { role: 'numero' }),
    words(['قادة', 'رؤساء', 'وزراء'], { role: 'leaders' }),
    words(['موقع', 'موقعة', 'معتمد', 'معتمدة'], { role: 'signed' }),
    words(['بين'], { role: 'between' }),
    words(['حول', 'بشان'], { role: 'about' }),
    words(['جميع', 'كل'], { role: 'quantifier' }),

    words(['روسيا'], { role: 'country', key: 'russia' }),
    words(['ارمينيا'], { role: 'country', key: 'armenia' }),
    words(['اذربيجان'], { role: 'country', key: 'azerbaijan' }),
    words(['ايران'], { role: 'country', key: 'iran' }),
    words(['صين'], { role: 'country', key: 'china' }),
  ],
  ordinalSuffixes: [],
  dotOrdinals: false,
  documentBeforeUnits: false,
  numberBeforeUnit: false,
  genitiveAfterUnit: false,
  datesBeforeNoun: false,
  capitalisedNames: false,
}

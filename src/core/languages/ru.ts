import { inflect, nounForms, type LanguageTable, type Role } from './language'

/** Endings of hard masculine nouns ("пункт"), neuter nouns in -ие ("заявление"), feminine nouns in -ия, -а, -ь. */
const MASCULINE = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']
const NEUTER_IE = ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях']
const FEMININE_A = ['а', 'ы', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах']
const FEMININE_SOFT = ['ь', 'и', 'ью', 'ей', 'ям', 'ями', 'ях']
/** The same endings split into singular and plural, for document nouns (a form that is both counts as singular). */
const MASCULINE_NUMBERS = [['', 'а', 'у', 'ом', 'е'], ['ы', 'ов', 'ам', 'ами', 'ах']] as const
const NEUTER_IE_NUMBERS = [['е', 'я', 'ю', 'ем', 'и'], ['й', 'ям', 'ями', 'ях']] as const
const FEMININE_IA_NUMBERS = [['я', 'и', 'ю', 'ей', 'ею'], ['й', 'ям', 'ями', 'ях']] as const
const FEMININE_SOFT_NUMBERS = [['ь', 'и', 'ью'], ['ей', 'ям', 'ями', 'ях']] as const
/** Adjective endings, hard and soft: qualifiers and ordinals. */
const ADJECTIVE = ['ый', 'ий', 'ой', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими', 'ей']

const noun = (forms: string[], role: Role): [string[], Role] => [forms, role]

const ORDINAL_STEMS = ['перв', 'втор', '', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат', 'тринадцат',
  'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат']
const THIRD = ['третий', 'третьего', 'третьему', 'третьим', 'третьем', 'третья', 'третьей', 'третью', 'третье', 'третьи', 'третьих', 'третьими']
const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр']

export const ru: LanguageTable = {
  code: 'ru',
  words: [
    noun(inflect(['пункт'], MASCULINE), { role: 'unit', unit: 'point' }),
    noun(['п'], { role: 'unit', unit: 'point' }),
    noun(inflect(['подпункт'], MASCULINE), { role: 'unit', unit: 'subparagraph' }),
    noun(['пп'], { role: 'unit', unit: 'subparagraph' }),
    noun(['статья', 'статьи', 'статье', 'статью', 'статьей', 'статей', 'статьям', 'статьями', 'статьях', 'ст'], { role: 'unit', unit: 'article' }),
    noun(inflect(['глав'], FEMININE_A), { role: 'unit', unit: 'chapter' }),
    noun(['гл'], { role: 'unit', unit: 'chapter' }),
    noun(inflect(['раздел'], MASCULINE), { role: 'unit', unit: 'section' }),
    noun(inflect(['част'], FEMININE_SOFT), { role: 'unit', unit: 'part' }),
    noun(inflect(['абзац', 'параграф'], MASCULINE), { role: 'unit', unit: 'paragraph' }),
    noun(inflect(['приложени'], NEUTER_IE), { role: 'unit', unit: 'annex' }),
    noun(inflect(['положени'], NEUTER_IE), { role: 'unit', unit: 'clause' }),
    noun(inflect(['правил'], ['о', 'а', 'у', 'ом', 'е', '', 'ам', 'ами', 'ах']), { role: 'unit', unit: 'rule' }),
    noun(inflect(['постановляющ'], ADJECTIVE), { role: 'operative', unit: 'operative paragraph' }),
    noun(inflect(['преамбульн'], ADJECTIVE), { role: 'operative', unit: 'preambular paragraph' }),

    ...nounForms(['заявлени'], NEUTER_IE_NUMBERS, 'statement'),
    ...nounForms(['декларац'], [FEMININE_IA_NUMBERS[0].map((ending) => `и${ending}`), FEMININE_IA_NUMBERS[1].map((ending) => `и${ending}`)], 'declaration'),
    ...nounForms(['резолюци'], FEMININE_IA_NUMBERS, 'resolution'),
    ...nounForms(['устав'], MASCULINE_NUMBERS, 'charter'),
    ...nounForms(['договор'], MASCULINE_NUMBERS, 'treaty'),
    ...nounForms(['соглашени'], NEUTER_IE_NUMBERS, 'agreement'),
    ...nounForms(['договоренност'], FEMININE_SOFT_NUMBERS, 'agreement'),
    ...nounForms(['конвенци'], FEMININE_IA_NUMBERS, 'convention'),
    ...nounForms(['протокол'], MASCULINE_NUMBERS, 'protocol'),
    noun(['коммюнике'], { role: 'noun', noun: 'communique' }),
    ...nounForms(['меморандум'], MASCULINE_NUMBERS, 'memorandum'),
    ...nounForms(['документ'], MASCULINE_NUMBERS, 'document'),
    noun(inflect(['текст'], MASCULINE_NUMBERS[0]), { role: 'noun', noun: 'document', text: true }),
    ...nounForms(['доклад'], MASCULINE_NUMBERS, 'report'),
    ...nounForms(['решени'], NEUTER_IE_NUMBERS, 'decision'),
    ...nounForms(['пакт'], MASCULINE_NUMBERS, 'covenant'),
    ...nounForms(['акт'], MASCULINE_NUMBERS, 'act'),
    ...nounForms(['конституци'], FEMININE_IA_NUMBERS, 'constitution'),
    ...nounForms(['закон'], MASCULINE_NUMBERS, 'law'),
    ...nounForms(['указ'], MASCULINE_NUMBERS, 'decree'),
    ...nounForms(['комплекс'], MASCULINE_NUMBERS, 'package'),
    ...nounForms(['план'], MASCULINE_NUMBERS, 'plan'),
    noun(inflect(['письм'], ['о', 'а', 'у', 'ом', 'е']), { role: 'noun', noun: 'letter' }),

    noun(inflect(['трехсторонн'], ADJECTIVE), { role: 'qualifier', key: 'trilateral' }),
    noun(inflect(['двусторонн'], ADJECTIVE), { role: 'qualifier', key: 'bilateral' }),
    noun(inflect(['совместн'], ADJECTIVE), { role: 'qualifier', key: 'joint' }),
    noun(inflect(['заключительн', 'итогов'], ADJECTIVE), { role: 'qualifier', key: 'final' }),
    noun(inflect(['мирн'], ADJECTIVE), { role: 'qualifier', key: 'peace' }),
    noun(inflect(['минск'], ADJECTIVE), { role: 'qualifier', key: 'minsk' }),
    noun(inflect(['вашингтонск'], ADJECTIVE), { role: 'qualifier', key: 'washington' }),
    noun(['оон'], { role: 'qualifier', key: 'un' }),
    noun(['нато'], { role: 'qualifier', key: 'nato' }),
    noun(['организации', 'объединенных', 'наций', 'совета', 'безопасности', 'генеральной', 'ассамблеи'], { role: 'name' }),

    ...MONTHS.map((stem, index): [string[], Role] => [
      index === 4 ? ['май', 'мая', 'мае'] : index === 2 || index === 7 ? inflect([stem], ['', 'а', 'е']) : inflect([stem], ['ь', 'я', 'е']),
      { role: 'month', month: index + 1 },
    ]),
    ...ORDINAL_STEMS.map((stem, index): [string[], Role] => [index === 2 ? THIRD : inflect([stem], ADJECTIVE), { role: 'ordinal', value: index + 1 }]),

    noun(['в', 'во', 'из'], { role: 'of' }),
    noun(['и', 'или'], { role: 'and' }),
    noun(['по'], { role: 'to' }),
    noun(['свой', 'своего', 'своему', 'своим', 'своем', 'своя', 'своей', 'свою', 'свое', 'свои', 'своих', 'своими', 'его', 'ее', 'их'], { role: 'its' }),
    noun(inflect(['настоящ'], ADJECTIVE), { role: 'self' }),
    // "же" after a demonstrative ("эта же статья", "в том же документе"): the same one.
    noun(['этот', 'этого', 'этому', 'этим', 'этом', 'эта', 'этой', 'эту', 'это', 'эти', 'этих', 'этими', 'же'], { role: 'this' }),
    noun(inflect(['указанн', 'вышеуказанн', 'упомянут', 'вышеупомянут', 'вышеназванн', 'данн', 'названн'], ADJECTIVE), { role: 'said' }),
    noun(['выше', 'ниже'], { role: 'above' }),
    noun(['от'], { role: 'dated' }),
    noun(['года', 'год', 'году', 'г', 'гг'], { role: 'year' }),
    noun(['№', 'n'], { role: 'numero' }),
    noun(['лидеров', 'лидерами', 'лидеры', 'глав', 'главами', 'президентов', 'президентами', 'руководителей', 'руководителями'], { role: 'leaders' }),
    noun(inflect(['подписанн', 'принят', 'заключенн', 'достигнут', 'выработанн'], ADJECTIVE), { role: 'signed' }),
    noun(['между'], { role: 'between' }),
    noun(['о', 'об', 'по'], { role: 'about' }),
    noun(inflect(['сделал', 'выступил', 'распространил', 'опубликовал', 'обнародовал', 'выпустил'], ['', 'а', 'о', 'и']), { role: 'issued' }),
    noun(['все', 'всех', 'всем', 'всеми', 'ни', 'один', 'одного', 'одном'], { role: 'quantifier' }),

    noun(['россия', 'россии', 'россией', 'россию', 'рф', 'российской', 'федерации', 'российская', 'федерация'], { role: 'country', key: 'russia' }),
    noun(['армения', 'армении', 'арменией', 'армению'], { role: 'country', key: 'armenia' }),
    noun(inflect(['азербайджан'], MASCULINE), { role: 'country', key: 'azerbaijan' }),
    noun(['украина', 'украины', 'украине', 'украиной', 'украину'], { role: 'country', key: 'ukraine' }),
    noun(['франция', 'франции', 'францией'], { role: 'country', key: 'france' }),
    noun(['германия', 'германии', 'германией'], { role: 'country', key: 'germany' }),
    noun(['турция', 'турции', 'турцией'], { role: 'country', key: 'turkey' }),
    noun(inflect(['иран'], MASCULINE), { role: 'country', key: 'iran' }),
    noun(inflect(['кита'], ['й', 'я', 'ю', 'ем', 'е']), { role: 'country', key: 'china' }),
  ],
  ordinalSuffixes: ['й', 'го', 'м', 'му', 'я', 'е', 'ю', 'ом', 'ой', 'ая', 'ый', 'ий', 'ого', 'ему', 'ым'],
  dotOrdinals: false,
  documentBeforeUnits: false,
  numberBeforeUnit: true,
  genitiveAfterUnit: true,
  datesBeforeNoun: false,
  capitalisedNames: true,
}

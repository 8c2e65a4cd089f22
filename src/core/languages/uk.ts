import { inflect, nounForms, type LanguageTable, type Role } from './language'

const MASCULINE = ['', 'у', 'а', 'ом', 'і', 'ові', 'и', 'ів', 'ам', 'ами', 'ах']
const FEMININE_A = ['а', 'и', 'і', 'у', 'ою', '', 'ам', 'ами', 'ах']
/** The same endings split into singular and plural, for document nouns (a form that is both counts as singular). */
const MASCULINE_NUMBERS = [['', 'у', 'а', 'ом', 'і', 'ові'], ['и', 'ів', 'ам', 'ами', 'ах']] as const
const FEMININE_A_NUMBERS = [['а', 'и', 'і', 'у', 'ою'], ['', 'ам', 'ами', 'ах']] as const
const FEMININE_IA_NUMBERS = [['ія', 'ії', 'ію', 'ією'], ['ій', 'іям', 'іями', 'іях']] as const
const ADJECTIVE = ['ий', 'ій', 'ого', 'ього', 'ому', 'ьому', 'им', 'ім', 'а', 'я', 'ої', 'ьої', 'у', 'ю', 'ою', 'ьою', 'е', 'є', 'і', 'их', 'іх', 'ими', 'іми']

const words = (forms: string[], role: Role): [string[], Role] => [forms, role]

const ORDINAL_STEMS = ['перш', 'друг', '', 'четверт', 'пят', 'шост', 'сьом', 'восьм', 'девят', 'десят', 'одинадцят', 'дванадцят']
const THIRD = ['третій', 'третього', 'третьому', 'третім', 'третя', 'третьої', 'третю', 'третьою', 'третє', 'треті', 'третіх']
const MONTHS = [
  ['січень', 'січня'], ['лютий', 'лютого'], ['березень', 'березня'], ['квітень', 'квітня'], ['травень', 'травня'], ['червень', 'червня'],
  ['липень', 'липня'], ['серпень', 'серпня'], ['вересень', 'вересня'], ['жовтень', 'жовтня'], ['листопад', 'листопада'], ['грудень', 'грудня'],
]

export const uk: LanguageTable = {
  code: 'uk',
  words: [
    words(inflect(['пункт'], MASCULINE), { role: 'unit', unit: 'point' }),
    words(['п'], { role: 'unit', unit: 'point' }),
    words(inflect(['підпункт'], MASCULINE), { role: 'unit', unit: 'subparagraph' }),
    words(['стаття', 'статті', 'статтю', 'статтею', 'статей', 'статтям', 'статтями', 'статтях', 'ст'], { role: 'unit', unit: 'article' }),
    words([...inflect(['розділ'], MASCULINE), ...inflect(['глав'], FEMININE_A)], { role: 'unit', unit: 'chapter' }),
    words(inflect(['частин'], FEMININE_A), { role: 'unit', unit: 'part' }),
    words(inflect(['абзац', 'параграф'], MASCULINE), { role: 'unit', unit: 'paragraph' }),
    words(['додаток', 'додатка', 'додатку', 'додатком', 'додатки', 'додатків'], { role: 'unit', unit: 'annex' }),
    words(['положення', 'положенню', 'положенням', 'положеннях', 'положень', 'положеннями'], { role: 'unit', unit: 'clause' }),
    words(inflect(['правил'], ['о', 'а', 'у', 'ом', 'і', '', 'ам', 'ами', 'ах']), { role: 'unit', unit: 'rule' }),
    words(inflect(['постановч'], ADJECTIVE), { role: 'operative', unit: 'operative paragraph' }),

    ...nounForms(['заяв'], FEMININE_A_NUMBERS, 'statement'),
    ...nounForms(['декларац'], FEMININE_IA_NUMBERS, 'declaration'),
    ...nounForms(['резолюц'], FEMININE_IA_NUMBERS, 'resolution'),
    ...nounForms(['статут'], MASCULINE_NUMBERS, 'charter'),
    words(['договір', 'договору', 'договором', 'договорі'], { role: 'noun', noun: 'treaty' }),
    words(['договори', 'договорів', 'договорам', 'договорами', 'договорах'], { role: 'noun', noun: 'treaty', plural: true }),
    ...nounForms(['угод'], FEMININE_A_NUMBERS, 'agreement'),
    words(['домовленість', 'домовленістю', 'домовленості'], { role: 'noun', noun: 'agreement' }),
    words(inflect(['домовленост'], ['ей', 'ям', 'ями', 'ях']), { role: 'noun', noun: 'agreement', plural: true }),
    ...nounForms(['конвенц'], FEMININE_IA_NUMBERS, 'convention'),
    ...nounForms(['протокол'], MASCULINE_NUMBERS, 'protocol'),
    words(['комюніке'], { role: 'noun', noun: 'communique' }),
    ...nounForms(['меморандум'], MASCULINE_NUMBERS, 'memorandum'),
    ...nounForms(['документ'], MASCULINE_NUMBERS, 'document'),
    words(inflect(['текст'], MASCULINE_NUMBERS[0]), { role: 'noun', noun: 'document', text: true }),
    words(['доповідь', 'доповіді', 'доповіддю'], { role: 'noun', noun: 'report' }),
    words(['рішення', 'рішенням', 'рішенні'], { role: 'noun', noun: 'decision' }),
    ...nounForms(['пакт'], MASCULINE_NUMBERS, 'covenant'),
    ...nounForms(['конституц'], FEMININE_IA_NUMBERS, 'constitution'),
    ...nounForms(['закон'], MASCULINE_NUMBERS, 'law'),
    ...nounForms(['указ'], MASCULINE_NUMBERS, 'decree'),
    ...nounForms(['комплекс', 'пакет'], MASCULINE_NUMBERS, 'package'),
    ...nounForms(['план'], MASCULINE_NUMBERS, 'plan'),

    words(inflect(['тристоронн'], ADJECTIVE), { role: 'qualifier', key: 'trilateral' }),
    words(inflect(['двосторонн'], ADJECTIVE), { role: 'qualifier', key: 'bilateral' }),
    words(inflect(['спільн'], ADJECTIVE), { role: 'qualifier', key: 'joint' }),
    words(inflect(['заключн', 'підсумков'], ADJECTIVE), { role: 'qualifier', key: 'final' }),
    words(inflect(['мирн'], ADJECTIVE), { role: 'qualifier', key: 'peace' }),
    words(inflect(['мінськ'], ADJECTIVE), { role: 'qualifier', key: 'minsk' }),
    words(['оон'], { role: 'qualifier', key: 'un' }),
    words(['нато'], { role: 'qualifier', key: 'nato' }),
    words(['організації', 'обєднаних', 'націй', 'ради', 'безпеки', 'генеральної', 'асамблеї', 'генасамблеї'], { role: 'name' }),

    ...MONTHS.map((forms, index): [string[], Role] => [forms, { role: 'month', month: index + 1 }]),
    ...ORDINAL_STEMS.map((stem, index): [string[], Role] => [index === 2 ? THIRD : inflect([stem], ADJECTIVE), { role: 'ordinal', value: index + 1 }]),

    words(['в', 'у', 'до', 'із', 'з'], { role: 'of' }),
    words(['і', 'й', 'та', 'або'], { role: 'and' }),
    words(['по'], { role: 'to' }),
    words(['свій', 'свого', 'своєму', 'своїм', 'своя', 'своєї', 'свою', 'своє', 'свої', 'своїх', 'його', 'її', 'їх'], { role: 'its' }),
    words(['цей', 'цього', 'цьому', 'цим', 'ця', 'цієї', 'цій', 'цю', 'цією', 'це', 'ці', 'цих', 'цими', 'сам', 'самого', 'сама', 'саме', 'же', 'ж'], { role: 'this' }),
    words(inflect(['зазначен', 'вказан', 'згадан', 'вищезазначен', 'вищезгадан', 'дан'], ADJECTIVE), { role: 'said' }),
    words(['вище', 'нижче'], { role: 'above' }),
    words(['від'], { role: 'dated' }),
    words(['року', 'рік', 'р', 'рр'], { role: 'year' }),
    words(['№'], { role: 'numero' }),
    words(['лідерів', 'лідерами', 'лідери', 'глав', 'главами', 'президентів', 'керівників'], { role: 'leaders' }),
    words(inflect(['підписан', 'схвален', 'ухвален', 'прийнят', 'досягнут'], ADJECTIVE), { role: 'signed' }),
    words(['між'], { role: 'between' }),
    words(['про', 'щодо', 'по'], { role: 'about' }),
    words(['зробив', 'виступив', 'оприлюднив', 'поширив', 'опублікував', 'випустив'].flatMap((verb) => [verb, `${verb.slice(0, -1)}ла`, `${verb.slice(0, -1)}ло`, `${verb.slice(0, -1)}ли`]), { role: 'issued' }),
    words(['всі', 'всіх', 'усіх', 'усі', 'жоден', 'жодного', 'один', 'одного'], { role: 'quantifier' }),

    words(['україна', 'україни', 'україні', 'україною', 'україну'], { role: 'country', key: 'ukraine' }),
    words(['росія', 'росії', 'росією', 'рф', 'російської', 'федерації'], { role: 'country', key: 'russia' }),
    words(['франція', 'франції', 'францією'], { role: 'country', key: 'france' }),
    words(['німеччина', 'німеччини', 'німеччиною'], { role: 'country', key: 'germany' }),
    words(['вірменія', 'вірменії', 'вірменією'], { role: 'country', key: 'armenia' }),
    words(inflect(['азербайджан'], MASCULINE), { role: 'country', key: 'azerbaijan' }),
  ],
  ordinalSuffixes: ['й', 'го', 'му', 'м', 'я', 'а', 'е', 'ю', 'ий', 'ій', 'ого', 'ої'],
  dotOrdinals: false,
  documentBeforeUnits: false,
  numberBeforeUnit: true,
  genitiveAfterUnit: true,
  datesBeforeNoun: false,
  capitalisedNames: true,
}

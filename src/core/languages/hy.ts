import { inflect, type LanguageTable, type Role } from './language'

const words = (forms: string[], role: Role): [string[], Role] => [forms, role]

/** Endings of nouns that end in a consonant ("կետ", "հոդված"), with the definite article and plurals. */
const ENDINGS = ['', 'ը', 'ն', 'ի', 'ին', 'ից', 'ով', 'ում', 'եր', 'երը', 'երն', 'երի', 'երին', 'երից', 'երով', 'երում', 'ներ', 'ները', 'ներն', 'ների', 'ներին', 'ներից', 'ներով', 'ներում', 'երու', 'երուն']
/** Nouns in -ություն (written -ութիւն in the classical spelling, which `foldWord` reforms). */
const UTYUN = ['ություն', 'ությունը', 'ությունն', 'ության', 'ությանը', 'ությանն', 'ությունից', 'ությունում', 'ությամբ', 'ություններ', 'ությունները', 'ությունների', 'ություններին', 'ություններում', 'ություններով', 'ություններից', 'ություններու', 'ություններուն']
/** Nouns in -իր that lose the vowel before an ending: "հռչակագիր", "հռչակագրի". */
const IR = (stem: string): string[] => [...inflect([`${stem}իր`], ['', 'ը', 'ն']), ...inflect([`${stem}ր`], ['ի', 'ին', 'ից', 'ով', 'ում', 'եր', 'երը', 'երի', 'երին', 'երով', 'երում', 'երու', 'երուն'])]

const MONTHS = ['հունվար', 'փետրվար', 'մարտ', 'ապրիլ', 'մայիս', 'հունիս', 'հուլիս', 'օգոստոս', 'սեպտեմբեր', 'հոկտեմբեր', 'նոյեմբեր', 'դեկտեմբեր']
const ORDINALS = ['առաջին', 'երկրորդ', 'երրորդ', 'չորրորդ', 'հինգերորդ', 'վեցերորդ', 'յոթերորդ', 'ութերորդ', 'իններորդ', 'տասներորդ']

export const hy: LanguageTable = {
  code: 'hy',
  words: [
    words(inflect(['կետ'], ENDINGS), { role: 'unit', unit: 'point' }),
    words(inflect(['ենթակետ'], ENDINGS), { role: 'unit', unit: 'subparagraph' }),
    words(inflect(['հոդված'], ENDINGS), { role: 'unit', unit: 'article' }),
    words(['գլուխ', 'գլուխը', 'գլխի', 'գլխում', 'գլխով', 'գլուխներ', 'գլուխների'], { role: 'unit', unit: 'chapter' }),
    words(['բաժին', 'բաժինը', 'բաժնի', 'բաժնում', 'բաժիններ'], { role: 'unit', unit: 'section' }),
    // Not "մասին": that is "about".
    words(inflect(['մաս'], ENDINGS.filter((ending) => ending !== 'ին')), { role: 'unit', unit: 'part' }),
    words(inflect(['պարբեր'], UTYUN), { role: 'unit', unit: 'paragraph' }),
    words(inflect(['հավելված'], ENDINGS), { role: 'unit', unit: 'annex' }),

    words(inflect(['հայտարար'], UTYUN), { role: 'noun', noun: 'statement' }),
    words(IR('հռչակագ'), { role: 'noun', noun: 'declaration' }),
    words(inflect(['բանաձև', 'բանաձեւ'], ENDINGS), { role: 'noun', noun: 'resolution' }),
    words(inflect(['կանոնադր'], UTYUN), { role: 'noun', noun: 'charter' }),
    words(IR('պայմանագ'), { role: 'noun', noun: 'treaty' }),
    words(IR('համաձայնագ'), { role: 'noun', noun: 'agreement' }),
    words([...inflect(['փաստաթուղթ'], ['', 'ը', 'ն', 'ով', 'երուն', 'երը']), ...inflect(['փաստաթղթ'], ['ի', 'ին', 'ից', 'ով', 'ում', 'եր', 'երը', 'երի', 'երին', 'երում'])], { role: 'noun', noun: 'document' }),
    words(inflect(['տեքստ'], ENDINGS), { role: 'noun', noun: 'document', text: true }),
    words(inflect(['արձանագր'], UTYUN), { role: 'noun', noun: 'protocol' }),
    words(['կոնվենցիա', 'կոնվենցիան', 'կոնվենցիայի', 'կոնվենցիայով', 'կոնվենցիայում'], { role: 'noun', noun: 'convention' }),
    words(IR('հուշագ'), { role: 'noun', noun: 'memorandum' }),
    words(inflect(['զեկույց'], ENDINGS), { role: 'noun', noun: 'report' }),
    words(inflect(['որոշում'], ['', 'ը', 'ն', 'ի', 'ին', 'ով', 'ներ', 'ները', 'ների']), { role: 'noun', noun: 'decision' }),
    words([...inflect(['նամակ'], ENDINGS), ...inflect(['գր'], UTYUN)], { role: 'noun', noun: 'letter' }),
    words(inflect(['սահմանադր'], UTYUN), { role: 'noun', noun: 'constitution' }),

    words(['եռակողմ'], { role: 'qualifier', key: 'trilateral' }),
    words(['համատեղ'], { role: 'qualifier', key: 'joint' }),
    words(['երկկողմ'], { role: 'qualifier', key: 'bilateral' }),
    words(['խաղաղության'], { role: 'qualifier', key: 'peace' }),
    words(['մակ'], { role: 'qualifier', key: 'un' }),
    words(['նատո'], { role: 'qualifier', key: 'nato' }),

    ...MONTHS.map((month, index): [string[], Role] => [inflect([month], ['', 'ի', 'ին']), { role: 'month', month: index + 1 }]),
    ...ORDINALS.map((form, index): [string[], Role] => [[form], { role: 'ordinal', value: index + 1 }]),

    words(['և', 'եւ', 'ու'], { role: 'and' }),
    words(['դրա', 'նրա', 'իր'], { role: 'its' }),
    words(['սույն'], { role: 'self' }),
    words(['այս', 'այդ', 'այն'], { role: 'this' }),
    words(['նշված', 'նշեալ', 'վերոնշյալ', 'հիշյալ', 'նույն'], { role: 'said' }),
    words(['վերը', 'ստորև'], { role: 'above' }),
    words(['թվականի', 'թվական', 'թվականին', 'թ', 'թթ'], { role: 'year' }),
    words(['թիվ', 'համար'], { role: 'numero' }),
    words(['ղեկավարների', 'ղեկավարները', 'նախագահների'], { role: 'leaders' }),
    words(['ստորագրված', 'ստորագրուած', 'նախաստորագրված', 'նախաստորագրուած', 'ընդունված', 'կնքված'], { role: 'signed' }),
    words(['միջև', 'միջեւ'], { role: 'between' }),
    words(['մեջ', 'մէջ'], { role: 'of' }),
    words(['մասին', 'վերաբերյալ'], { role: 'about' }),
    words(['մի', 'բոլոր', 'մնացած', 'միայն'], { role: 'quantifier' }),

    words(['ռուսաստանի', 'ռուսաստան', 'ռուսաստանը'], { role: 'country', key: 'russia' }),
    words(['հայաստանի', 'հայաստան', 'հայաստանը'], { role: 'country', key: 'armenia' }),
    words(['ադրբեջանի', 'ադրբեջան', 'ադրբեջանը', 'ազերպայճանի'], { role: 'country', key: 'azerbaijan' }),
  ],
  ordinalSuffixes: ['րդ', 'ին', 'երորդ', 'րդը', 'րդի', 'րդին'],
  dotOrdinals: false,
  documentBeforeUnits: true,
  numberBeforeUnit: false,
  genitiveAfterUnit: false,
  datesBeforeNoun: true,
  capitalisedNames: true,
}

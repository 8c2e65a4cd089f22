import type { LanguageTable, Role } from './language'
import { TURKIC_SUFFIX_CHAINS } from './turkic'

const words = (forms: string[], role: Role): [string[], Role] => [forms, role]

const MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr']
const ORDINALS = ['birinci', 'ikinci', 'üçüncü', 'dördüncü', 'beşinci', 'altıncı', 'yeddinci', 'səkkizinci', 'doqquzuncu', 'onuncu']

/** Azerbaijani: stems take their endings from the Turkic suffix chains ("bəndinin", "Bəyanatın", "qətnamələrini"). */
export const az: LanguageTable = {
  code: 'az',
  words: [
    words(['üçtərəfli'], { role: 'qualifier', key: 'trilateral' }),
    words(['birgə'], { role: 'qualifier', key: 'joint' }),
    words(['ikitərəfli'], { role: 'qualifier', key: 'bilateral' }),
    words(['yekun'], { role: 'qualifier', key: 'final' }),
    words(['sülh'], { role: 'qualifier', key: 'peace' }),
    words(['bmt'], { role: 'qualifier', key: 'un' }),
    words(['təhlükəsizlik', 'şurası', 'şurasının', 'baş', 'assambleyası', 'assambleyasının', 'tş'], { role: 'name' }),
    ...ORDINALS.map((form, index): [string[], Role] => [[form], { role: 'ordinal', value: index + 1 }]),
    words(['və', 'yaxud'], { role: 'and' }),
    words(['bu'], { role: 'this' }),
    words(['həmin', 'adıçəkilən', 'sözügedən'], { role: 'said' }),
    words(['yuxarıda', 'aşağıda'], { role: 'above' }),
    words(['tarixli', 'tarixində', 'tarixindəki'], { role: 'dated' }),
    words(['il', 'ili', 'ilin', 'ildə', 'ilində', 'illər'], { role: 'year' }),
    words(['saylı', 'nömrəli'], { role: 'numero' }),
    words(['liderləri', 'liderlərinin', 'rəhbərləri', 'rəhbərlərinin'], { role: 'leaders' }),
    words(['imzalanmış', 'imzalanan', 'qəbul', 'edilən', 'olunmuş', 'əldə'], { role: 'signed' }),
    words(['arasında'], { role: 'between' }),
    words(['haqqında', 'dair', 'barədə'], { role: 'about' }),
    // "Nizamnaməsinin məlum 51-ci maddəsi", "Bəyanatın müvafiq bəndi": words that stand between a document and its unit like "all".
    words(['bütün', 'hər', 'məlum', 'müvafiq'], { role: 'quantifier' }),
    words(['bir', 'heç'], { role: 'indefinite' }),
  ],
  stems: [
    [['bənd'], { role: 'unit', unit: 'point' }],
    [['maddə'], { role: 'unit', unit: 'article' }],
    [['fəsil', 'fəsl'], { role: 'unit', unit: 'chapter' }],
    [['bölmə'], { role: 'unit', unit: 'section' }],
    [['hissə'], { role: 'unit', unit: 'part' }],
    [['abzas'], { role: 'unit', unit: 'paragraph' }],
    [['yarımbənd'], { role: 'unit', unit: 'subparagraph' }],
    [['əlavə'], { role: 'unit', unit: 'annex' }],
    [['qayda'], { role: 'unit', unit: 'rule' }],
    [['bəyanat'], { role: 'noun', noun: 'statement' }],
    [['bəyannamə'], { role: 'noun', noun: 'declaration' }],
    [['qətnamə'], { role: 'noun', noun: 'resolution' }],
    [['nizamnamə'], { role: 'noun', noun: 'charter' }],
    [['müqavilə'], { role: 'noun', noun: 'treaty' }],
    [['saziş', 'razılaşma'], { role: 'noun', noun: 'agreement' }],
    [['konvensiya'], { role: 'noun', noun: 'convention' }],
    [['protokol'], { role: 'noun', noun: 'protocol' }],
    [['memorandum'], { role: 'noun', noun: 'memorandum' }],
    [['sənəd'], { role: 'noun', noun: 'document' }],
    [['mətn'], { role: 'noun', noun: 'document', text: true }],
    [['hesabat', 'məruzə'], { role: 'noun', noun: 'report' }],
    [['qərar'], { role: 'noun', noun: 'decision' }],
    [['məktub'], { role: 'noun', noun: 'letter' }],
    [['konstitusiya'], { role: 'noun', noun: 'constitution' }],
    [['qanun'], { role: 'noun', noun: 'law' }],
    [['fərman'], { role: 'noun', noun: 'decree' }],
    ...MONTHS.map((month, index): [string[], Role] => [[month], { role: 'month', month: index + 1 }]),
  ],
  suffixChains: TURKIC_SUFFIX_CHAINS,
  ordinalSuffixes: ['ci', 'cı', 'cu', 'cü', 'inci', 'ıncı', 'uncu', 'üncü', 'nci', 'ncı', 'ncu', 'ncü'],
  dotOrdinals: true,
  documentBeforeUnits: true,
  numberBeforeUnit: false,
  genitiveAfterUnit: false,
  datesBeforeNoun: true,
  capitalisedNames: true,
}

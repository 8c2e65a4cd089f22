import type { LanguageTable, Role } from './language'

/**
 * Chinese has no spaces: the tokenizer cuts numerals, "第", "号" and a unit character after a
 * number into words of their own, and the lexicon finds a document noun at the end of a longer
 * run ("联合国宪章", "该决议"). Simplified and traditional forms are both listed.
 */
const words = (forms: string[], role: Role): [string[], Role] => [forms, role]

export const zh: LanguageTable = {
  code: 'zh',
  words: [
    words(['条', '條'], { role: 'unit', unit: 'article' }),
    words(['章'], { role: 'unit', unit: 'chapter' }),
    words(['款', '段'], { role: 'unit', unit: 'paragraph' }),
    words(['项', '項', '点', '點'], { role: 'unit', unit: 'point' }),
    words(['节', '節'], { role: 'unit', unit: 'section' }),
    words(['编', '編', '部'], { role: 'unit', unit: 'part' }),
    words(['附件'], { role: 'unit', unit: 'annex' }),
    words(['上文', '下文'], { role: 'above' }),
    words(['执行部分', '執行部分'], { role: 'operative', unit: 'operative paragraph' }),
    words(['序言部分'], { role: 'operative', unit: 'preambular paragraph' }),

    words(['声明', '聲明', '主席声明', '主席聲明'], { role: 'noun', noun: 'statement' }),
    words(['宣言', '公告', '投降书', '投降書'], { role: 'noun', noun: 'declaration' }),
    words(['决议', '決議', '决议案', '決議案'], { role: 'noun', noun: 'resolution' }),
    words(['宪章', '憲章'], { role: 'noun', noun: 'charter' }),
    words(['条约', '條約'], { role: 'noun', noun: 'treaty' }),
    words(['协议', '協議', '协定', '協定'], { role: 'noun', noun: 'agreement' }),
    words(['公约', '公約'], { role: 'noun', noun: 'convention' }),
    words(['议定书', '議定書'], { role: 'noun', noun: 'protocol' }),
    words(['公报', '公報'], { role: 'noun', noun: 'communique' }),
    words(['备忘录', '備忘錄'], { role: 'noun', noun: 'memorandum' }),
    words(['文件'], { role: 'noun', noun: 'document' }),
    words(['报告', '報告'], { role: 'noun', noun: 'report' }),
    words(['宪法', '憲法'], { role: 'noun', noun: 'constitution' }),
    words(['提案'], { role: 'noun', noun: 'plan' }),

    words(['年'], { role: 'year' }),
    words(['号', '號'], { role: 'numero' }),
    words(['和', '与', '與', '及'], { role: 'and' }),
    words(['至', '到'], { role: 'to' }),
  ],
  ordinalSuffixes: [],
  dotOrdinals: false,
  documentBeforeUnits: true,
  numberBeforeUnit: false,
  genitiveAfterUnit: false,
  datesBeforeNoun: true,
  capitalisedNames: false,
}

/** Words that start a Chinese designation: pointers back ("该决议"), the document itself ("本宪章"), this ("这一决议"). */
export const ZH_POINTERS: Record<string, 'said' | 'self' | 'this'> = {
  该: 'said', 該: 'said', 上述: 'said', 前述: 'said', 本: 'self', 这: 'this', 這: 'this', 此: 'this', 这一: 'this', 這一: 'this', 这份: 'this', 這份: 'this', 这封: 'this', 這封: 'this',
  // With the measure word of resolutions and agreements: "此项决议", "该项协议".
  此项: 'this', 此項: 'this', 这项: 'this', 這項: 'this', 该项: 'said', 該項: 'said',
}
/** Bodies written before a resolution's number: "联大第2758号决议", "安理会第2334号决议". */
export const ZH_BODIES = ['联大', '聯大', '联合国大会', '聯合國大會', '安理会', '安理會', '安全理事会', '安全理事會', '大会', '大會']

import { describe, expect, it } from 'vitest'
import { splitParagraphs } from '../text/paragraphs'
import { analyseText } from './analyze'
import { parseQuery } from './query'
import { SEARCH_INDEX_FORMAT, SearchIndex, type SearchableDocument } from './search-index'

function document(path: string, language: SearchableDocument['language'], text: string, extra: Partial<SearchableDocument> = {}): SearchableDocument {
  return { path, title: path, kind: 'statement', language, date: '2020-11-10', paragraphs: splitParagraphs(text), ...extra }
}

const TRILATERAL_EN = document('trilateral-en.txt', 'en', [
  'Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation',
  '1. A complete ceasefire and termination of all hostilities in the area of the Nagorno-Karabakh conflict is declared.',
  '4. The peacekeeping contingent of the Russian Federation is deployed in parallel with the withdrawal of the Armenian armed forces.',
  '9. All economic and transport connections in the region shall be unblocked. The negotiations on the trilateral statement continue.',
].join('\n\n'))
const TRILATERAL_RU = document('trilateral-ru.txt', 'ru', [
  'Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации',
  '1. Объявляется полное прекращение огня и всех военных действий в зоне нагорно-карабахского конфликта.',
  '5. В целях повышения эффективности контроля за выполнением договоренностей сторонами конфликта развертывается миротворческий центр по контролю за прекращением огня.',
  '8. Осуществляется обмен военнопленными и другими удерживаемыми лицами, согласно настоящему заявлению.',
].join('\n\n'), { kind: 'statement', date: '2020-11-10' })
const TRILATERAL_ZH = document('trilateral-zh.txt', 'zh', '俄罗斯联邦总统、阿塞拜疆共和国总统和亚美尼亚共和国总理联合声明\n\n各方宣布自2020年11月10日莫斯科时间零时起在纳卡冲突地区全面停火。', { kind: 'news', date: '2020-11-11' })
const COMMENTARY_FR = document('commentaire.txt', 'fr', 'Les négociations sur la déclaration trilatérale se poursuivent à Moscou.', { kind: 'commentary', date: '2021-08-12' })

function folder(): SearchIndex {
  const index = new SearchIndex()
  for (const item of [TRILATERAL_EN, TRILATERAL_RU, TRILATERAL_ZH, COMMENTARY_FR]) index.add(item, 'stamp')
  return index
}

const found = (index: SearchIndex, query: string, filters = {}) => index.search(query, filters).hits.map((hit) => `${hit.path}#${hit.index}`).sort()
const marked = (index: SearchIndex, query: string) => index.search(query).hits.map((hit) => hit.snippet.hits.map(([from, to]) => hit.snippet.text.slice(from, to))).flat()

describe('analysing text for search', () => {
  it('stems by the document language, folds case and diacritics, and segments Chinese into words', () => {
    expect(analyseText('Заявления, ЗАЯВЛЕНИЕМ и заявлению: ёлка', 'ru').map((word) => word.key)).toEqual(['заявлен', 'заявлен', 'и', 'заявлен', 'елк'])
    expect(analyseText('Négociations TÜRKİYE', null).map((word) => word.key)).toEqual(['negociations', 'turkiye'])
    expect(analyseText('The statements', 'en').map((word) => word.key)).toEqual(['the', 'statement'])
    expect(analyseText('亚美尼亚共和国总理联合声明', 'zh').map((word) => word.key)).toEqual(['亚美尼亚', '共和国', '总理', '联合', '声明'])
    expect(analyseText('Verträge des Vertrages', 'de').map((word) => word.key)).toEqual(['vertrag', 'des', 'vertrag'])
  })

  it('splits hyphenated words into their parts', () => {
    expect(analyseText('Nagorno-Karabakh', 'en').map((word) => word.key)).toEqual(['nagorno', 'karabakh'])
  })

  it('reads phrases, prefixes and unspaced runs in a query', () => {
    const parsed = parseQuery('«прекращение огня» negotiat* 联合声明 Nagorno-Karabakh')
    expect(parsed.clauses.map((clause) => clause.length)).toEqual([2, 1, 2, 2])
    expect(parsed.clauses[1]![0]).toEqual({ prefix: true, surface: 'negotiat' })
  })
})

describe('searching every paragraph', () => {
  it('finds a word in any of its forms, in any language', () => {
    expect(found(folder(), 'заявлением')).toEqual(['trilateral-ru.txt#0', 'trilateral-ru.txt#3'])
    expect(found(folder(), 'statements')).toEqual(['trilateral-en.txt#0', 'trilateral-en.txt#3'])
    expect(found(folder(), 'NEGOCIATIONS')).toEqual(['commentaire.txt#0'])
  })

  it('finds phrases as words in a row, and marks them', () => {
    const index = folder()
    expect(found(index, '"trilateral statement"')).toEqual(['trilateral-en.txt#3'])
    expect(found(index, '"statement trilateral"')).toEqual([])
    expect(found(index, '"прекращения огня"')).toEqual(['trilateral-ru.txt#1', 'trilateral-ru.txt#2'])
    expect(marked(index, '"trilateral statement"')).toEqual(['trilateral statement'])
  })

  it('finds prefixes as written, beyond the stem', () => {
    const index = folder()
    expect(found(index, 'negotiat*')).toEqual(['trilateral-en.txt#3'])
    expect(marked(index, 'negotiat*')).toEqual(['negotiations'])
    expect(found(index, 'миротвор*')).toEqual(['trilateral-ru.txt#2'])
    expect(found(index, 'peacekeepers*')).toEqual([])
  })

  it('finds Chinese by its words, typed without spaces', () => {
    expect(found(folder(), '联合声明')).toEqual(['trilateral-zh.txt#0'])
    expect(found(folder(), '全面停火')).toEqual(['trilateral-zh.txt#1'])
    expect(marked(folder(), '联合声明')).toEqual(['联合声明'])
  })

  it('needs every word in the same paragraph', () => {
    expect(found(folder(), 'ceasefire Armenian')).toEqual([])
    expect(found(folder(), 'ceasefire Nagorno')).toEqual(['trilateral-en.txt#1'])
  })

  it('filters by date range, kind and language', () => {
    const index = folder()
    expect(found(index, 'trilateral*', { from: '2021-01-01' })).toEqual(['commentaire.txt#0'])
    expect(found(index, 'trilateral*', { to: '2020-12-31' })).toEqual(['trilateral-en.txt#3'])
    expect(found(index, 'trilateral*', { kinds: ['statement'] })).toEqual(['trilateral-en.txt#3'])
    expect(found(index, 'trilateral*', { languages: ['fr'] })).toEqual(['commentaire.txt#0'])
    expect(found(index, '2020', { languages: ['zh'] })).toEqual(['trilateral-zh.txt#1'])
  })

  it('replaces a document added again and forgets a removed one', () => {
    const index = folder()
    index.add(document('trilateral-en.txt', 'en', 'A ceasefire, rewritten.'), 'stamp-2')
    expect(found(index, 'ceasefire')).toEqual(['trilateral-en.txt#0'])
    expect(index.stampOf('trilateral-en.txt')).toBe('stamp-2')
    index.remove('trilateral-en.txt')
    expect(found(index, 'ceasefire')).toEqual([])
    expect(index.size).toBe(3)
  })

  it('is saved and loaded whole, and refuses another format', () => {
    const index = folder()
    index.remove('trilateral-zh.txt')
    const saved = index.toSaved()
    expect(saved.lengths).toHaveLength(9)
    const { textOf, ...rest } = saved
    const loaded = SearchIndex.fromSaved({ ...structuredClone(rest), textOf })!
    expect(found(loaded, '"прекращения огня"')).toEqual(['trilateral-ru.txt#1', 'trilateral-ru.txt#2'])
    expect(loaded.stampOf('commentaire.txt')).toBe('stamp')
    loaded.add(document('new.txt', 'en', 'A new ceasefire.'), 'stamp')
    expect(found(loaded, 'ceasefire')).toEqual(['new.txt#0', 'trilateral-en.txt#1'])
    expect(found(loaded, '联合声明')).toEqual([])
    expect(SearchIndex.fromSaved({ ...saved, format: SEARCH_INDEX_FORMAT + 1 })).toBeNull()
    expect(SearchIndex.fromSaved({ ...saved, postings: saved.postings.map((posting) => posting * 100) })).toBeNull()
  })

  it('escapes nothing and trusts nothing: a snippet is text with offsets, and markup in a query is words', () => {
    const index = new SearchIndex()
    index.add(document('hostile.txt', 'en', 'Before <script>alert(1)</script> after'), 'stamp')
    const [hit] = index.search('script').hits
    expect(hit!.snippet.text).toBe('Before <script>alert(1)</script> after')
    expect(hit!.snippet.hits.map(([from, to]) => hit!.snippet.text.slice(from, to))).toEqual(['script', 'script'])
  })
})

describe('a word in most paragraphs', () => {
  it('scores every paragraph holding it but checks and returns only the best', () => {
    const index = new SearchIndex()
    for (let d = 0; d < 300; d++) {
      const paragraphs = Array.from({ length: 10 }, (_, p) => `${p + 1}. The parties of statement ${d} met and agreed on the next steps of the talks.`)
      index.add(document(`s${d}.txt`, 'en', paragraphs.join('\n\n')), 'stamp')
    }
    index.add(document('short.txt', 'en', 'Talks, talks and talks.'), 'stamp')
    const results = index.search('talks', {}, 10)
    expect(results.candidates).toBe(3001)
    expect(results.hits).toHaveLength(10)
    expect(results.hits[0]!.path).toBe('short.txt')
    expect(results.hits.map((hit) => hit.score)).toEqual(results.hits.map((hit) => hit.score).sort((a, b) => b - a))
    expect(index.search('"next steps" talks', { languages: ['fr'] }, 10).candidates).toBe(0)
  })
})

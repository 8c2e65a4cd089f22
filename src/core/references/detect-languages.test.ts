import { describe, expect, it } from 'vitest'
import type { LanguageCode } from '../languages/language'
import { detectReferences, type DetectedReference } from './detect'

/** The one reference found in a text, with the language the text is known to be in. */
function only(text: string, language: LanguageCode | null = null): DetectedReference {
  const found = detectReferences(text, language)
  expect(found.map((reference) => reference.text)).toHaveLength(1)
  return found[0]!
}

const path = (reference: DetectedReference) => reference.units?.map((step) => `${step.kind} ${step.numbers.join(',')}`)

describe('detectReferences in English', () => {
  it('nests units: "paragraph 2 of Article 53", "Article 27(3)", "Article 27, paragraph 3, of the Charter"', () => {
    expect(path(only('as provided in paragraph 2 of Article 53 of the Charter'))).toEqual(['article 53', 'paragraph 2'])
    expect(path(only('Article 27(3) of the UN Charter'))).toEqual(['article 27', 'paragraph 3'])
    expect(path(only('Article 27, paragraph 3, of the Charter of the United Nations'))).toEqual(['article 27', 'paragraph 3'])
    expect(path(only('the items specified in subparagraphs 3 (b) (i) and (ii) above'))).toEqual(['subparagraph 3', 'clause b', 'clause i,ii'])
  })

  it('names the document after the units, with its qualifiers, date and parties', () => {
    const reference = only('Azerbaijan recalled points 4–6 of the Trilateral Statement of November 10, 2020.')
    expect(path(reference)).toEqual(['point 4,5,6'])
    expect(reference.designation).toMatchObject({ kind: 'named', noun: 'statement', qualifiers: ['trilateral'], name: 'trilateral statement', date: '2020-11-10' })
    const parties = only('the statement by the leaders of Armenia, Azerbaijan and Russia on November 9, 2020')
    expect(parties.designation).toMatchObject({ kind: 'named', date: '2020-11-09', parties: ['armenia', 'azerbaijan', 'russia'] })
    expect(only('the trilateral statement of November 9').designation).toMatchObject({ date: '--11-09' })
  })

  it('reads symbols, resolutions one by one, the document itself and pointers back', () => {
    expect(only('The Council adopted S/RES/2334 (2016) yesterday.').designation).toEqual({ kind: 'symbol', text: 'S/RES/2334 (2016)', symbol: 'S/RES/2334' })
    const listed = detectReferences('Reaffirming its resolutions 242 (1967), 338 (1973) and 1850 (2008),')
    expect(listed.map((reference) => reference.designation)).toMatchObject([
      { kind: 'resolution', number: '242', year: '1967' },
      { kind: 'resolution', number: '338', year: '1973' },
      { kind: 'resolution', number: '1850', year: '2008' },
    ])
    expect(only('The measures referred to in paragraph 1 above shall apply.').designation).toMatchObject({ kind: 'self' })
    expect(only('Armenia violates the provisions of said document.').designation).toMatchObject({ kind: 'anaphor', noun: 'document' })
  })

  it('takes neither headings nor counts for references', () => {
    expect(detectReferences('Article 51')).toEqual([])
    expect(detectReferences('PART II. PROCEEDINGS OF THE SECURITY COUNCIL')).toEqual([])
    expect(detectReferences('The first point he raised was humanitarian access.')).toEqual([])
    expect(detectReferences('The ministry issued a statement on Sunday.')).toEqual([])
  })
})

describe('detectReferences in Russian and Ukrainian', () => {
  it('reads case endings, ordinals and the document in the genitive', () => {
    const reference = only('согласно пунктам 4 и 5 трехстороннего заявления лидеров России, Армении и Азербайджана от 9 ноября 2020 года')
    expect(path(reference)).toEqual(['point 4,5'])
    expect(reference.language).toBe('ru')
    expect(reference.designation).toMatchObject({ kind: 'named', noun: 'statement', qualifiers: ['trilateral'], date: '2020-11-09', parties: ['russia', 'armenia', 'azerbaijan'] })
    expect(path(only('в 6-м пункте Заявления'))).toEqual(['point 6'])
    expect(path(only('положения шестого пункта совместного заявления'))).toEqual(['point 6'])
    expect(path(only('закреплен в п. 4 ст. 2 Устава ООН'))).toEqual(['article 2', 'point 4'])
  })

  it('points back with "же" after a demonstrative, once units were cited', () => {
    const [same] = detectReferences('Эта же статья была упомянута в договорах.', 'ru', { unitsCited: true })
    expect(same).toMatchObject({ text: 'же статья', units: [{ kind: 'article', numbers: [] }] })
    expect(detectReferences('Эта же статья была упомянута в договорах.', 'ru')).toEqual([])
  })

  it('reads resolutions, the document itself and pointers back', () => {
    expect(only('Совет напомнил о резолюции 2334 (2016).').designation).toMatchObject({ kind: 'resolution', number: '2334', year: '2016' })
    expect(only('в соответствии с положениями настоящего Заявления').designation).toMatchObject({ kind: 'self' })
    expect(only('В тексте указанного документа нет таких слов.').designation).toMatchObject({ kind: 'anaphor', noun: 'document' })
  })

  it('nests an article in an annex of a resolution (Ukrainian)', () => {
    const reference = only('відповідно до пунктів а), b), c) статті 3 додатка до резолюції Генеральної Асамблеї ООН 3314 (XXIX).')
    expect(path(reference)).toEqual(['annex ', 'article 3', 'point a,b,c'])
    expect(reference.designation).toMatchObject({ kind: 'resolution', number: '3314' })
    expect(only('Мінський протокол від 5 вересня 2014 року', 'uk').designation).toMatchObject({ kind: 'named', noun: 'protocol', qualifiers: ['minsk'], date: '2014-09-05' })
  })

  it('reads a name in the genitive that starts with an adjective: "Статут Міжнародного Суду"', () => {
    expect(only('Статут Міжнародного Суду діє.', 'uk').designation).toMatchObject({ kind: 'named', name: 'статут міжнародного суду', ownName: true, nameAfter: true })
    expect(only('Згідно зі Статутом Постійної палати діяли.', 'uk').designation).toMatchObject({ kind: 'named', nameAfter: true })
    // A name, then a capitalised unit word: a citation line; after a sentence's end, a new sentence.
    expect(only("Статут Організації Об'єднаних Націй Стаття 31", 'uk').designation).toMatchObject({ kind: 'named', noun: 'charter' })
    expect(detectReferences('He signed the Trilateral Statement. Article 9 says so.').map((reference) => reference.designation?.kind ?? null)).toEqual(['named', null])
    expect(only('Закреплено в Уставе ООН.', 'ru').designation).toMatchObject({ kind: 'named', name: 'уставе оон' })
  })

  it('takes a bare noun after a verb of issuing for a new document, not one named before: "сделало заявление", "виступило із заявою"', () => {
    expect(detectReferences('4 августа МИД РФ сделало заявление в связи с обострением.', 'ru')).toEqual([])
    expect(detectReferences('МЗС виступило із заявою щодо цього.', 'uk')).toEqual([])
    expect(only('Согласно заявлению, огонь прекращается.', 'ru').designation).toMatchObject({ kind: 'anaphor', bare: true })
  })

  it('reads an organisation’s acronym after a unit as its document: "5 статті НАТО"', () => {
    const nato = only('Що насправді говорить 5 стаття НАТО', 'uk')
    expect(path(nato)).toEqual(['article 5'])
    expect(nato.designation).toMatchObject({ kind: 'named', text: 'НАТО' })
    expect(only('статья 51 ООН гласит', 'ru').designation).toMatchObject({ kind: 'named', text: 'ООН' })
  })
})

describe('detectReferences in French, Spanish and German', () => {
  it('French: "l’article 2 § 4 de la Charte", "la résolution 2334", "ledit accord"', () => {
    const charter = only('Selon l’article 2 § 4 de la Charte des Nations Unies, la menace est interdite.')
    expect(path(charter)).toEqual(['article 2', 'paragraph 4'])
    expect(charter.designation).toMatchObject({ kind: 'named', noun: 'charter' })
    expect(only('Le Conseil a adopté la résolution 2334.').designation).toMatchObject({ kind: 'resolution', number: '2334' })
    expect(only('Les parties respectent ledit accord.').designation).toMatchObject({ kind: 'anaphor', noun: 'agreement' })
    expect(only('le paragraphe 3 de la Déclaration trilatérale').designation).toMatchObject({ kind: 'named', noun: 'declaration', qualifiers: ['trilateral'] })
    expect(only('selon la déclaration trilatérale de Sochi').designation).toMatchObject({ kind: 'named', qualifiers: ['trilateral'], nameAfter: true })
  })

  it('Spanish: "el Artículo 51 de la Carta", "Artículo 1, párrafo 2", "dicha resolución"', () => {
    expect(only('El Artículo 51 de la Carta de las Naciones Unidas reconoce el derecho.').designation).toMatchObject({ kind: 'named', noun: 'charter' })
    expect(path(only('Véase el Artículo 1, párrafo 2.'))).toEqual(['article 1', 'paragraph 2'])
    expect(only('Los miembros aprobaron dicha resolución.').designation).toMatchObject({ kind: 'anaphor', noun: 'resolution' })
  })

  it('takes no document inside the quoted title of another: "Resolution über „… mit der Charta der Vereinten Nationen“"', () => {
    const titled = detectReferences('Die Resolution über „Prinzipien in Übereinstimmung mit der Charta der Vereinten Nationen“ wurde 1970 angenommen.', 'de')
    expect(titled.some((reference) => reference.text.startsWith('der Charta'))).toBe(false)
    expect(only('Sie beruft sich auf die Charta der Vereinten Nationen.', 'de').designation).toMatchObject({ kind: 'named', noun: 'charter' })
  })

  it('Spanish: "la Carta" is the Charter, "la carta de Guterres" a letter; "un comunicado" is no name', () => {
    expect(only('según la Carta de la ONU').designation).toMatchObject({ kind: 'named', noun: 'charter' })
    expect(only('envió la carta de Guterres al Consejo').designation).toMatchObject({ kind: 'named', noun: 'letter' })
    expect(detectReferences('El Consejo emitió un comunicado sobre la situación.', 'es')).toEqual([])
  })

  it('German: compounds, number words, statutes', () => {
    const nato = only('Die Artikel vier und fünf des NATO-Gründungsvertrages vom 4. April 1949 gelten.')
    expect(path(nato)).toEqual(['article 4,5'])
    expect(nato.designation).toMatchObject({ kind: 'named', noun: 'treaty', date: '1949-04-04' })
    expect(only('Artikel 5 des Nordatlantikvertrags').designation).toMatchObject({ noun: 'treaty' })
    expect(path(only('nach § 3 Abs. 2 Satz 1 AsylVfG'))).toEqual(['section 3', 'paragraph 2', 'clause 1'])
    expect(path(only('Schaun wir mal in Artikel 27 III der Charta.'))).toEqual(['article 27', 'paragraph III'])
    expect(only('UN-Charta:Artikel 51').designation).toMatchObject({ kind: 'named', noun: 'charter' })
  })

  it('reads a document written with a hyphenated compound, and a Chinese title in book marks whatever its noun', () => {
    expect(only('Paragraph 1 of the one-page document reaffirms it.').designation).toMatchObject({ kind: 'anaphor', text: 'the one-page document' })
    expect(only('违反《國家責任條款草案》第50條。').designation).toMatchObject({ kind: 'named', name: '國家責任條款草案' })
  })

  it('reads a German citation line in German when its document was taken for French', () => {
    expect(path(only('Normen: AsylVfG § 73 Abs. 1 S. 1', 'fr'))).toEqual(['section 73', 'paragraph 1', 'clause 1'])
  })
})

describe('detectReferences in Arabic and Chinese', () => {
  it('Arabic: clitics, ordinal words, the chapter around an article', () => {
    const reference = only('استنادا إلى المادة 51 من الفصل السابع لميثاق الأمم المتحدة')
    expect(path(reference)).toEqual(['chapter 7', 'article 51'])
    expect(reference.designation).toMatchObject({ kind: 'named', noun: 'charter' })
    expect(path(only('وفقا للفقرة 8 من القرار رقم 2231'))).toEqual(['paragraph 8'])
    expect(only('وفقا للفقرة 8 من القرار رقم 2231').designation).toMatchObject({ kind: 'resolution', number: '2231' })
    expect(path(only('للفقرة التنفيذية الثامنة من القرار'))).toEqual(['operative paragraph 8'])
    expect(only('وهذا الميثاق يحمي السلام').designation).toMatchObject({ kind: 'anaphor', noun: 'charter' })
    const inArticle = only('كما ينص ميثاق الأمم المتحدة في المادة 27 على ذلك')
    expect(path(inArticle)).toEqual(['article 27'])
    expect(inArticle.designation).toMatchObject({ kind: 'named', noun: 'charter' })
  })

  it('Chinese: book-title marks, 第…条, resolutions by number, pointers', () => {
    const chapter = only('根据《聯合國憲章》第七章採取行動')
    expect(path(chapter)).toEqual(['chapter 7'])
    expect(chapter.designation).toMatchObject({ kind: 'named', noun: 'charter', name: '聯合國憲章' })
    expect(path(only('联合国宪章第五十一条第二款'))).toEqual(['article 51', 'paragraph 2'])
    expect(only('美方曲解联大第2758号决议').designation).toMatchObject({ kind: 'resolution', number: '2758' })
    expect(only('美方曲解聯大第二七五八號決議').designation).toMatchObject({ kind: 'resolution', number: '2758' })
    expect(only('安理会通过的《2334號決議》要求以色列停止。').designation).toMatchObject({ kind: 'resolution', number: '2334', text: '《2334號決議》' })
    expect(only('该决议解决了代表权问题').designation).toMatchObject({ kind: 'anaphor', noun: 'resolution' })
    expect(only('此项决议获得安理会支持', 'zh').designation).toMatchObject({ kind: 'anaphor', text: '此项决议', noun: 'resolution' })
  })

  it('Chinese: 项 that counts resolutions ("第一项关于…的决议") is no item', () => {
    expect(detectReferences('第一项关于“和平解决巴勒斯坦问题”的决议以148票赞成通过。', 'zh').filter((found) => found.units !== null)).toEqual([])
    expect(path(only('依照第2条第1项规定。', 'zh'))).toEqual(['article 2', 'point 1'])
  })
})

describe('detectReferences in Azerbaijani, Turkish and Armenian', () => {
  it('Azerbaijani: the document before its units, suffix chains, ordinal endings', () => {
    const reference = only('Ermənistan üçtərəfli bəyanatın 9-cu bəndini pozur.')
    expect(path(reference)).toEqual(['point 9'])
    expect(reference.designation).toMatchObject({ kind: 'named', noun: 'statement', qualifiers: ['trilateral'] })
    expect(path(only('Bəyanatın 4-cü və 6-cı bəndləri'))).toEqual(['point 4,6'])
    expect(only('10 noyabr 2020 tarixli üçtərəfli bəyanata əsasən').designation).toMatchObject({ kind: 'named', date: '2020-11-10' })
    expect(only('BMT-nin 884 saylı qətnaməsi').designation).toMatchObject({ kind: 'resolution', number: '884' })
    const known = only('BMT Nizamnaməsinin məlum 51-ci maddəsi')
    expect(path(known)).toEqual(['article 51'])
    expect(known.designation).toMatchObject({ kind: 'named', noun: 'charter' })
  })

  it('Turkish: apostrophes, "51. maddesi", a paragraph inside an article', () => {
    const reference = only("BM Şartı'nın 2. maddesinin 4. fıkrası")
    expect(path(reference)).toEqual(['article 2', 'paragraph 4'])
    expect(reference.designation).toMatchObject({ kind: 'named', noun: 'charter', qualifiers: ['un'] })
    expect(only('Konsey 2771 (2025) sayılı kararla görevi uzattı.').designation).toMatchObject({ kind: 'resolution', number: '2771', year: '2025' })
    expect(only('Söz konusu kararla ilgili açıklama').designation).toMatchObject({ kind: 'anaphor', noun: 'resolution' })
    // "bildiri" is a declaration, "açıklama" a statement: "Açıklamada" does not point back to "üçlü bildiri".
    expect(only("10 Kasım'da imzalanan üçlü bildiriyle", 'tr').designation).toMatchObject({ kind: 'named', noun: 'declaration' })
  })

  it('Armenian: genitives, "9-րդ", dates before the noun', () => {
    const reference = only('եռակողմ հայտարարության 9-րդ կետին')
    expect(path(reference)).toEqual(['point 9'])
    expect(reference.designation).toMatchObject({ kind: 'named', noun: 'statement', qualifiers: ['trilateral'] })
    expect(only('2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարությամբ').designation).toMatchObject({ kind: 'named', date: '2020-11-09' })
  })
})

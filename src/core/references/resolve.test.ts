import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../text/document'
import { detectReferences } from './detect'
import { referable, resolveFolderReferences, type ReferableDocument, type ResolvedReference } from './resolve'

const SAMPLES = join(__dirname, '../../../resources/samples')
const SAMPLE_DOCUMENTS: ReferableDocument[] = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => referable(name, parseDocument({ body: readFileSync(join(SAMPLES, name), 'utf8'), fileName: name, modified: '2026-01-01' })))
const AZ = '2020-11-10_trilateral-statement_az-mfa-en.txt'
const RU = '2020-11-10_trilateral-statement_ru-mfa-en.txt'
const GULF = '2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt'
const COMMENTARY = '2021-08-12_az-mfa-commentary-304-21.txt'
const ZAKHAROVA = '2021-02-11_apa_zakharova-lachin-corridor_ru.txt'

/** A document as the folder would read it from a file of that name. */
function document(path: string, text: string): ReferableDocument {
  return referable(path, parseDocument({ body: text, fileName: path, modified: '2026-01-01' }))
}

function from(references: ResolvedReference[], source: string): ResolvedReference[] {
  return references.filter((reference) => reference.source === source)
}

const offered = (reference: ResolvedReference | undefined) => reference?.candidates.map((candidate) => [candidate.document, candidate.paragraph])

describe('resolveFolderReferences on the sample folder', () => {
  const { references } = resolveFolderReferences(SAMPLE_DOCUMENTS)

  it('opens point 4 of both renderings from the Gulf Observer report: one text, two renderings, said why', () => {
    const reference = from(references, GULF).find((found) => found.units.includes('4'))!
    expect(reference.text).toBe('the 4th paragraph of the Trilateral Statement of November 10, 2020')
    expect(offered(reference)).toEqual([[AZ, '4'], [RU, '4']])
    expect(reference.target).toMatchObject({ document: AZ, paragraph: '4' })
    expect(reference.confidence).toBeGreaterThanOrEqual(0.85)
    expect(reference.why).toMatch(/2 renderings of one text fit/)
  })

  it('resolves the commentary’s "paragraph 3 of the trilateral statement" to point 3 of both', () => {
    const reference = from(references, COMMENTARY).find((found) => found.text.startsWith('paragraph 3 of the trilateral'))!
    expect(offered(reference)).toEqual([[AZ, '3'], [RU, '3']])
  })

  it('resolves a Russian "6-м пункте трехстороннего заявления … от 9 ноября" to point 6 of the renderings dated 10 November (the statement is dated both ways)', () => {
    const reference = from(references, ZAKHAROVA).find((found) => found.units.includes('6'))!
    expect(reference.language).toBe('ru')
    expect(offered(reference)).toEqual([[AZ, '6'], [RU, '6']])
    expect(reference.why).toMatch(/2 renderings of one text fit/)
  })

  it('resolves a date one day off with a note, when no known instrument dates the document both ways', () => {
    const statement = document('2019-03-04_joint-statement.txt', 'Joint Statement of the Foreign Ministers of Azerbaijan and Turkey\n\n1. The ministers met.\n\n2. They agreed.')
    const note = document('memo.txt', 'Note\n\nPoint 2 of the Joint Statement of the Foreign Ministers of 5 March 2019 applies.')
    const [reference] = from(resolveFolderReferences([statement, note]).references, 'memo.txt')
    expect(reference?.target).toMatchObject({ document: '2019-03-04_joint-statement.txt', paragraph: '2' })
    expect(reference?.why).toMatch(/dated 4 March 2019, a day from the 5 March 2019 cited/)
    expect(reference?.confidence).toBeLessThan(0.9)
  })

  it('gives offsets into the text as the reader shows it', () => {
    const source = SAMPLE_DOCUMENTS.find((found) => found.path === GULF)!
    const text = source.paragraphs.map((paragraph) => paragraph.text).join('\n\n')
    for (const reference of from(references, GULF).filter((found) => found.paragraph >= 0)) expect(text.slice(reference.start, reference.end)).toBe(reference.text)
  })

  it('resolves "paragraph 1 above" to the resolution itself, and the Charter by its name', () => {
    const resolution = '2025-12-01_unga-resolution-80-37.txt'
    expect(from(references, resolution).find((found) => found.text === 'paragraph 1 above')?.target).toMatchObject({ document: resolution, paragraph: '1' })
    expect(references.find((found) => /Charter of the United Nations/.test(found.text))?.target?.document).toBe('1945-06-26_un-charter-article-51.txt')
  })
})

describe('a statement, its renderings, a translation and news reports about it', () => {
  const statement = [
    '1. A complete ceasefire is announced from 00:00 on 10 November 2020.',
    '2. The Aghdam district is returned before 20 November 2020.',
    '3. A peacekeeping contingent is deployed along the line of contact.',
    '4. The peacekeeping contingent is deployed for 5 years.',
  ].join('\n\n')
  const folder = [
    document('2020-11-10_statement_az.txt', `Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation\n\n${statement}`),
    document('2020-11-10_statement_ru-en.txt', `Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation\n\n${statement.replace('complete ceasefire', 'full ceasefire')}`),
    document('2020-11-10_statement_ru.txt', 'Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации\n\n1. Объявляется полное прекращение огня с 00:00 10 ноября 2020 года.\n\n2. Агдамский район возвращается до 20 ноября 2020 года.\n\n3. Вдоль линии соприкосновения развертывается миротворческий контингент.\n\n4. Миротворческий контингент развертывается на 5 лет.'),
    document('2020-11-10_news.txt', 'BAKU, November 10 (Reuters) - Leaders sign the trilateral statement on Karabakh\n\n1. The leaders of Azerbaijan, Armenia and Russia signed the trilateral statement of 10 November 2020, news agencies reported.\n\n2. Point 4 of it deploys peacekeepers for five years.\n\n3. More details follow.'),
    document('2021-08-12_commentary.txt', 'Commentary of the Ministry\n\nThe Ministry recalls paragraph 3 of the trilateral statement of 10 November 2020 and the tripartite declaration of November 10, 2020.\n\nпункт 4 трехстороннего заявления от 10 ноября 2020 года соблюдается.'),
  ]
  const { references } = resolveFolderReferences(folder)
  const citing = from(references, '2021-08-12_commentary.txt')

  it('offers the statement and its renderings and translation, never a news report as the statement', () => {
    for (const reference of citing) {
      const documents = reference.candidates.map((candidate) => candidate.document)
      expect(documents.length).toBeGreaterThan(0)
      expect(documents).not.toContain('2020-11-10_news.txt')
    }
    expect(citing[0]!.candidates.map((candidate) => candidate.paragraph)).toEqual(['3', '3', '3'])
  })

  it('prefers the rendering in the reference’s own language as the target', () => {
    const russian = citing.find((reference) => reference.language === 'ru')!
    expect(russian.target).toMatchObject({ document: '2020-11-10_statement_ru.txt', paragraph: '4' })
  })

  it('binds "Point 4 of it" in the news report to what the report is about, not to the report', () => {
    const reference = from(references, '2020-11-10_news.txt').find((found) => found.units.includes('4'))
    expect(reference?.candidates.map((candidate) => candidate.document)).not.toContain('2020-11-10_news.txt')
  })
})

describe('resolveFolderReferences', () => {
  const statement = document('2021-03-09_joint-statement.txt', 'Joint Statement of the Ministers of Azerbaijan and Turkey\n\n1. The parties agree.\n\n2. The parties meet.\n\n3. The parties report.')

  it('says why a reference cannot be resolved: a point missing, a date no document has', () => {
    const note = document('memo.txt', 'Note\n\nPoint 9 of the Joint Statement of 9 March 2021 is missing. And paragraph 1 of the Joint Statement of 1 May 2020.')
    const [missingPoint, wrongDate] = from(resolveFolderReferences([statement, note]).references, 'memo.txt')
    expect(missingPoint!.reason).toMatch(/has no point 9 here/)
    expect(missingPoint!.confidence).toBe(0)
    expect(wrongDate!.reason).toMatch(/of 1 May 2020 in this folder/)
  })

  it('never binds a unit with no document named to the citing news page itself', () => {
    const news = document('nato-news.txt', 'NATO allies meet in Brussels, officials said\n\nBRUSSELS, June 3 (AP) - The allies discussed Article 5 at length, officials said.')
    const [reference] = from(resolveFolderReferences([news]).references, 'nato-news.txt')
    expect(reference?.candidates ?? []).toEqual([])
    expect(reference?.reason).toMatch(/no document is named/)
  })

  const charter = document('un-charter.txt', 'Charter of the United Nations\n\nArticle 1\n\nThe Purposes of the United Nations are to maintain peace.\n\nArticle 5\n\nA Member may be suspended.\n\nArticle 51\n\nNothing in the present Charter shall impair the inherent right of self-defence.')
  const nato = document('north-atlantic-treaty.txt', 'The North Atlantic Treaty\n\nWashington D.C. - 4 April 1949\n\nArticle 1\n\nThe Parties undertake to settle disputes peacefully.\n\nArticle 5\n\nAn armed attack against one shall be considered an attack against them all.')
  const resolveIn = (documents: ReferableDocument[], source: ReferableDocument) => from(resolveFolderReferences([...documents, source]).references, source.path)
  /** The first paragraph a link leads to, as written there. */
  const landing = (reference: ResolvedReference | undefined, documents: ReferableDocument[]) => {
    const target = reference?.target
    const at = target?.indexes[0]
    return target && at !== undefined ? `${target.document}: ${documents.find((candidate) => candidate.path === target.document)?.paragraphs[at]?.text}` : null
  }

  it('binds a unit with no document named to the founding text of the organisation the page speaks of', () => {
    const news = document('nato-news.txt', 'Allies meet in Brussels\n\nBRUSSELS (AP) - NATO allies discussed Article 5 at length, officials said.')
    const [reference] = resolveIn([charter, nato], news)
    expect(landing(reference, [nato])).toBe('north-atlantic-treaty.txt: Article 5')
    expect(reference?.why).toMatch(/the text speaks of NATO/)
    expect(reference?.confidence).toBeLessThan(0.7)
  })

  it('reads an organisation named with the noun of a founding text as that text: "ст. 5 Устава НАТО", "5 статті НАТО", not "Конвенции ООН"', () => {
    const news = document('news.txt', 'НАТО\n\nСогласно ст. 5 Устава НАТО страны помогают. Що каже 5 стаття НАТО? А статья 5 Конвенции ООН другое.')
    const [charterOfNato, article, convention] = resolveIn([charter, nato], news)
    expect(landing(charterOfNato, [nato])).toBe('north-atlantic-treaty.txt: Article 5')
    expect(landing(article, [nato])).toBe('north-atlantic-treaty.txt: Article 5')
    expect(convention?.candidates).toEqual([])
  })

  it('takes the one legal text of the folder that has a bare unit, and leaves it unresolved when several have it', () => {
    const article51 = document('blog.txt', 'What self-defence means\n\nArticle 51 is cited by every side.')
    expect(landing(resolveIn([charter, nato], article51)[0], [charter])).toBe('un-charter.txt: Article 51')
    const article5 = document('blog.txt', 'What solidarity means\n\nArticle 5 is cited by every side.')
    const [ambiguous] = resolveIn([charter, nato], article5)
    expect(ambiguous?.candidates).toEqual([])
    expect(ambiguous?.reason).toMatch(/2 texts of this folder have article 5/)
  })

  it('reads "this article" as the article cited last, and nothing where none was', () => {
    const news = document('news.txt', 'Self-defence\n\nIran invoked Article 51 of the UN Charter on Monday.\n\nThis article has been invoked before.')
    const [, pointedBack] = resolveIn([charter], news)
    expect(pointedBack).toMatchObject({ text: 'This article', units: ['51'] })
    expect(landing(pointedBack, [charter])).toBe('un-charter.txt: Article 51')
    expect(resolveIn([charter], document('column.txt', 'A column\n\nThis article was updated at 14:30.'))).toEqual([])
  })

  it('reads "Der Artikel" as the article cited last, and "cette disposition" as the unit cited last of any kind', () => {
    const german = document('nachricht.txt', 'Selbstverteidigung\n\nIran berief sich auf Artikel 51 der UN-Charta.\n\nDer Artikel gilt seit 1945.')
    const [, article] = resolveIn([charter], german)
    expect(article).toMatchObject({ text: 'Der Artikel', units: ['51'] })
    const french = document('article.txt', 'Légitime défense\n\nL’Iran invoque l’article 51 de la Charte des Nations Unies.\n\nCette disposition est claire. La disposition de déblocage des routes est autre chose.')
    const found = resolveIn([charter], french)
    expect(found.map((reference) => reference.text)).toEqual(['article 51 de la Charte des Nations Unies', 'Cette disposition'])
    expect(landing(found[1], [charter])).toBe('un-charter.txt: Article 51')
  })

  it('takes "the present Charter" quoted in a news report for the charter of the folder, and Chinese names in traditional characters', () => {
    const news = document('news.txt', 'Moscow invokes self-defence\n\nThe ministry quoted the text: "Nothing in the present Charter shall impair the inherent right".')
    expect(resolveIn([charter], news).find((reference) => reference.text === 'the present Charter')?.target?.document).toBe('un-charter.txt')
    const taiwan = document('taiwan.txt', '外交部聲明\n\n依據《聯合國憲章》第51條，各國享有自衛權。')
    expect(landing(resolveIn([charter], taiwan)[0], [charter])).toBe('un-charter.txt: Article 51')
  })

  it('offers no document by kind when the kind fits several, the parties named are unknown, or a name of its own is written', () => {
    const other = document('2021-05-01_joint-statement.txt', 'Joint Statement of the Foreign Ministers of Azerbaijan and Turkey on Trade\n\n1. The parties agree again.\n\n2. They meet.\n\n3. They report.')
    const generic = document('memo.txt', 'Note\n\nThe ministers recalled the joint statement of Azerbaijan and Turkey.')
    const [kind] = resolveIn([statement, other], generic)
    expect(kind?.candidates).toEqual([])
    expect(kind?.reason).toMatch(/names a kind of document, not one: 2 different documents/)
    const peace = document('news.txt', 'Peace talks\n\nThe Agreement on Peace between Azerbaijan and Armenia was initialled.')
    expect(resolveIn([charter, nato], peace).flatMap((reference) => reference.candidates)).toEqual([])
    const turkish = document('2019-10-09_bm-antlasmasi.txt', 'Birleşmiş Milletler Antlaşması — Türkiye için Madde 51\n\nMadde 51\n\nBu Antlaşmanın hiçbir hükmü meşru müdafaa hakkına halel getirmez.')
    const lausanne = document('haber.txt', 'Boğazlar\n\nTürkiye, Lozan Barış Antlaşmasıyla sınırlarını çizdi.')
    expect(resolveIn([turkish], lausanne).flatMap((reference) => reference.candidates)).toEqual([])
  })

  it('reads a bare noun of a language without articles as the document of that noun named before, and as nothing when none was', () => {
    const trilateral = document('2020-11-10_statement_ru.txt', 'Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации\n\n1. Объявляется полное прекращение огня.\n\n2. Стороны останавливаются.\n\n3. Развертывается контингент.')
    const news = document('news.txt', 'Новости\n\nЛидеры подписали трехстороннее заявление от 10 ноября 2020 года. Согласно заявлению, огонь прекращается.')
    const [, bare] = resolveIn([trilateral], news)
    expect(bare).toMatchObject({ text: 'заявлению', target: { document: trilateral.path } })
    expect(resolveIn([trilateral], document('other.txt', 'Новости\n\nСогласно заявлению, переговоры идут.'))).toEqual([])
  })

  it('reads "this resolution" in a resolution as itself, and "the present treaty" quoted in a report as the one named before', () => {
    const resolution = document('res.txt', 'Resolution 2335 (2016)\n\nRecalling its resolution 1958 (2010),\n\n1. Decides to act.\n\n2. Requests the Secretary-General to report on this resolution.\n\n3. Decides to remain seized.')
    expect(from(resolveFolderReferences([resolution]).references, 'res.txt').find((reference) => reference.text === 'this resolution')?.target?.document).toBe('res.txt')
    // Russian texts call themselves "настоящая резолюция": "эта резолюция" right after resolution 660 is 660, here absent.
    const russian = document('res661.txt', 'Резолюция 661 (1990)\n\nСовет Безопасности,\n\nвновь подтверждая свою резолюцию 660 (1990),\n\nбудучи обеспокоен тем, что эта резолюция не выполнена,\n\n1. Постановляет действовать.\n\n2. Просит доложить.')
    const back = from(resolveFolderReferences([russian]).references, 'res661.txt').find((reference) => reference.text === 'эта резолюция')
    expect(back?.candidates).toEqual([])
    expect(back?.reason).toMatch(/no resolution 660/)
    const news = document('haber.txt', 'Meşru müdafaa\n\nBirleşmiş Milletler Antlaşmasının 51. maddesinde: "Konsey işbu antlaşma gereğince hareket eder."')
    const turkish = document('2019-10-09_bm-antlasmasi.txt', 'Birleşmiş Milletler Antlaşması — Türkiye için Madde 51\n\nMadde 51\n\nBu Antlaşmanın hiçbir hükmü meşru müdafaa hakkına halel getirmez.')
    expect(resolveIn([turkish, charter, nato], news).find((reference) => reference.text === 'işbu antlaşma')?.target?.document).toBe(turkish.path)
  })

  it('takes a name written after the noun for another document: "Статут Міжнародного Суду" beside the UN Charter, "la déclaration trilatérale de Sochi"', () => {
    const ukrainian = document('news.txt', 'Суд\n\nСтатут ООН діє. Статут Міжнародного Суду є частиною Статуту ООН.')
    const court = resolveIn([charter], ukrainian).find((reference) => reference.text === 'Статут Міжнародного Суду')
    expect(court?.candidates).toEqual([])
    const trilateral = document('2020-11-10_declaration_fr.txt', 'Déclaration trilatérale\n\n1. Un cessez-le-feu complet est déclaré.\n\n2. Les parties s’arrêtent.\n\n3. Un contingent est déployé.')
    const sochi = document('actualite.txt', 'Sotchi\n\nLa déclaration trilatérale du 10 novembre 2020 tient. Selon la déclaration trilatérale de Sochi, les parties travaillent.')
    expect(resolveIn([trilateral], sochi).find((reference) => reference.text === 'la déclaration trilatérale de Sochi')?.candidates).toEqual([])
  })

  it('binds "the resolution" with none named before it to the resolution named a few paragraphs after, and not farther', () => {
    const resolution = document('res2334.txt', 'Resolution 2334 (2016)\n\nThe Security Council,\n\n1. Reaffirms the principles.\n\n2. Demands a halt.\n\n3. Underlines the lines.')
    const news = document('noticia.txt', 'Noticias\n\nEl MNOAL celebró la resolución recientemente adoptada.\n\nLa resolución se aprobó con 14 votos.\n\nEl comunicado saluda la adopción de la resolución 2334 (2016).')
    const other = document('res2335.txt', 'Resolution 2335 (2016)\n\nThe Security Council,\n\n1. Decides.\n\n2. Requests.\n\n3. Remains seized.')
    const [lede, again] = resolveIn([resolution, other], news)
    expect(lede).toMatchObject({ text: 'la resolución', target: { document: 'res2334.txt' } })
    expect(lede?.why).toMatch(/named after it/)
    expect(again?.target?.document).toBe('res2334.txt')
    const far = document('noticia.txt', `Noticias\n\nLa resolución se aprobó.${'\n\nOtro párrafo.'.repeat(5)}\n\nLa resolución 2334 (2016) fue citada.`)
    expect(resolveIn([resolution, other], far)[0]?.candidates).toEqual([])
  })

  it('takes no instrument of another kind for a quoted title that has its words: a declaration on the Charter’s principles is no charter', () => {
    const armenian = document('hy.txt', 'Հռչակագիր\n\n«ՄԱԿ-ի կանոնադրության համաձայն պետությունների միջև բարեկամական հարաբերությունների մասին» հռչակագրով ամրագրված է։')
    expect(resolveIn([charter], armenian).flatMap((reference) => reference.candidates)).toEqual([])
    // "un" is a word of "un charter", not a part of "nato founding treaty".
    const convention = document('haber.txt', 'Kuvvet\n\nBM Sözleşmesi’nin 5. maddesi açıktır.')
    expect(resolveIn([nato], convention).flatMap((reference) => reference.candidates)).toEqual([])
    const turkish = document('haber.txt', 'Meşru müdafaa\n\nBirleşmiş Milletler Antlaşmasının 51. maddesi açıktır.')
    expect(landing(resolveIn([charter], turkish)[0], [charter])).toBe('un-charter.txt: Article 51')
  })

  it('takes a document spoken of but not cited ("un acuerdo", "сделало заявление") for what "el texto", "в заявлении" after it mean: nothing of the folder', () => {
    const spanish = document('noticia.txt', 'Acuerdo\n\nLa Carta de la ONU rige. Las partes firmaron un acuerdo. El texto prevé una tregua.')
    const text = resolveIn([charter], spanish).find((reference) => reference.text === 'El texto')
    expect(text?.candidates).toEqual([])
    expect(text?.reason).toMatch(/speaks of a document without naming it/)
    expect(detectReferences('Las partes firmaron un acuerdo.', 'es')).toEqual([])
    expect(detectReferences('Las partes firmaron un acuerdo.', 'es', { mentions: true })).toMatchObject([{ text: 'acuerdo', mention: true }])
  })

  it('takes "the document of" a date for the formal text of that day', () => {
    const note = document('memo.txt', 'Note\n\nThe document of 9 March 2021 is clear.')
    expect(from(resolveFolderReferences([statement, note]).references, 'memo.txt')[0]?.target?.document).toBe(statement.path)
  })

  it('goes on with a list of resolutions that a line break cut into two paragraphs', () => {
    const wrapped = document('resolution.txt', 'Resolution 2339 (2017)\nRecalling its resolutions 2121 (2013), 2127 (2013),\n2149 (2014) and 2181 (2014), and its statements,\n2018 (2019) was a good year.')
    const texts = from(resolveFolderReferences([wrapped]).references, 'resolution.txt').map((reference) => reference.text)
    expect(texts).toEqual(['its resolutions 2121 (2013)', '2127 (2013)', '2149 (2014)', '2181 (2014)'])
  })

  it('applies the analyst’s corrections: a link chosen by hand, a name added', () => {
    const note = document('memo.txt', 'Note\n\nThe Baku communiqué, point 2, applies.')
    const plain = resolveFolderReferences([statement, note]).references
    const key = from(plain, 'memo.txt')[0]?.key
    const corrected = resolveFolderReferences([statement, note], { names: {}, links: key ? { [key]: statement.path } : {} }).references
    if (key) expect(from(corrected, 'memo.txt')[0]).toMatchObject({ corrected: true, confidence: 1, target: { document: statement.path } })
  })
})

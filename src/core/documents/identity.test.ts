import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../text/document'
import { splitParagraphs } from '../text/paragraphs'
import { fileNameDate } from './document-date'
import { identifyDocument, type IdentityInput } from './identity'

const SAMPLES = join(__dirname, '../../../resources/samples')
const sample = (fileName: string) => parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' })

/** A document as a plain-text file gives it: the first line is the title, blank lines separate paragraphs. */
function identify(text: string, more: Partial<IdentityInput> = {}) {
  const [title, ...rest] = text.split('\n\n')
  return identifyDocument({
    title: title!, paragraphs: splitParagraphs(rest.join('\n\n')), fileName: 'document.txt', modified: '2026-01-01',
    declaredDate: null, declaredLanguage: null, publisher: null, ...more,
  })
}

describe('the bundled samples', () => {
  it.each([
    ['2020-11-10_trilateral-statement_az-mfa-en.txt', 'statement', 'trilateral-statement-2020-11-10'],
    ['2020-11-10_trilateral-statement_ru-mfa-en.txt', 'statement', 'trilateral-statement-2020-11-10'],
    ['1945-06-26_un-charter-article-51.txt', 'treaty', 'un-charter'],
    ['2021-08-12_az-mfa-commentary-304-21.txt', 'commentary', null],
    ['2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt', 'news', null],
    ['2025-12-01_unga-resolution-80-37.txt', 'resolution', null],
  ])('%s is a %s', (fileName, kind, instrument) => {
    const document = sample(fileName)
    expect(document.kind).toBe(kind)
    expect(document.instrument).toBe(instrument)
    expect(document.language).toBe('en')
  })

  it('dates each by the best source it has', () => {
    expect(sample('2025-12-01_unga-resolution-80-37.txt')).toMatchObject({ date: '2025-12-01', dateSource: 'signature', symbols: ['80/37', 'a/res/80/37'] })
    // The commentary's title cites the Armenian statement "dated August 11, 2021": not its own date.
    expect(sample('2021-08-12_az-mfa-commentary-304-21.txt')).toMatchObject({ date: '2021-08-12', dateSource: 'file name' })
    expect(sample('2020-11-10_trilateral-statement_az-mfa-en.txt')).toMatchObject({ date: '2020-11-10', dateSource: 'file name' })
  })

  it('names the statement by what it is called and who made it', () => {
    const statement = sample('2020-11-10_trilateral-statement_ru-mfa-en.txt')
    expect(statement.names).toEqual(expect.arrayContaining(['trilateral statement', 'tripartite statement', 'statement by the president of the republic of azerbaijan']))
    expect(statement.parties).toEqual(['azerbaijan', 'armenia', 'russia'])
    expect(statement.noun).toBe('statement')
    expect(sample('1945-06-26_un-charter-article-51.txt').names).toEqual(expect.arrayContaining(['charter of the united nations', 'united nations charter', 'un charter']))
  })
})

describe('news reports', () => {
  const REPORT = [
    'Russia urges Armenia and Azerbaijan to honour the trilateral statement',
    'MOSCOW, August 12 (Reuters) - Russia on Thursday urged Armenia and Azerbaijan to fully implement the trilateral statement of November 10, 2020, which ended six weeks of fighting over Nagorno-Karabakh, the foreign ministry said.',
    'The ministry said Moscow was ready to help, according to a statement on its website.',
  ].join('\n\n')

  it('takes a report about the statement for news, dated by its dateline, not by the statement it cites', () => {
    const report = identify(REPORT, { modified: '2021-08-20' })
    expect(report).toMatchObject({ kind: 'news', date: '2021-08-12', dateSource: 'dateline', instrument: null })
  })

  it('takes the year of a dateline from the file name, else from when the file was saved', () => {
    expect(identify(REPORT, { fileName: '2021-08-12_reuters.txt' }).date).toBe('2021-08-12')
    // Saved on 3 January: "August 12" was last year's.
    expect(identify(REPORT, { modified: '2022-01-03' }).date).toBe('2021-08-12')
  })

  it('reads the datelines of agencies in other languages', () => {
    expect(identify('Пашинян: Армения выполняет заявление\n\nЕРЕВАН, 12 октября. /ТАСС/. Премьер-министр Армении заявил, что...', { modified: '2021-12-01' })).toMatchObject({ kind: 'news', date: '2021-10-12', language: 'ru' })
    expect(identify('Փաշինյանը եռակողմ հայտարարության մասին\n\nԵՐԵՎԱՆ, 12 ՀՈԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: Հայաստանի վարչապետ Նիկոլ Փաշինյանն անընդունելի է համարում որևէ մեկի կողմից 2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարության միայն մի կետը վերցնելը։', { modified: '2021-12-01' })).toMatchObject({ kind: 'news', date: '2021-10-12', language: 'hy' })
    expect(identify('Bayramov Fidan ile görüştü\n\nAnkara, 19 Eylül (AA) - Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Türkiye Dışişleri Bakanı Hakan Fidan ile görüştü.', { fileName: '2023-09-19.txt' })).toMatchObject({ kind: 'news', date: '2023-09-19', language: 'tr' })
    expect(identify('俄阿亚三国领导人签署声明\n\n新华社莫斯科11月10日电 俄罗斯总统普京、阿塞拜疆总统阿利耶夫和亚美尼亚总理帕希尼扬签署联合声明。', { modified: '2020-11-30' })).toMatchObject({ kind: 'news', date: '2020-11-10', language: 'zh' })
  })

  it('takes an outlet as publisher, and reported speech, for news', () => {
    expect(identify('Ministers meet in Baku\n\nThe ministers met on Tuesday.', { publisher: 'The Gulf Observer' }).kind).toBe('news')
    expect(identify('Ministers meet in Baku\n\nThe ministers met on Tuesday.', { publisher: 'Ministry of Foreign Affairs of the Republic of Azerbaijan' }).kind).toBe('other')
    expect(identify('Ministers meet in Baku\n\nThe minister said the talks went well, according to the ministry. He told reporters more talks would follow.').kind).toBe('news')
  })
})

describe('statements, resolutions and treaties in their own words', () => {
  it('dates a Russian statement by the date under its title: 9 November, as the Kremlin dates it', () => {
    const statement = identify(
      [
        'Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации',
        '9 ноября 2020 года',
        'Мы, Президент Азербайджанской Республики И.Г.Алиев, Премьер-министр Республики Армения Н.В.Пашинян и Президент Российской Федерации В.В.Путин, заявляем о следующем:',
        '1. Объявляется полное прекращение огня и всех военных действий в зоне нагорно-карабахского конфликта с 00 часов 00 минут по московскому времени 10 ноября 2020 года.',
      ].join('\n\n'),
    )
    expect(statement).toMatchObject({ kind: 'statement', noun: 'statement', language: 'ru', date: '2020-11-09', dateSource: 'dateline', instrument: 'trilateral-statement-2020-11-10' })
    expect(statement.parties).toEqual(['azerbaijan', 'armenia', 'russia'])
    expect(statement.names).toEqual(expect.arrayContaining(['trilateral statement', 'трехстороннее заявление']))
  })

  it('reads a head-final title: the Azerbaijani statement ends with its noun', () => {
    const statement = identify(
      'Azərbaycan Respublikası Prezidentinin, Ermənistan Respublikası Baş nazirinin və Rusiya Federasiyası Prezidentinin Bəyanatı\n\nBiz, Azərbaycan Respublikasının Prezidenti İ.H.Əliyev, Ermənistan Respublikasının Baş naziri N.V.Paşinyan və Rusiya Federasiyasının Prezidenti V.V.Putin aşağıdakıları bəyan edirik:',
      { fileName: '10 noyabr 2020.txt' },
    )
    expect(statement).toMatchObject({ kind: 'statement', language: 'az', date: '2020-11-10', dateSource: 'file name', instrument: 'trilateral-statement-2020-11-10' })
  })

  it('dates a resolution by its adoption and knows it by its number', () => {
    const resolution = identify(
      [
        'Resolution 853 (1993)',
        'Adopted by the Security Council at its 3259th meeting, on 29 July 1993',
        'The Security Council,',
        'Reaffirming its resolution 822 (1993) of 30 April 1993,',
      ].join('\n\n'),
    )
    expect(resolution).toMatchObject({ kind: 'resolution', date: '1993-07-29', dateSource: 'signature', instrument: 'unsc-resolution-853' })
    expect(resolution.symbols).toEqual(expect.arrayContaining(['853 (1993)', 's/res/853 (1993)', 's/res/853']))
  })

  it('dates a treaty by its "Done at" clause, not by the Charter it cites', () => {
    const treaty = identify(
      [
        'The North Atlantic Treaty',
        'The Parties to this Treaty reaffirm their faith in the purposes and principles of the Charter of the United Nations of 26 June 1945.',
        'Article 1',
        'The Parties undertake, as set forth in the Charter of the United Nations, to settle any international dispute by peaceful means.',
        'Done at Washington, D.C., April 4, 1949.',
      ].join('\n\n'),
    )
    expect(treaty).toMatchObject({ kind: 'treaty', date: '1949-04-04', dateSource: 'signature', instrument: 'north-atlantic-treaty' })
  })

  it('takes a title’s own date, but not one it cites', () => {
    expect(identify('Joint Statement of 10 January 2022\n\nThe ministers met.')).toMatchObject({ date: '2022-01-10', dateSource: 'title', kind: 'statement' })
    expect(identify('Nordatlantikvertrag (Washington, 4. April 1949)\n\nArtikel 5\n\nDie Parteien vereinbaren, dass ein bewaffneter Angriff gegen eine oder mehrere von ihnen in Europa oder Nordamerika als ein Angriff gegen sie alle angesehen werden wird.')).toMatchObject({ date: '1949-04-04', dateSource: 'title', instrument: 'north-atlantic-treaty', language: 'de' })
    const commentary = identify('Commentary on the statement of the Armenian Foreign Ministry dated August 11, 2021\n\nThe statement is another attempt to evade obligations.')
    expect(commentary).toMatchObject({ kind: 'commentary', dateSource: 'file modified' })
  })

  it('prefers the date a file declares to its dateline and its title', () => {
    expect(identify('Statement of 10 January 2022\n\nBaku, 11 January 2022 — text', { declaredDate: '2022-01-12' })).toMatchObject({ date: '2022-01-12', dateSource: 'metadata' })
  })

  it('takes the first date in the text that dates no other document', () => {
    expect(identify('Notes\n\nWe discussed the Statement of 10 November 2020.\n\nThe talks were held on 5 March 2021 in Moscow.')).toMatchObject({ kind: 'notes', date: '2021-03-05', dateSource: 'text' })
    expect(identify('Notes\n\nWe discussed the Statement of 10 November 2020.')).toMatchObject({ date: '2026-01-01', dateSource: 'file modified' })
  })

  it.each([
    ['Déclaration conjointe des ministres des affaires étrangères', 'statement', 'fr'],
    ['Gemeinsame Erklärung der Außenminister Deutschlands und Frankreichs', 'statement', 'de'],
    ['Carta de las Naciones Unidas', 'treaty', 'es'],
    ['Заява Міністерства закордонних справ України', 'statement', 'uk'],
    ['Ermənistan XİN-in bəyanatına dair Azərbaycan XİN-in Mətbuat xidməti idarəsinin şərhi', 'commentary', 'az'],
    ['Türkiye ve Azerbaycan Dışişleri Bakanlarının Ortak Bildirisi', 'statement', 'tr'],
    ['Հայաստանի Հանրապետության արտաքին գործերի նախարարության հայտարարություն', 'statement', 'hy'],
    ['中华人民共和国和俄罗斯联邦联合声明', 'statement', 'zh'],
    ['بيان مشترك لوزراء الخارجية', 'statement', 'ar'],
    ['Résolution 2334 (2016)', 'resolution', 'fr'],
  ])('knows "%s" for a %s', (title, kind, language) => {
    expect(identify(`${title}\n\nText.`, { declaredLanguage: language })).toMatchObject({ kind })
  })

  it('knows speeches and letters by how they open', () => {
    expect(identify('Remarks at the Security Council\n\nMr. President, thank you for convening this meeting.').kind).toBe('speech')
    expect(identify('Address to the nation\n\nDear compatriots, today is a historic day.').kind).toBe('speech')
    expect(identify('To the Secretary-General\n\nI have the honour to transmit herewith the statement of the Ministry.').kind).toBe('letter')
    expect(identify('Untitled\n\nLadies and gentlemen, I am glad to welcome you.').kind).toBe('speech')
  })

  it('knows an excerpt of a resolution by its operative paragraphs, not a numbered list of requests', () => {
    expect(identify('Excerpt\n\n6. Requests the Secretary-General to report on the implementation of this resolution.')).toMatchObject({ kind: 'resolution', noun: 'resolution' })
    expect(identify('Extrait\n\n4. Décide de rester saisi de la question.')).toMatchObject({ kind: 'resolution' })
    expect(identify('Our demands\n\n1. Requests for aid are answered within a week.').kind).not.toBe('resolution')
  })
})

describe('names', () => {
  it('adds the short names a document defines for itself, in any language', () => {
    const statement = identify('Statement by the Ministers of Foreign Affairs\n\nThe Ministers adopted this Joint Statement (hereinafter — the Statement) on the situation in the region.')
    expect(statement.names).toContain('statement')
    const treaty = identify('Agreement between the Government of X and the Government of Y\n\nThe Government of X and the Government of Y (hereinafter referred to as "the Parties") have concluded this Agreement (hereinafter referred to as "the Agreement") and have agreed as follows:')
    expect(treaty.names).toContain('agreement')
    expect(treaty.names).not.toContain('parties')
    const russian = identify('Соглашение о сотрудничестве\n\nНастоящее Соглашение (далее — «Соглашение о сотрудничестве») вступает в силу со дня подписания.')
    expect(russian.names).toContain('соглашение о сотрудничестве')
  })

  it('does not take a cited document’s short name for its own', () => {
    const commentary = identify('Commentary of the Press Service\n\nThe statement of the Armenian Foreign Ministry of 11 August 2021 (hereinafter — the Statement) is another attempt to evade obligations.')
    expect(commentary.kind).toBe('commentary')
    expect(commentary.names).not.toContain('statement')
  })
})

describe('fileNameDate', () => {
  it.each([
    ['2020-11-10_statement.txt', '2020-11-10'],
    ['statement_20201110.pdf', '2020-11-10'],
    ['statement 2020_11_10.docx', '2020-11-10'],
    ['10 November 2020 statement.html', '2020-11-10'],
    ['statement-2020-13-45.txt', null],
    ['notes.txt', null],
  ])('%s → %s', (fileName, iso) => {
    expect(fileNameDate(fileName)).toBe(iso)
  })
})

describe('a folder’s own notes', () => {
  it('takes a README, notes or change log for notes, whatever its text says', () => {
    for (const fileName of ['README.md', 'readme.txt', 'NOTES.txt', 'CHANGELOG.md']) {
      const paragraphs = [{ index: 0, number: null, text: 'The Statement of 10 November 2020, points 1-5, is here.' }]
      expect(identifyDocument({ title: 'Sample statements', paragraphs, fileName, declaredDate: null, declaredLanguage: null, publisher: null, modified: '2026-01-01' }).kind).toBe('notes')
    }
  })
})

import { describe, expect, it } from 'vitest'
import { detectLanguage, languageFromTag, type LanguageCode } from './language'

/**
 * The opening words of real passages from the labelled corpus (refs-corpus, passages.jsonl: the
 * id says which), a sentence or two each: about what a title and a first paragraph give. ar-014
 * is Arabic typed on a Persian keyboard (ک and ی for ك and ي).
 */
const PASSAGES: [LanguageCode, string, string][] = [
  ['en', 'en-001', 'The statement of the Armenian Foreign Ministry of August 11, 2021, accusing Azerbaijan of allegedly violating the trilateral Statement of November 10, 2020, is another futile attempt'],
  ['ru', 'ru-001', '1. В целях реализации пункта 9 Заявления от 9 ноября 2020 года в части разблокировки всех экономических и транспортных связей в регионе, поддерживается предложение Президента Российской Федерации'],
  ['uk', 'uk-001', "Як повідомлялося раніше, прем'єр-міністр Вірменії Нікол Пашинян, президент Азербайджану Ільхам Алієв і президент Росії Володимир Путін підписали заяву про припинення війни в Нагірному Карабасі."],
  ['fr', 'fr-001', 'À sa 7853e séance, le 23 décembre 2016, le Conseil a décidé, en vertu de l’article 37 de son Règlement intérieur provisoire, d’inviter le représentant d’Israël à participer'],
  ['es', 'es-001', 'El Artículo 51 establece el derecho de los países a emplear la legítima defensa, incluso legítima defensa colectiva, contra un ataque armado.'],
  ['de', 'de-001', 'Das Recht zur Selbstverteidigung ist in Artikel 51 der Charta der Vereinten Nationen festgelegt und stellt eine Ausnahme vom Gewaltverbot dar.'],
  ['az', 'az-001', '1. Bölgədəki bütün iqtisadi və nəqliyyat əlaqələrinin blokdan çıxarılması baxımından 9 Noyabr 2020-ci il tarixli Bəyanatın 9-cu bəndini həyata keçirmək üçün'],
  ['tr', 'tr-001', "Birleşmiş Milletler (BM) Şartı'nın 51. maddesi, Türkiye'nin uluslararası hukuk gereğince Suriye'deki terör hedeflerine yönelik başlattığı Barış Pınarı Harekatı'nın dayanaklarından biri."],
  ['hy', 'hy-001', 'ԵՐԵՎԱՆ, 12 ՀՈԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: Հայաստանի վարչապետ Նիկոլ Փաշինյանն անընդունելի է համարում որևէ մեկի կողմից 2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարության միայն մի կետը վերցնելն'],
  ['ar', 'ar-001', 'وتنص المادة 51 من الفصل السابع لميثاق الأمم المتحدة على ما يلي: “ليس في هذا الميثاق ما يضعف أو ينتقص الحق الطبيعي للدول، فرادى أو جماعات'],
  ['ar', 'ar-014', 'نحن ممتنون للإشاره إلى الخطاب المشترک لوزراء خارجیه جمهوریه الصین الشعبیه، وجمهوریه إیران الإسلامیه، والاتحاد الروسی، بتاریخ 28 أغسطس 2025'],
  ['zh', 'zh-001', '安全理事會, 回顧以往第1996(2011)、2046(2012)、2057(2012)號決議以及安理會主席聲明, 認定南蘇丹局勢繼續對國際和平與安全構成威脅'],
]

describe('detectLanguage', () => {
  it.each(PASSAGES)('reads %s in corpus passage %s', (language, _id, text) => {
    expect(detectLanguage(text)).toBe(language)
  })

  it('tells Russian from Ukrainian and Azerbaijani from Turkish on a title', () => {
    expect(detectLanguage('Заявление Министерства иностранных дел Российской Федерации')).toBe('ru')
    expect(detectLanguage('Заява Міністерства закордонних справ України щодо подій')).toBe('uk')
    expect(detectLanguage('Azərbaycan Respublikası Xarici İşlər Nazirliyinin bəyanatı')).toBe('az')
    expect(detectLanguage('Türkiye Cumhuriyeti Dışişleri Bakanlığının açıklaması hakkında')).toBe('tr')
  })

  it('says null for too little text, another script, Persian, Japanese and, on a long sample, Italian', () => {
    expect(detectLanguage('2020-11-10')).toBeNull()
    expect(detectLanguage('Ελληνική Δημοκρατία, Υπουργείο Εξωτερικών')).toBeNull()
    expect(detectLanguage('وزارت امور خارجه جمهوری اسلامی ایران پیام تسلیت فرستاد و گفت که این یک کار خوب است')).toBeNull()
    expect(detectLanguage('外務省は共同声明を発表しました。これは日本語の文章です。')).toBeNull()
    const italian =
      'Noi e il Presidente degli Stati Uniti d’America abbiamo assistito alla parafatura del testo concordato dell’Accordo sull’istituzione della pace e delle relazioni interstatali tra la Repubblica dell’Azerbaigian e la Repubblica d’Armenia da parte dei Ministri degli Esteri delle due parti. A tale riguardo, abbiamo rilevato la necessità di proseguire con ulteriori azioni per giungere alla firma e alla ratifica definitiva dell’Accordo e abbiamo sottolineato l’importanza di mantenere e rafforzare la pace tra i nostri Paesi.'
    expect(detectLanguage(italian)).toBeNull()
  })
})

describe('languageFromTag', () => {
  it('reads the language tags files declare', () => {
    expect(languageFromTag('ru-RU')).toBe('ru')
    expect(languageFromTag('az-Latn-AZ')).toBe('az')
    expect(languageFromTag('zh_CN')).toBe('zh')
    expect(languageFromTag('hye')).toBe('hy')
    expect(languageFromTag('it')).toBeNull()
    expect(languageFromTag(null)).toBeNull()
  })
})

import type { DocumentNoun, LanguageCode } from '../languages/language'
import type { DocumentKind } from './kind-words'
import { normaliseName } from './normalise'

/** A well-known instrument that documents cite by name: "the UN Charter", "Устав ООН", "the Washington Treaty". */
export interface Instrument {
  key: string
  kind: DocumentKind
  noun: DocumentNoun | null
  /** yyyy-mm-dd; more than one when sources date it differently (signed late on 9 November Moscow time, 10 November in Baku). */
  dates: string[]
  /** Its names in each language: each names it alone. */
  names: Partial<Record<LanguageCode, string[]>>
  /** Names that are its only together with its date: "the trilateral statement" is also that of 11 January 2021. */
  datedNames: Partial<Record<LanguageCode, string[]>>
  /** UN symbols, lower case: "s/res/822 (1993)". */
  symbols: string[]
}

type InstrumentRow = Omit<Instrument, 'datedNames' | 'symbols'> & Partial<Pick<Instrument, 'datedNames' | 'symbols'>>

/**
 * The three leaders' statements: same title, told apart by their dates. "Joint statement" is no
 * name of theirs: it is a kind of document any two parties issue.
 */
const TRILATERAL_STATEMENT_NAMES: Partial<Record<LanguageCode, string[]>> = {
  en: [
    'Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation',
    'Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation',
    'trilateral statement', 'tripartite statement', 'trilateral declaration', 'tripartite declaration',
  ],
  ru: [
    'Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации',
    'трехстороннее заявление',
  ],
  uk: ['Заява Президента Азербайджанської Республіки, Прем’єр-міністра Республіки Вірменія і Президента Російської Федерації', 'тристороння заява'],
  fr: ['Déclaration du Président de la République d’Azerbaïdjan, du Premier ministre de la République d’Arménie et du Président de la Fédération de Russie', 'déclaration trilatérale', 'déclaration tripartite'],
  es: ['Declaración del Presidente de la República de Azerbaiyán, el Primer Ministro de la República de Armenia y el Presidente de la Federación de Rusia', 'declaración trilateral', 'declaración tripartita'],
  de: ['Erklärung des Präsidenten der Republik Aserbaidschan, des Premierministers der Republik Armenien und des Präsidenten der Russischen Föderation', 'trilaterale Erklärung', 'dreiseitige Erklärung'],
  az: [
    'Azərbaycan Respublikası Prezidentinin, Ermənistan Respublikası Baş nazirinin və Rusiya Federasiyası Prezidentinin Bəyanatı',
    'üçtərəfli bəyanat', 'üçtərəfli bəyanatı',
  ],
  tr: ['üçlü bildiri', 'üçlü açıklama', 'üçlü mutabakat'],
  hy: [
    'Ադրբեջանի Հանրապետության Նախագահի, Հայաստանի Հանրապետության վարչապետի և Ռուսաստանի Դաշնության Նախագահի հայտարարություն',
    'եռակողմ հայտարարություն',
  ],
  ar: ['البيان الثلاثي'],
  zh: ['三方声明'],
}

const INSTRUMENT_ROWS: InstrumentRow[] = [
  {
    key: 'un-charter', kind: 'treaty', noun: 'charter', dates: ['1945-06-26'],
    names: {
      en: ['Charter of the United Nations', 'United Nations Charter', 'UN Charter', 'U.N. Charter'],
      ru: ['Устав Организации Объединенных Наций', 'Устав ООН'],
      uk: ['Статут Організації Об’єднаних Націй', 'Статут ООН'],
      fr: ['Charte des Nations Unies', 'Charte de l’ONU', 'Charte de l’Organisation des Nations Unies'],
      es: ['Carta de las Naciones Unidas', 'Carta de la ONU'],
      de: ['Charta der Vereinten Nationen', 'UN-Charta', 'UNO-Charta', 'Charta der UN', 'Satzung der Vereinten Nationen', 'UN-Satzung'],
      az: ['Birləşmiş Millətlər Təşkilatının Nizamnaməsi', 'BMT Nizamnaməsi', 'BMT-nin Nizamnaməsi'],
      tr: ['Birleşmiş Milletler Antlaşması', 'Birleşmiş Milletler Şartı', 'BM Şartı', 'BM Antlaşması'],
      hy: ['Միավորված ազգերի կազմակերպության կանոնադրություն', 'ՄԱԿ-ի կանոնադրություն'],
      ar: ['ميثاق الأمم المتحدة', 'الميثاق الأممي'],
      zh: ['联合国宪章'],
    },
  },
  {
    key: 'north-atlantic-treaty', kind: 'treaty', noun: 'treaty', dates: ['1949-04-04'],
    names: {
      en: ['North Atlantic Treaty', 'The North Atlantic Treaty', 'Washington Treaty', 'NATO Treaty', 'NATO founding treaty'],
      ru: ['Североатлантический договор', 'Вашингтонский договор'],
      uk: ['Північноатлантичний договір', 'Вашингтонський договір'],
      fr: ['Traité de l’Atlantique Nord', 'Traité de Washington'],
      es: ['Tratado del Atlántico Norte', 'Tratado de Washington'],
      de: ['Nordatlantikvertrag', 'NATO-Vertrag', 'Washingtoner Vertrag'],
      az: ['Şimali Atlantika Müqaviləsi', 'Vaşinqton Müqaviləsi'],
      tr: ['Kuzey Atlantik Antlaşması', 'Washington Antlaşması'],
      hy: ['Հյուսիսատլանտյան պայմանագիր', 'Վաշինգտոնի պայմանագիր'],
      ar: ['معاهدة شمال الأطلسي', 'معاهدة واشنطن'],
      zh: ['北大西洋公约', '华盛顿条约'],
    },
  },
  {
    key: 'trilateral-statement-2020-11-10', kind: 'statement', noun: 'statement', dates: ['2020-11-10', '2020-11-09'],
    names: {
      // Undated, "the trilateral statement" is this one: the statement of 11 January 2021 is named with its date.
      ...TRILATERAL_STATEMENT_NAMES,
      en: [...(TRILATERAL_STATEMENT_NAMES.en ?? []), 'November 10 statement', '10 November statement', 'Karabakh ceasefire statement', 'trilateral ceasefire agreement', 'ceasefire agreement', 'trilateral agreement', 'trilateral ceasefire deal', 'ceasefire deal'],
      ru: [...(TRILATERAL_STATEMENT_NAMES.ru ?? []), 'Заявление от 10 ноября', 'Заявление от 9 ноября', 'трехстороннее соглашение', 'трехсторонние договоренности'],
      az: [...(TRILATERAL_STATEMENT_NAMES.az ?? []), '10 noyabr Bəyanatı'],
    },
  },
  {
    key: 'trilateral-statement-2021-01-11', kind: 'statement', noun: 'statement', dates: ['2021-01-11'],
    names: { en: ['January 11 statement', '11 January statement'], az: ['11 yanvar Bəyanatı'] },
    datedNames: TRILATERAL_STATEMENT_NAMES,
  },
  {
    key: 'minsk-package-of-measures', kind: 'treaty', noun: 'package', dates: ['2015-02-12'],
    names: {
      en: ['Package of Measures for the Implementation of the Minsk Agreements', 'Minsk Package of Measures', 'Minsk II', 'Minsk 2', 'Minsk II agreement'],
      ru: ['Комплекс мер по выполнению Минских соглашений', 'Комплекс мер', 'Минск-2', 'Минские соглашения-2'],
      uk: ['Комплекс заходів щодо виконання Мінських угод', 'Комплекс заходів з імплементації Мінських угод', 'Комплекс заходів', 'Пакет заходів', 'Мінськ-2'],
      fr: ['Ensemble de mesures en vue de l’application des accords de Minsk', 'Minsk II'],
      es: ['Conjunto de medidas para la aplicación de los Acuerdos de Minsk', 'Minsk II'],
      de: ['Maßnahmenpaket zur Umsetzung der Minsker Vereinbarungen', 'Minsk II', 'Minsker Maßnahmenpaket'],
      az: ['Minsk razılaşmalarının icrası üzrə tədbirlər kompleksi', 'Minsk-2'],
      tr: ['Minsk Anlaşmalarının Uygulanmasına Yönelik Tedbirler Paketi', 'Minsk-2'],
      hy: ['Մինսկի համաձայնագրերի կատարման միջոցառումների համալիր', 'Մինսկ-2'],
      ar: ['مجموعة تدابير تنفيذ اتفاقات مينسك', 'مينسك 2'],
      zh: ['履行明斯克协议的一揽子措施', '新明斯克协议'],
    },
    symbols: ['s/res/2202 (2015), annex'],
  },
  {
    key: 'alma-ata-declaration', kind: 'statement', noun: 'declaration', dates: ['1991-12-21'],
    names: {
      en: ['Alma-Ata Declaration', 'Alma Ata Declaration', 'Almaty Declaration', 'Alma-Ata Declaration of 1991'],
      ru: ['Алма-Атинская декларация'],
      uk: ['Алма-Атинська декларація'],
      fr: ['Déclaration d’Alma-Ata'],
      es: ['Declaración de Alma-Ata'],
      de: ['Erklärung von Alma-Ata', 'Alma-Ata-Deklaration'],
      az: ['Alma-Ata Bəyannaməsi'],
      tr: ['Alma-Ata Deklarasyonu', 'Alma-Ata Bildirgesi'],
      hy: ['Ալմա-Աթայի հռչակագիր'],
      ar: ['إعلان ألما آتا'],
      zh: ['阿拉木图宣言'],
    },
  },
  {
    key: 'helsinki-final-act', kind: 'treaty', noun: 'act', dates: ['1975-08-01'],
    names: {
      en: ['Helsinki Final Act', 'Final Act of the Conference on Security and Co-operation in Europe', 'CSCE Final Act', 'Helsinki Accords'],
      ru: ['Заключительный акт Совещания по безопасности и сотрудничеству в Европе', 'Хельсинкский заключительный акт', 'Заключительный акт СБСЕ', 'Хельсинкские соглашения'],
      uk: ['Гельсінський заключний акт', 'Заключний акт Наради з безпеки та співробітництва в Європі'],
      fr: ['Acte final d’Helsinki', 'Acte final de la Conférence sur la sécurité et la coopération en Europe'],
      es: ['Acta Final de Helsinki', 'Acta Final de la Conferencia sobre la Seguridad y la Cooperación en Europa'],
      de: ['Schlussakte von Helsinki', 'KSZE-Schlussakte', 'Helsinki-Schlussakte'],
      az: ['Helsinki Yekun Aktı'],
      tr: ['Helsinki Nihai Senedi'],
      hy: ['Հելսինկյան եզրափակիչ ակտ'],
      ar: ['وثيقة هلسنكي الختامية'],
      zh: ['赫尔辛基最后文件'],
    },
  },
  {
    key: 'unclos', kind: 'treaty', noun: 'convention', dates: ['1982-12-10'],
    names: {
      en: ['United Nations Convention on the Law of the Sea', 'UN Convention on the Law of the Sea', 'UNCLOS', 'Law of the Sea Convention'],
      ru: ['Конвенция Организации Объединенных Наций по морскому праву', 'Конвенция ООН по морскому праву'],
      uk: ['Конвенція Організації Об’єднаних Націй з морського права', 'Конвенція ООН з морського права'],
      fr: ['Convention des Nations Unies sur le droit de la mer'],
      es: ['Convención de las Naciones Unidas sobre el Derecho del Mar'],
      de: ['Seerechtsübereinkommen der Vereinten Nationen', 'UN-Seerechtsübereinkommen'],
      az: ['BMT-nin Dəniz hüququ üzrə Konvensiyası'],
      tr: ['Birleşmiş Milletler Deniz Hukuku Sözleşmesi'],
      hy: ['ՄԱԿ-ի ծովային իրավունքի մասին կոնվենցիա'],
      ar: ['اتفاقية الأمم المتحدة لقانون البحار'],
      zh: ['联合国海洋法公约'],
    },
  },
  {
    key: 'npt', kind: 'treaty', noun: 'treaty', dates: ['1968-07-01'],
    names: {
      en: ['Treaty on the Non-Proliferation of Nuclear Weapons', 'Non-Proliferation Treaty', 'Nuclear Non-Proliferation Treaty', 'NPT'],
      ru: ['Договор о нераспространении ядерного оружия', 'ДНЯО'],
      uk: ['Договір про нерозповсюдження ядерної зброї', 'ДНЯЗ'],
      fr: ['Traité sur la non-prolifération des armes nucléaires', 'TNP'],
      es: ['Tratado sobre la No Proliferación de las Armas Nucleares', 'TNP'],
      de: ['Vertrag über die Nichtverbreitung von Kernwaffen', 'Atomwaffensperrvertrag'],
      az: ['Nüvə silahının yayılmaması haqqında Müqavilə'],
      tr: ['Nükleer Silahların Yayılmasının Önlenmesi Antlaşması'],
      hy: ['Միջուկային զենքի չտարածման մասին պայմանագիր'],
      ar: ['معاهدة عدم انتشار الأسلحة النووية'],
      zh: ['不扩散核武器条约'],
    },
  },
  {
    key: 'vienna-convention-law-of-treaties', kind: 'treaty', noun: 'convention', dates: ['1969-05-23'],
    names: {
      en: ['Vienna Convention on the Law of Treaties', 'VCLT'],
      ru: ['Венская конвенция о праве международных договоров'],
      uk: ['Віденська конвенція про право міжнародних договорів'],
      fr: ['Convention de Vienne sur le droit des traités'],
      es: ['Convención de Viena sobre el Derecho de los Tratados'],
      de: ['Wiener Übereinkommen über das Recht der Verträge', 'Wiener Vertragsrechtskonvention'],
      az: ['Beynəlxalq müqavilələr hüququ haqqında Vyana Konvensiyası'],
      tr: ['Antlaşmalar Hukukuna İlişkin Viyana Sözleşmesi'],
      hy: ['Միջազգային պայմանագրերի իրավունքի մասին Վիեննայի կոնվենցիա'],
      ar: ['اتفاقية فيينا لقانون المعاهدات'],
      zh: ['维也纳条约法公约'],
    },
  },
  {
    key: 'rome-statute', kind: 'treaty', noun: 'statute', dates: ['1998-07-17'],
    names: {
      en: ['Rome Statute of the International Criminal Court', 'Rome Statute', 'ICC Statute'],
      ru: ['Римский статут Международного уголовного суда', 'Римский статут'],
      uk: ['Римський статут Міжнародного кримінального суду', 'Римський статут'],
      fr: ['Statut de Rome de la Cour pénale internationale', 'Statut de Rome'],
      es: ['Estatuto de Roma de la Corte Penal Internacional', 'Estatuto de Roma'],
      de: ['Römisches Statut des Internationalen Strafgerichtshofs', 'Römisches Statut'],
      az: ['Beynəlxalq Cinayət Məhkəməsinin Roma Statutu', 'Roma Statutu'],
      tr: ['Uluslararası Ceza Mahkemesi Roma Statüsü', 'Roma Statüsü'],
      hy: ['Միջազգային քրեական դատարանի Հռոմի կանոնադրություն', 'Հռոմի կանոնադրություն'],
      ar: ['نظام روما الأساسي للمحكمة الجنائية الدولية', 'نظام روما الأساسي'],
      zh: ['国际刑事法院罗马规约', '罗马规约'],
    },
  },
  {
    key: 'icj-statute', kind: 'treaty', noun: 'statute', dates: ['1945-06-26'],
    names: {
      en: ['Statute of the International Court of Justice', 'ICJ Statute'],
      ru: ['Статут Международного Суда', 'Статут Международного Суда ООН'],
      uk: ['Статут Міжнародного Суду', 'Статут Міжнародного Суду ООН'],
      fr: ['Statut de la Cour internationale de Justice'],
      es: ['Estatuto de la Corte Internacional de Justicia'],
      de: ['Statut des Internationalen Gerichtshofs', 'IGH-Statut'],
      az: ['Beynəlxalq Məhkəmənin Statutu'],
      tr: ['Uluslararası Adalet Divanı Statüsü'],
      hy: ['Արդարադատության միջազգային դատարանի կանոնադրություն'],
      ar: ['النظام الأساسي لمحكمة العدل الدولية'],
      zh: ['国际法院规约'],
    },
  },
  {
    key: 'geneva-conventions-1949', kind: 'treaty', noun: 'convention', dates: ['1949-08-12'],
    names: {
      en: ['Geneva Conventions', 'Geneva Conventions of 1949', 'Geneva Conventions of 12 August 1949'],
      ru: ['Женевские конвенции', 'Женевские конвенции 1949 года'],
      uk: ['Женевські конвенції'],
      fr: ['Conventions de Genève'],
      es: ['Convenios de Ginebra'],
      de: ['Genfer Abkommen', 'Genfer Konventionen'],
      az: ['Cenevrə konvensiyaları'],
      tr: ['Cenevre Sözleşmeleri'],
      hy: ['Ժնևի կոնվենցիաներ'],
      ar: ['اتفاقيات جنيف'],
      zh: ['日内瓦公约', '日内瓦四公约'],
    },
  },
  {
    key: 'udhr', kind: 'statement', noun: 'declaration', dates: ['1948-12-10'],
    names: {
      en: ['Universal Declaration of Human Rights', 'UDHR'],
      ru: ['Всеобщая декларация прав человека'],
      uk: ['Загальна декларація прав людини'],
      fr: ['Déclaration universelle des droits de l’homme'],
      es: ['Declaración Universal de Derechos Humanos', 'Declaración Universal de los Derechos Humanos'],
      de: ['Allgemeine Erklärung der Menschenrechte'],
      az: ['İnsan hüquqları haqqında Ümumi Bəyannamə', 'Ümumdünya İnsan Hüquqları Bəyannaməsi'],
      tr: ['İnsan Hakları Evrensel Beyannamesi'],
      hy: ['Մարդու իրավունքների համընդհանուր հռչակագիր'],
      ar: ['الإعلان العالمي لحقوق الإنسان'],
      zh: ['世界人权宣言'],
    },
    symbols: ['a/res/217 a (iii)', 'a/res/217(iii)'],
  },
  {
    key: 'iccpr', kind: 'treaty', noun: 'covenant', dates: ['1966-12-16'],
    names: {
      en: ['International Covenant on Civil and Political Rights', 'ICCPR'],
      ru: ['Международный пакт о гражданских и политических правах'],
      uk: ['Міжнародний пакт про громадянські і політичні права'],
      fr: ['Pacte international relatif aux droits civils et politiques'],
      es: ['Pacto Internacional de Derechos Civiles y Políticos'],
      de: ['Internationaler Pakt über bürgerliche und politische Rechte', 'UN-Zivilpakt', 'Zivilpakt'],
      az: ['Mülki və siyasi hüquqlar haqqında Beynəlxalq Pakt'],
      tr: ['Medeni ve Siyasi Haklar Uluslararası Sözleşmesi'],
      hy: ['Քաղաքացիական և քաղաքական իրավունքների մասին միջազգային դաշնագիր'],
      ar: ['العهد الدولي الخاص بالحقوق المدنية والسياسية'],
      zh: ['公民及政治权利国际公约', '公民权利和政治权利国际公约'],
    },
  },
  {
    key: 'budapest-memorandum', kind: 'treaty', noun: 'memorandum', dates: ['1994-12-05'],
    names: {
      en: ['Budapest Memorandum', 'Budapest Memorandum on Security Assurances', 'Memorandum on Security Assurances in connection with Ukraine’s Accession to the Treaty on the Non-Proliferation of Nuclear Weapons'],
      ru: ['Будапештский меморандум', 'Меморандум о гарантиях безопасности в связи с присоединением Украины к Договору о нераспространении ядерного оружия'],
      uk: ['Будапештський меморандум', 'Меморандум про гарантії безпеки у зв’язку з приєднанням України до Договору про нерозповсюдження ядерної зброї'],
      fr: ['Mémorandum de Budapest'],
      es: ['Memorándum de Budapest'],
      de: ['Budapester Memorandum'],
      az: ['Budapeşt memorandumu'],
      tr: ['Budapeşte Mutabakatı', 'Budapeşte Memorandumu'],
      hy: ['Բուդապեշտի հուշագիր'],
      ar: ['مذكرة بودابست'],
      zh: ['布达佩斯备忘录'],
    },
  },
  {
    // Signed by the President of Azerbaijan and the Prime Minister of Armenia, with the President of the United States as witness.
    key: 'washington-declaration-2025-08-08', kind: 'statement', noun: 'declaration', dates: ['2025-08-08'],
    names: {
      en: ['Washington Declaration', 'Washington peace declaration', 'Washington Joint Declaration'],
      ru: ['Вашингтонская декларация'],
      uk: ['Вашингтонська декларація'],
      fr: ['Déclaration de Washington'],
      es: ['Declaración de Washington'],
      de: ['Washingtoner Erklärung'],
      az: ['Vaşinqton Bəyannaməsi'],
      tr: ['Washington Deklarasyonu', 'Washington Bildirgesi'],
      hy: ['Վաշինգտոնի հռչակագիր'],
      ar: ['إعلان واشنطن'],
      zh: ['华盛顿宣言'],
    },
    datedNames: {
      en: [
        'Joint Declaration by the President of the Republic of Azerbaijan and the Prime Minister of the Republic of Armenia',
        'Joint Declaration', 'joint declaration by the leaders of Azerbaijan and Armenia',
      ],
      ru: ['Совместная декларация', 'Совместная декларация Президента Азербайджанской Республики и Премьер-министра Республики Армения'],
      fr: ['Déclaration conjointe'],
      es: ['Declaración conjunta'],
      de: ['Gemeinsame Erklärung'],
      az: ['Birgə Bəyannamə'],
      tr: ['Ortak Bildirge', 'Ortak Deklarasyon'],
      hy: ['Համատեղ հռչակագիր'],
      ar: ['الإعلان المشترك'],
      zh: ['联合宣言'],
    },
  },
  {
    // Signed in Bishkek on 5 May 1994; Azerbaijan's copy was signed in Baku on 8 May.
    key: 'bishkek-protocol', kind: 'treaty', noun: 'protocol', dates: ['1994-05-05', '1994-05-08'],
    names: {
      en: ['Bishkek Protocol'],
      ru: ['Бишкекский протокол'],
      uk: ['Бішкекський протокол'],
      fr: ['Protocole de Bichkek'],
      es: ['Protocolo de Bishkek'],
      de: ['Bischkeker Protokoll', 'Bischkek-Protokoll'],
      az: ['Bişkek Protokolu'],
      tr: ['Bişkek Protokolü'],
      hy: ['Բիշքեկյան արձանագրություն', 'Բիշքեկի արձանագրություն'],
      ar: ['بروتوكول بيشكيك'],
      zh: ['比什凯克议定书'],
    },
  },
  {
    // Presented by the OSCE Minsk Group co-chairs at the OSCE Ministerial Council in Madrid.
    key: 'madrid-principles', kind: 'other', noun: 'document', dates: ['2007-11-29'],
    names: {
      en: ['Madrid Principles', 'Madrid Basic Principles'],
      ru: ['Мадридские принципы'],
      uk: ['Мадридські принципи'],
      fr: ['Principes de Madrid'],
      es: ['Principios de Madrid'],
      de: ['Madrider Prinzipien'],
      az: ['Madrid prinsipləri'],
      tr: ['Madrid İlkeleri'],
      hy: ['Մադրիդյան սկզբունքներ'],
      ar: ['مبادئ مدريد'],
      zh: ['马德里原则'],
    },
  },
  ...(
    [
      ['822', '1993-04-30'],
      ['853', '1993-07-29'],
      ['874', '1993-10-14'],
      ['884', '1993-11-12'],
    ] as const
  ).map(([number, date]) => securityCouncilResolution(number, date)),
]

/** A Security Council resolution: named by its number in every language, and by its symbol. */
function securityCouncilResolution(number: string, date: string): InstrumentRow & { symbols: string[] } {
  const year = date.slice(0, 4)
  return {
    key: `unsc-resolution-${number}`, kind: 'resolution', noun: 'resolution', dates: [date],
    names: {
      en: [`Security Council resolution ${number} (${year})`, `Security Council resolution ${number}`, `UNSC resolution ${number}`, `resolution ${number} (${year})`],
      ru: [`резолюция ${number} (${year})`, `резолюция Совета Безопасности ООН ${number}`, `резолюция СБ ООН ${number}`, `резолюция ${number} Совета Безопасности ООН`],
      uk: [`резолюція ${number} (${year})`, `резолюція Ради Безпеки ООН ${number}`],
      fr: [`résolution ${number} (${year})`, `résolution ${number} (${year}) du Conseil de sécurité`],
      es: [`resolución ${number} (${year})`, `resolución ${number} (${year}) del Consejo de Seguridad`],
      de: [`Resolution ${number} (${year})`, `Resolution ${number} des UN-Sicherheitsrats`],
      az: [`BMT Təhlükəsizlik Şurasının ${number} saylı qətnaməsi`, `${number} saylı qətnamə`],
      tr: [`BM Güvenlik Konseyi'nin ${number} sayılı kararı`, `${number} sayılı karar`],
      hy: [`ՄԱԿ-ի Անվտանգության խորհրդի ${number} բանաձև`, `${number} բանաձև`],
      ar: [`قرار مجلس الأمن ${number}`, `القرار ${number} (${year})`],
      zh: [`安全理事会第${number}(${year})号决议`, `安理会第${number}号决议`],
    },
    symbols: [`s/res/${number} (${year})`, `s/res/${number}`],
  }
}

export const INSTRUMENTS: readonly Instrument[] = INSTRUMENT_ROWS.map((row) => ({ datedNames: {}, symbols: [], ...row }))

function indexBy(names: (instrument: Instrument) => Iterable<string>): Map<string, Instrument[]> {
  const index = new Map<string, Instrument[]>()
  for (const instrument of INSTRUMENTS) {
    for (const name of new Set([...names(instrument)].map(normaliseName))) index.set(name, [...(index.get(name) ?? []), instrument])
  }
  return index
}

const BY_NAME = indexBy((instrument) => Object.values(instrument.names).flat())
const BY_DATED_NAME = indexBy((instrument) => Object.values(instrument.datedNames).flat())
const BY_SYMBOL = indexBy((instrument) => instrument.symbols)

const DAY = 24 * 60 * 60 * 1000
/** "the Washington Treaty", "la Charte des Nations Unies": names are tabled without their article. */
const LEADING_ARTICLE = /^(?:the|la|le|l|les|el|los|las|der|die|das|den|des|dem) /

/** Within a day of one of its dates: the same instrument dated in Moscow and in Baku. */
function isDatedOn(instrument: Instrument, date: string): boolean {
  const time = Date.parse(date)
  return instrument.dates.some((known) => Math.abs(Date.parse(known) - time) <= DAY)
}

/**
 * The well-known instrument a name (or UN symbol) stands for, or null. The name is normalised
 * here, so it may be given as written. With a date, the instrument must be of that date (give or
 * take a day): "the Alma-Ata Declaration" of 1978 is another document. Names that several
 * instruments share ("the trilateral statement") name one only with a date.
 */
export function findInstrument(name: string, date?: string | null): Instrument | null {
  const normalised = normaliseName(name)
  const keys = [normalised, normalised.replace(LEADING_ARTICLE, '')]
  const fits = (instrument: Instrument) => !date || isDatedOn(instrument, date)
  const named = keys.flatMap((key) => [...(BY_NAME.get(key) ?? []), ...(BY_SYMBOL.get(key) ?? [])]).find(fits)
  if (named) return named
  if (!date) return null
  return keys.flatMap((key) => BY_DATED_NAME.get(key) ?? []).find(fits) ?? null
}

export function instrumentByKey(key: string): Instrument | null {
  return INSTRUMENTS.find((instrument) => instrument.key === key) ?? null
}

/**
 * What a document that is the instrument is also called: its English names and those in the
 * document's language (dated ones too: the document has the date), normalised.
 */
export function instrumentNames(instrument: Instrument, language: LanguageCode | null): string[] {
  const languages: LanguageCode[] = language && language !== 'en' ? ['en', language] : ['en']
  const names = languages.flatMap((code) => [...(instrument.names[code] ?? []), ...(instrument.datedNames[code] ?? [])])
  return [...new Set(names.map(normaliseName))]
}

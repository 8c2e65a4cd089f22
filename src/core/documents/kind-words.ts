import type { DocumentNoun, LanguageCode } from '../languages/language'

/** What a document is, as the library shows it and resolution weighs it. */
export type DocumentKind = 'statement' | 'resolution' | 'treaty' | 'commentary' | 'news' | 'speech' | 'letter' | 'notes' | 'other'

/** The kind of document each noun names. Statements and declarations are one kind: languages do not tell them apart ("Erklärung", "déclaration"). */
export const NOUN_KIND: Readonly<Record<DocumentNoun, DocumentKind>> = {
  statement: 'statement', declaration: 'statement', communique: 'statement', readout: 'statement',
  resolution: 'resolution', decision: 'resolution',
  charter: 'treaty', treaty: 'treaty', agreement: 'treaty', convention: 'treaty', protocol: 'treaty', memorandum: 'treaty',
  accord: 'treaty', act: 'treaty', covenant: 'treaty', constitution: 'treaty', package: 'treaty', statute: 'treaty',
  commentary: 'commentary', speech: 'speech', letter: 'letter',
  report: 'other', document: 'other', application: 'other',
  rules: 'other', law: 'treaty', decree: 'other', plan: 'other',
}

/**
 * One document noun as written: a phrase of one or more words, each a pattern for a whole word
 * (inflections included), and what it names. `noun` is null for words that tell the kind but are
 * no document noun ("interview", "notes").
 */
export interface NounEntry {
  words: RegExp[]
  noun: DocumentNoun | null
  kind: DocumentKind
}

/** Turkic case and possessive endings: "bəyanatına", "bildirisinin", "kararında"; not verb endings ("bildirib", "açıklamıştır"). */
const TURKIC = '(?:l[aəe]r)?(?:[ıiuü]|s[ıiuü])?(?:n?(?:[ıiuü]n|[aəe]|[ıiuü]|d[aəe]n?|t[aəe]n?)|y[aəeıiuü]|y?l[aəe])?'
/** Arabic conjunction, preposition and article before a noun: "والبيان", "للقرار", "بالاتفاق". */
const AR = '[وف]?(?:لل|[بلك]?(?:ال)?)'

type Row = [phrase: string, noun: DocumentNoun | null, kind?: DocumentKind]

/** Words are separated by single spaces in a phrase; each is a pattern for the whole word. */
const NOUNS: Readonly<Record<Exclude<LanguageCode, 'zh'>, readonly Row[]>> = {
  en: [
    ['statements?', 'statement'], ['declarations?', 'declaration'], ['resolutions?', 'resolution'], ['charters?', 'charter'],
    ['treaty|treaties', 'treaty'], ['agreements?', 'agreement'], ['conventions?', 'convention'], ['protocols?', 'protocol'],
    ['communiqu[eé]s?', 'communique'], ['memorand(?:um|a|ums)', 'memorandum'], ['commentary|commentaries|comments?', 'commentary'],
    ['decisions?', 'decision'], ['reports?', 'report'], ['documents?', 'document'], ['accords?', 'accord'], ['final act', 'act'],
    ['covenants?', 'covenant'], ['constitutions?', 'constitution'], ['readouts?', 'readout'], ['package of measures', 'package'],
    ['applications?', 'application'], ['letters?', 'letter'], ['notes? verbales?', 'letter'], ['speech(?:es)?|address|remarks', 'speech'],
    ['statutes?', 'statute'], ['press release', 'statement'], ['briefing', null, 'speech'], ['interview', null, 'news'],
    ['notes|minutes', null, 'notes'], ['answer|reply', null, 'commentary'],
  ],
  ru: [
    ['заявлени.{0,3}', 'statement'], ['декларац.{1,3}', 'declaration'], ['резолюц.{1,3}', 'resolution'],
    ['устав(?:а|е|у|ом)?', 'charter'], ['договор(?:а|е|у|ом|ы|ов)?', 'treaty'], ['соглашени.{0,3}', 'agreement'],
    ['конвенц.{1,3}', 'convention'], ['протокол(?:а|е|у|ом|ы|ов)?', 'protocol'], ['коммюнике', 'communique'],
    ['меморандум(?:а|е|у|ом|ы)?', 'memorandum'], ['комментари(?:й|я|ю|ем|и|ев)', 'commentary'], ['решени.{0,3}', 'decision'],
    ['доклад(?:а|е|у|ом|ы)?', 'report'], ['документ(?:а|е|у|ом|ы|ов)?', 'document'], ['заключительн.{1,3} акт(?:а|е|у|ом)?', 'act'],
    ['пакт(?:а|е|у|ом)?', 'covenant'], ['конституц.{1,3}', 'constitution'],
    ['выступлени.{0,3}|реч(?:ь|и)|обращени.{0,3}', 'speech'], ['письм(?:о|а|е|у|ом)', 'letter'], ['нот(?:а|ы|е|у|ой)', 'letter'],
    ['комплекс(?:а|е)? мер', 'package'], ['статут(?:а|е|у|ом)?', 'statute'], ['пресс-релиз.{0,2}', 'statement'],
    ['сообщени(?:е|я) для сми', 'statement'], ['брифинг(?:а|е)?', null, 'speech'], ['интервью', null, 'news'],
    ['заметк(?:и|а)', null, 'notes'], ['ответ(?:а|ы)?', null, 'commentary'],
  ],
  uk: [
    ['заяв(?:а|и|у|ою|і)', 'statement'], ['договір|договор(?:у|і|ом)', 'treaty'], ['угод(?:а|и|у|ою|і)', 'agreement'],
    ['комюніке', 'communique'], ['коментар(?:я|ю|ем|і|ів)?', 'commentary'], ['рішенн(?:я|ю|ям)', 'decision'],
    ['доповід(?:ь|і|дю)', 'report'], ['заключн.{1,3} акт.{0,2}', 'act'], ['статут(?:у|і|ом)?', 'statute'],
    ['виступ(?:у|і|ом)?|промов(?:а|и|і|у|ою)|звернення', 'speech'], ['лист(?:а|і|ом)?', 'letter'],
    ['комплекс(?:у)? заходів', 'package'], ['відповід(?:ь|і)', null, 'commentary'],
  ],
  fr: [
    ['déclarations?', 'declaration'], ['résolutions?', 'resolution'], ['chartes?', 'charter'], ['traités?', 'treaty'],
    ['protocoles?', 'protocol'], ['mémorandums?', 'memorandum'], ['commentaires?', 'commentary'], ['décisions?', 'decision'],
    ['rapports?', 'report'], ['actes? finale?s?', 'act'], ['pactes?', 'covenant'], ['discours|allocution', 'speech'],
    ['lettres?', 'letter'], ['ensemble de mesures', 'package'], ['statuts?', 'statute'], ['communiqué de presse', 'statement'],
    ['réponse', null, 'commentary'], ['entretien', null, 'news'],
  ],
  es: [
    ['declaración|declaraciones', 'declaration'], ['resolución|resoluciones', 'resolution'],
    ['carta de las naciones unidas', 'charter'], ['cartas?', 'letter'], ['tratados?', 'treaty'], ['acuerdos?', 'agreement'],
    ['convención|convenciones|convenios?', 'convention'], ['protocolos?', 'protocol'], ['comunicados?', 'communique'],
    ['memorando|memorándum', 'memorandum'], ['comentarios?', 'commentary'], ['decisión|decisiones', 'decision'],
    ['informes?', 'report'], ['documentos?', 'document'], ['acta final', 'act'], ['pactos?', 'covenant'],
    ['constitución', 'constitution'], ['discursos?|intervención', 'speech'], ['nota verbal', 'letter'],
    ['conjunto de medidas', 'package'], ['estatutos?', 'statute'], ['comunicado de prensa', 'statement'],
    ['respuesta', null, 'commentary'], ['entrevista', null, 'news'],
  ],
  // German joins nouns into compounds ("Nordatlantikvertrag", "Seerechtsübereinkommen"): the noun is the compound's end.
  de: [
    ['.{0,30}erklärung(?:en)?', 'declaration'], ['.{0,30}deklaration(?:en)?', 'declaration'],
    ['.{0,30}resolution(?:en)?', 'resolution'], ['.{0,20}charta', 'charter'], ['.{0,30}vertr(?:ag|ages|ags|äge|ägen)', 'treaty'],
    ['.{0,30}übereinkommen[s]?', 'convention'], ['.{0,30}(?:abkommen[s]?|vereinbarung(?:en)?)', 'agreement'],
    ['.{0,30}konvention(?:en)?', 'convention'], ['.{0,30}protokoll(?:s|e|en)?', 'protocol'], ['kommuniqué|kommunique', 'communique'],
    ['kommentar(?:e|s)?', 'commentary'], ['stellungnahme', 'statement'], ['beschl(?:uss|usses|üsse)', 'decision'],
    ['bericht(?:e|s)?', 'report'], ['dokument(?:e|s)?', 'document'], ['.{0,20}schlussakte', 'act'], ['pakt(?:e|s)?', 'covenant'],
    ['verfassung', 'constitution'], ['rede|ansprache', 'speech'], ['verbalnote', 'letter'], ['brief(?:e|s)?', 'letter'],
    ['maßnahmenpaket(?:s|e)?', 'package'], ['statut(?:s|e)?', 'statute'], ['pressemitteilung(?:en)?', 'statement'],
  ],
  az: [
    [`bəyanat${TURKIC}`, 'statement'], [`açıqlama${TURKIC}`, 'statement'], [`bəyannamə${TURKIC}`, 'declaration'],
    [`qətnamə${TURKIC}`, 'resolution'], [`nizamnamə${TURKIC}`, 'charter'], [`müqavilə${TURKIC}`, 'treaty'],
    [`saziş${TURKIC}|razılaşma${TURKIC}`, 'agreement'], [`konvensiya${TURKIC}`, 'convention'], [`kommünike${TURKIC}`, 'communique'],
    [`şərh${TURKIC}`, 'commentary'], [`qərar${TURKIC}`, 'decision'], [`hesabat${TURKIC}`, 'report'], [`sənəd${TURKIC}`, 'document'],
    [`yekun akt${TURKIC}`, 'act'], [`konstitusiya${TURKIC}`, 'constitution'], [`çıxış${TURKIC}|nitq${TURKIC}|müraciət${TURKIC}`, 'speech'],
    [`məktub${TURKIC}`, 'letter'], [`tədbirlər kompleksi${TURKIC}`, 'package'], [`statut${TURKIC}`, 'statute'],
    [`cavab${TURKIC}`, null, 'commentary'], [`müsahibə${TURKIC}`, null, 'news'],
  ],
  tr: [
    [`basın açıklama${TURKIC}`, 'statement'], [`açıklama${TURKIC}`, 'statement'], [`bildiri${TURKIC}`, 'statement'],
    [`bildirge${TURKIC}|beyanname${TURKIC}|deklarasyon${TURKIC}`, 'declaration'], [`karar${TURKIC}`, 'resolution'],
    [`antlaşma${TURKIC}`, 'treaty'], [`mutabakat zaptı${TURKIC}`, 'memorandum'], [`anlaşma${TURKIC}|mutabakat${TURKIC}`, 'agreement'],
    [`sözleşme${TURKIC}`, 'convention'], [`protokol${TURKIC}`, 'protocol'], [`tebliğ${TURKIC}`, 'communique'],
    [`memorandum${TURKIC}`, 'memorandum'], [`yorum${TURKIC}`, 'commentary'], [`rapor${TURKIC}`, 'report'], [`belge${TURKIC}`, 'document'],
    [`nihai sene[td]${TURKIC}`, 'act'], [`anayasa${TURKIC}`, 'constitution'], [`konuşma${TURKIC}|hitab${TURKIC}`, 'speech'],
    [`mektu[pb]${TURKIC}`, 'letter'], [`nota${TURKIC}`, 'letter'], [`tüzü[kğ]${TURKIC}|statü${TURKIC}`, 'statute'],
    [`tedbirler paketi${TURKIC}`, 'package'], [`röportaj${TURKIC}|mülakat${TURKIC}`, null, 'news'], [`cevap${TURKIC}|cevab${TURKIC}|yanıt${TURKIC}`, null, 'commentary'],
  ],
  hy: [
    ['հայտարարությ.{1,6}', 'statement'], ['հռչակագ.{1,5}', 'declaration'], ['բանաձ(?:և|եւ).{0,5}', 'resolution'],
    ['կանոնադր.{1,8}', 'charter'], ['պայմանագ.{1,5}', 'treaty'], ['համաձայնագ.{1,5}', 'agreement'],
    ['կոնվենցի.{1,4}', 'convention'], ['արձանագրությ.{1,6}', 'protocol'], ['կոմյունիկե', 'communique'],
    ['հուշագ.{1,5}', 'memorandum'], ['մեկնաբանությ.{1,6}', 'commentary'], ['որոշ(?:ում|ման|մամբ).{0,2}', 'decision'],
    ['զեկու?յց.{0,3}', 'report'], ['փաստաթ(?:ուղթ|ղթ).{0,3}', 'document'], ['եզրափակիչ ակտ.{0,3}', 'act'],
    ['դաշնագ.{1,5}', 'covenant'], ['սահմանադրությ.{1,6}', 'constitution'], ['ելույթ.{0,4}|ուղերձ.{0,4}', 'speech'],
    ['նամակ.{0,4}|նոտա.{0,3}', 'letter'], ['պատասխան.{0,4}', null, 'commentary'], ['հարցազրույց.{0,4}', null, 'news'],
  ],
  ar: [
    [`${AR}بيان(?:ات)?`, 'statement'], [`${AR}[إا]علان`, 'declaration'], [`${AR}قرار(?:ات)?`, 'resolution'], [`${AR}ميثاق`, 'charter'],
    [`${AR}معاهد(?:ة|ات)`, 'treaty'], [`${AR}اتفاقي(?:ة|ات)`, 'convention'], [`${AR}اتفاق(?:ات)?`, 'agreement'], [`${AR}بروتوكول`, 'protocol'],
    [`${AR}بلاغ`, 'communique'], [`${AR}مذكرة ${AR}تفاهم`, 'memorandum'], [`${AR}مذكرة ${AR}شفوية`, 'letter'], [`${AR}مذكرة`, 'memorandum'],
    [`${AR}تعليق`, 'commentary'], [`${AR}مقرر(?:ات)?`, 'decision'], [`${AR}تقرير`, 'report'], [`${AR}وثيقة ${AR}ختامية`, 'act'],
    [`${AR}وثيق[ةه]`, 'document'], [`${AR}عهد`, 'covenant'], [`${AR}دستور`, 'constitution'], [`${AR}خطاب`, 'speech'],
    [`${AR}رسال[ةه]`, 'letter'], [`${AR}نظام ${AR}أساسي`, 'statute'], [`${AR}مقابل[ةه]`, null, 'news'],
  ],
}

/** Chinese writes no spaces: its nouns are found as they stand, longest first. */
const CHINESE: readonly Row[] = [
  ['联合声明', 'statement'], ['声明', 'statement'], ['宣言', 'declaration'], ['决议', 'resolution'], ['宪章', 'charter'],
  ['条约', 'treaty'], ['协定', 'agreement'], ['协议', 'agreement'], ['公约', 'convention'], ['议定书', 'protocol'],
  ['公报', 'communique'], ['备忘录', 'memorandum'], ['评论', 'commentary'], ['决定', 'decision'], ['报告', 'report'],
  ['最后文件', 'act'], ['文件', 'document'], ['宪法', 'constitution'], ['讲话', 'speech'], ['致辞', 'speech'], ['演讲', 'speech'],
  ['照会', 'letter'], ['信函', 'letter'], ['规约', 'statute'], ['一揽子措施', 'package'],
  ['答记者问', null, 'commentary'], ['专访', null, 'news'], ['采访', null, 'news'],
]
export const CHINESE_NOUNS: readonly { text: string; noun: DocumentNoun | null; kind: DocumentKind }[] = CHINESE.map(([text, noun, kind]) => ({
  text,
  noun,
  kind: kind ?? NOUN_KIND[noun!],
})).sort((a, b) => b.text.length - a.text.length)

/** Every language's nouns, longest phrases first so that "Final Act" wins over "act" and "комплекс мер" is one noun. */
export const NOUN_ENTRIES: readonly NounEntry[] = Object.values(NOUNS)
  .flat()
  .map(([phrase, noun, kind]) => ({
    words: phrase.split(' ').map((word) => new RegExp(`^(?:${word})$`, 'u')),
    noun,
    kind: kind ?? NOUN_KIND[noun!],
  }))
  .sort((a, b) => b.words.length - a.words.length)

/**
 * One pattern for the first word of every entry, a capture group each: a word is tested once,
 * not once per entry. The group that matched tells the entry (NOUN_ENTRIES' order, shifted by one).
 */
export const FIRST_WORDS = new RegExp(`^(?:${NOUN_ENTRIES.map((entry) => `(${entry.words[0]!.source.slice(1, -1)})`).join('|')})$`, 'u')

/**
 * Words that may stand before a title's noun without making it a headline: articles, numbers
 * (matched apart), qualifiers ("Joint", "Trilateral", "Совместное", "Gemeinsame", "Full text of
 * the"). Lower case; a trailing "*" matches any ending.
 */
export const LEADING_WORDS: readonly string[] = [
  // en
  'the', 'a', 'an', 'joint', 'trilateral', 'tripartite', 'bilateral', 'quadrilateral', 'final', 'official', 'unofficial', 'full', 'text', 'of',
  'draft', 'revised', 'updated', 'agreed', 'common', 'concluding', 'presidential', 'ministerial', 'universal', 'no', 'nr', 'n°', '№',
  // ru, uk
  'совместн*', 'трехсторонн*', 'трёхсторонн*', 'двусторонн*', 'итогов*', 'официальн*', 'полн*', 'текст', 'проект', 'всеобщ*',
  'спільн*', 'тристоронн*', 'двосторонн*', 'підсумков*', 'офіційн*', 'повн*', 'проєкт', 'загальн*',
  // fr, es
  'la', 'le', 'l', 'les', 'du', 'de', 'des', 'd', 'texte', 'intégral', 'projet', 'el', 'los', 'las', 'texto', 'íntegro', 'proyecto',
  // de
  'die', 'der', 'das', 'den', 'dem', 'gemeinsam*', 'trilateral*', 'dreiseitig*', 'allgemein*', 'wortlaut', 'entwurf', 'offiziell*',
  // ar
  'نص', 'مشروع',
]

/** News agencies and outlets as datelines name them (case as written). */
export const NEWS_AGENCIES: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'TASS', 'ТАСС', 'РИА Новости', 'RIA Novosti', 'Интерфакс', 'Interfax',
  'Sputnik', 'Спутник', 'AZERTAC', 'AZƏRTAC', 'Azertac', 'АЗЕРТАДЖ', 'APA', 'АПА', 'Trend', 'Тренд', 'Report', 'Turan', 'Туран',
  'Armenpress', 'ARMENPRESS', 'Арменпресс', 'Արմենպրես', 'ԱՐՄԵՆՊՐԵՍ', 'News.am', 'NEWS.am', 'Anadolu', 'AA', 'Xinhua', '新华社', '中新社',
  'dpa', 'EFE', 'ANSA', 'Bloomberg', 'BBC', 'CNN', 'Al Jazeera', 'الجزيرة', 'رويترز', 'فرانس برس', 'أ ف ب', 'UNIAN', 'УНИАН',
  'Укрінформ', 'Ukrinform', 'РБК', 'Коммерсантъ', 'Kommersant', 'Regnum', 'Регнум', 'Caliber', 'JAMnews', 'Day.Az', 'Oxu.az',
  'Haqqin', 'Euronews', 'TRT', 'CGTN', 'ARKA', 'Arka',
]

/** Words in a publisher's name that make it an outlet ("The Gulf Observer", "Daily Sabah"), unless it is an official body. */
export const OUTLET_WORDS =
  /(?<![\p{L}])(?:news|times|post|herald|observer|gazette|tribune|journal|daily|telegraph|guardian|media|agency|новости|газета|агентство|вести|вестник|ajans\S*|haber\S*|gazete\S*|xəbər\S*|agentliyi|լուր\S*|新闻|日报|报|وكالة|صحيفة|أخبار|quotidien|periódico|diario|agencia|zeitung|nachrichten)(?![\p{L}])/u
export const OFFICIAL_WORDS =
  /(?<![\p{L}])(?:ministry|ministère|ministerio|ministerium|министерств\S*|міністерств\S*|mfa|мид|president\S*|présiden\S*|presiden\S*|präsident\S*|президент\S*|prezident\S*|cumhurbaşkan\S*|government|gouvernement|gobierno|regierung|правительств\S*|уряд\S*|hökumət\S*|hükümet\S*|embassy|ambassade|embajada|botschaft|посольств\S*|kremlin|кремль|white house|state department|united nations|nations unies|naciones unidas|vereinten nationen|оон|nato|osce|council|assembly|nazirliy\S*|bakanlığı|նախարարությ\S*|外交部|政府|وزارة|الرئاسة)(?![\p{L}])/u

/** Verbs and phrases of reported speech ("said", "заявил", "bildirib", "表示"): a report about what others said. */
export const REPORTING =
  /(?<![\p{L}])(?:said|says|told|reported|according to|заявил[аи]?|сообщил[аи]?|сообщает|по словам|отметил[аи]?|передает|заявив|повідомил[аи]?|повідомив|повідомляє|за словами|a déclaré|a indiqué|a affirmé|selon|dijo|declaró|afirmó|según|informó|señaló|sagte|erklärte|teilte mit|laut|berichtet|bildirib|deyib|qeyd edib|xəbər verir|məlumat verib|dedi|açıkladı|bildirdi|belirtti|ifade etti|հայտնել է|ասել է|նշել է|հաղորդում է|قال|وقال|قالت|أعلن|أفاد|ذكرت|وفقا|بحسب)(?![\p{L}])|表示|报道|据悉|指出/gu

/** A resolution's opening: the organ alone on its line ("The General Assembly,"), or "Resolution adopted by …". */
export const RESOLUTION_OPENING = new RegExp(
  '^(?:(?:The (?:General Assembly|Security Council|Human Rights Council)|Генеральная Ассамблея|Совет Безопасности|Генеральна Асамблея|Рада Безпеки|' +
    "L['’]Assemblée générale|Le Conseil de sécurité|La Asamblea General|El Consejo de Seguridad|Die Generalversammlung|Der Sicherheitsrat|" +
    'Baş Assambleya|Təhlükəsizlik Şurası|Genel Kurul|Güvenlik Konseyi|Գլխավոր ասամբլեան|Անվտանգության խորհուրդը|大会|安全理事会|إن الجمعية العامة|إن مجلس الأمن)\\s?[,،，]?$' +
    '|Resolution adopted by|Резолюция,? принятая|Резолюція,? ухвалена|Résolution adoptée par|Resolución aprobada por|Von der Generalversammlung verabschiedete|قرار اتخذته)',
  'u',
)

/**
 * A resolution's own paragraphs, as the UN writes them: an operative paragraph, numbered, opens
 * with the organ's verb in the third person ("1. Decides", "6. Requests", "3. Calls upon",
 * "2. Постановляет", "4. Décide", "5. Beschließt"), not the noun ("1. Requests for aid are…"); the
 * preamble's "Acting under Chapter VII".
 */
export const RESOLUTION_PARAGRAPH = new RegExp(
  '^(?:\\d{1,3}\\.\\s?(?:(?:Decides|Requests|Calls upon|Urges|Demands|Authori[sz]es)(?!\\s+(?:for|of|to|from|are|is|were|was)\\s)|Постановляет|Просит|Призывает|Требует|Постановляє|Просить|Закликає|Вимагає|' +
    'Décide|Prie|Exige|Decide|Solicita|Exhorta|Beschließt|Ersucht|Verlangt|Qərara alır|Karar verir|Որոշում է|决定|吁请|يقرر|يطلب)|' +
    'Acting under Chapter [IVX]+|Действуя на основании главы [IVX]+|Agissant en vertu du Chapitre [IVX]+|Actuando en virtud del Capítulo [IVX]+|Tätig werdend nach Kapitel [IVX]+)',
  'u',
)

/** What only a treaty's text says: its parties "agreed as follows". */
export const TREATY_WORDING =
  /high contracting parties|parties to this treaty|agreed as follows|высокие договаривающиеся стороны|договорились о нижеследующем|високі договірні сторони|домовилися про таке|hautes parties contractantes|convenu(?:e)?s de ce qui suit|altas partes contratantes|convenido (?:en )?lo siguiente|hohen vertragsparteien|wie folgt übereingekommen|aşağıdakılar barədə razılığa gəl|yüksek akit taraflar|aşağıdaki hususlarda anlaşmış|բարձր պայմանավորվող կողմեր|համաձայնեցին հետևյալի մասին|缔约各方|议定下列各条|الأطراف السامية المتعاقدة|اتفقت على ما يلي/u

/** A statement's opening: "We, the President of … declare", "Мы, … заявляем", "Biz, … bəyan edirik". */
export const STATEMENT_OPENING = /^(?:We|Мы|Ми|Nous|Nosotros|Wir|Biz|Մենք|我们|نحن)[,，\s]/u
export const DECLARING =
  /declare|hereby state|заявля|заявил|déclar|declar|erklär|bəyan|aşağıdakılar|beyan|հայտարար|声明|宣布|نعلن|أعلن/u

/** How a letter says what it is: "I have the honour to …". */
export const LETTER_WORDING =
  /i have the honou?r to|имею честь|маю честь|j['’]ai l['’]honneur|tengo el honor|ich beehre mich|ich habe die ehre|şərəf duyuram|onur duyarım|şeref duyarım|պատիվ ունեմ|我谨|أتشرف|يشرفني/u

/** How a speech greets its hearers. */
export const SPEECH_OPENING =
  /^(?:ladies and gentlemen|dear (?:colleagues|friends)|excellencies|your excellenc|mr\.? (?:president|chairman|secretary-general)|madam (?:president|chair)|дамы и господа|уважаемые (?:коллеги|друзья|дамы)|пані та панове|шановні (?:колеги|друзі|пані)|mesdames(?: et|,) messieurs|chers collègues|monsieur le président|señoras y señores|señor presidente|estimados colegas|meine (?:sehr geehrten )?damen und herren|liebe kolleginnen|xanımlar və cənablar|hörmətli (?:xanımlar|həmkarlar|qonaqlar)|hanımefendiler|değerli (?:konuklar|meslektaşlarım|misafirler)|sayın başkan|տիկնայք և պարոնայք|հարգելի (?:գործընկերներ|բարեկամներ)|女士们|各位来宾|السيدات والسادة|أصحاب السعادة|السيد الرئيس)/u

/** Words that introduce a defined short name: "(hereinafter — the Statement)", "(далее — Соглашение)", "ci-après dénommé « l'Accord »". */
export const HEREINAFTER =
  /hereinafter(?: referred to as| called)?|hereafter(?: referred to as)?|(?<![\p{L}])(?:далее|далі|надалі)(?: именуем\S{1,3}| іменован\S{1,3})?|именуем\S{1,3} в дальнейшем|в дальнейшем именуем\S{1,3}|ci-après(?: dénommée?s?| désignée?s?| appelée?s?)?|en lo sucesivo(?:,? denominad[oa]s?)?|en adelante(?:,? denominad[oa]s?)?|im folgenden(?: als)?|nachstehend|bundan sonra|bundan belə|bundan böyle|այսուհետ(?:և)?|(?:يشار|المشار) إلي(?:ه|ها|هم) (?:فيما|في ما) (?:يلي|بعد) ب|فيما يلي|以下简称|以下称|下称/gu

/** Leaders and governments, whose countries are the parties of a statement. */
export const LEADER_WORDS =
  /(?<![\p{L}])(?:president|prime minister|minister|chancellor|king|leader|government|президент\S*|премьер\S*|министр\S*|правительств\S*|прем'єр\S*|прем’єр\S*|міністр\S*|уряд\S*|président|premier ministre|ministre|gouvernement|presidente|primer ministro|ministro|gobierno|präsident\S*|premierminister\S*|ministerpräsident\S*|regierung|kanzler\S*|prezident\S*|baş nazir\S*|nazir\S*|hökumət\S*|cumhurbaşkan\S*|başbakan\S*|bakan\S*|hükümet\S*|նախագահ\S*|վարչապետ\S*|նախարար\S*|կառավարությ\S*|رئيس|وزير|حكومة)(?![\p{L}])|总统|总理|主席|部长|政府/gu

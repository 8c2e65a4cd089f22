import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
UC='un-charter'; UCD='Charter of the United Nations'
NT='nato-treaty'; NTD='North Atlantic Treaty'
TEU='eu-teu'; TEUD='Treaty on European Union (consolidated, Lisbon)'
W='washington-2025-08-08'; WD='Joint Declaration of Azerbaijan and Armenia, Washington, 8 August 2025'
MP='minsk-package-2015'; MPD='Package of Measures for the Implementation of the Minsk Agreements (12 February 2015)'
add('en-048','en','https://epthinktank.eu/2015/12/01/the-eus-mutual-assistance-clause-first-ever-activation-of-article-427-teu/?share=skype','European Parliamentary Research Service blog','2015-12-01',
'''On 17 November 2015, Article 42(7), or the mutual assistance clause of the Treaty on European Union (TEU), was invoked for the first time, when France asked for aid and assistance from the other European Union (EU) Member States in the aftermath of the deadly terrorist attacks in Paris on 13 November 2015.

Included in EU primary law in 2009 by the Lisbon Treaty, under the specific provisions on the Common Security and Defence Policy (CSDP), the EU mutual assistance clause (or the EU mutual defence clause as it is called by many), had never previously been used. As there is no precedent, many questions have arisen with regard to its scope, implementation and the role of the EU institutions, as well as to the relationship with other provisions in EU law which refer to the expression of solidarity between EU Member States, in particular the EU solidarity clause contained in Article 222 of the Treaty on the Functioning of the EU (TFEU).''',
[R('Article 42(7), or the mutual assistance clause of the Treaty on European Union (TEU)','paragraph',['7'],TEUD,TEU,['nested','abbreviated'],parent=('article',['42'])),
 R('the Lisbon Treaty','document',[],'Treaty of Lisbon (2007)','lisbon-treaty',['whole-document']),
 R('the EU mutual assistance clause','clause',['42(7)'],'anaphoric: Article 42(7) TEU',TEU,['anaphoric']),
 R('the EU solidarity clause contained in Article 222 of the Treaty on the Functioning of the EU (TFEU)','article',['222'],'Treaty on the Functioning of the European Union','eu-tfeu',['plain','abbreviated'])],
[N('EU primary law','a body of law, not a document'),N('the specific provisions on the Common Security and Defence Policy (CSDP)','a group of provisions named by topic (judgement call: near miss)')])

add('en-049','en','https://epthinktank.eu/2015/12/01/the-eus-mutual-assistance-clause-first-ever-activation-of-article-427-teu/?share=skype','European Parliamentary Research Service blog','2015-12-01',
'''The EU’s mutual assistance clause: First ever activation of Article 42(7) TEU''',
[R('Article 42(7) TEU','paragraph',['7'],TEUD,TEU,['headline','nested','abbreviated'],parent=('article',['42']))],
[N('First ever','ordinal "first", not a unit')])

add('en-050','en','http://aei.pitt.edu/92913/1/index.html','Archive of European Integration (University of Pittsburgh)',None,
'''Following the Paris attacks of 13 November 2015, French President François Hollande has invoked Article 42(7) of the Treaty of the European Union. This part of the Treaty, also known as the ‘mutual assistance clause’ (MAC), is little known to the public and is very rarely discussed in academic fora.''',
[R('Article 42(7) of the Treaty of the European Union','paragraph',['7'],TEUD,TEU,['nested'],parent=('article',['42'])),
 R('This part of the Treaty','paragraph',['7'],'anaphoric: Article 42(7) TEU',TEU,['anaphoric'],parent=('article',['42']))],
[N('13 November 2015','date')])

add('en-051','en','http://aei.pitt.edu/92913/1/index.html','Archive of European Integration (University of Pittsburgh)',None,
'''The introduction of a mutual assistance clause in the Treaty framework of the European Union dates back to the process which should have led to a ‘Treaty establishing a Constitution for Europe’ (Article I-41(7)). The MAC was virtually unchanged by the ‘reflection phase’ that followed the negative referenda in France (May 2005) and the Netherlands (June 2005), and found its way into the Treaty of the European Union under Article 42(7), part of the intergovernmental structure of the Common Security and Defence Policy.
The wording: Stronger than in NATO, but more European
When the wording of Article 42(7) is compared with that of Article 5 of the North Atlantic Treaty, three main differences are obvious:''',
[R('‘Treaty establishing a Constitution for Europe’ (Article I-41(7))','paragraph',['7'],'Treaty establishing a Constitution for Europe (2004), Article I-41(7)','eu-constitution-2004',['nested'],parent=('article',['I-41'])),
 R('the Treaty of the European Union under Article 42(7)','paragraph',['7'],TEUD,TEU,['nested'],parent=('article',['42'])),
 R('Article 42(7)','paragraph',['7'],'anaphoric: '+TEUD,TEU,['nested','anaphoric'],parent=('article',['42'])),
 R('Article 5 of the North Atlantic Treaty','article',['5'],NTD,NT,['plain'])],
[N('(May 2005)','date'),N('three main differences','count')])

add('en-052','en','https://www.clingendael.org/pub/2022/uncharted-and-uncomfortable/2-historical-and-legal-context/','Clingendael Institute','2022',
'''Article 42, paragraph 7, of the Treaty on European Union (TEU), succinctly Article 42(7) (see Box 1), is also known as the EU’s “mutual assistance clause” or is sometimes even referred to as its “mutual defence clause”. Its origins date back to the early 1950s, and more specifically to the Pleven Plan[6] for the establishment of the European Defence Community (EDC). Even though this was followed up by the signing of the Treaty establishing the EDC in 1952, the Plan never materialised as the EDC failed.''',
[R('Article 42, paragraph 7, of the Treaty on European Union (TEU)','paragraph',['7'],TEUD,TEU,['nested'],parent=('article',['42'])),
 R('Article 42(7)','paragraph',['7'],'anaphoric: '+TEUD,TEU,['nested','anaphoric','abbreviated'],parent=('article',['42'])),
 R('the Pleven Plan','document',[],'Pleven Plan (1950)','unknown',['whole-document']),
 R('the Treaty establishing the EDC','document',[],'Treaty establishing the European Defence Community (1952)','edc-treaty-1952',['whole-document','abbreviated']),
 R('the Plan','document',[],'anaphoric: Pleven Plan','unknown',['anaphoric','whole-document'])],
[N('(see Box 1)','cross-reference to a box of the same report (layout element, judgement call: near miss)'),N('[6]','footnote marker'),N('the early 1950s','period')])

add('en-053','en','https://www.clingendael.org/pub/2022/uncharted-and-uncomfortable/2-historical-and-legal-context/','Clingendael Institute','2022',
'''A new attempt, however, turned out to be more successful. In 1954, the Paris Accords led to the drafting of the modified version of the Brussels Treaty (1948), which already contained a mutual defence clause in Article IV. The Paris Accords then paved the way for the establishment of the Western European Union (WEU), which built upon the Brussels Treaty’s basis for mutual defence between European states outside the NATO framework. Of particular relevance in this regard is the wording of Article V of the Modified Brussels Treaty, the mutual defence clause of the WEU (see Box 2).[7] Article V lays down the ‘High Contracting Parties’ obligation to assist any other ‘High Contracting Party’ that becomes the object of an armed attack.''',
[R('the Paris Accords','document',[],'Paris Agreements (1954)','unknown',['whole-document']),
 R('the Brussels Treaty (1948)','document',[],'Brussels Treaty (1948)','brussels-treaty-1948',['whole-document']),
 R('Article IV','article',['IV'],'anaphoric: Brussels Treaty (1948)','brussels-treaty-1948',['anaphoric']),
 R('The Paris Accords','document',[],'Paris Agreements (1954)','unknown',['whole-document']),
 R('the Brussels Treaty’s','document',[],'Brussels Treaty','brussels-treaty-1948',['whole-document']),
 R('Article V of the Modified Brussels Treaty','article',['V'],'Modified Brussels Treaty (1954)','brussels-treaty-1954',['plain']),
 R('Article V lays','article',['V'],'anaphoric: Modified Brussels Treaty',"brussels-treaty-1954",['anaphoric'])],
[N('(see Box 2)','cross-reference to a box of the same report'),N('[7]','footnote marker')])

add('en-054','en','https://sharecast.com/amp/news/international-economic/france-invokes-eus-mutual-assistance-clause--932977.html','Sharecast (Reuters)','2015-11-17',
'''Article 42.7 of the Lisbon Treaty “provides that when a state is attacked, all member states must bring their solidarity to address the aggression”, French president Francois Hollande had said on the previous day.
The article invoked by the French authorities states that “if a Member State is the victim of armed aggression on its territory, the other Member States shall have towards it an obligation of aid and assistance by all the means in their power, in accordance with Article 51 [the right to self-defence] of the United Nations Charter. This shall not prejudice the specific character of the security and defence policy of certain Member States."''',
[R('Article 42.7 of the Lisbon Treaty','paragraph',['7'],TEUD+' (as amended by the Lisbon Treaty), Article 42(7)',TEU,['nested','abbreviated'],parent=('article',['42'])),
 R('The article invoked by the French authorities','paragraph',['7'],'anaphoric: Article 42(7) TEU',TEU,['anaphoric'],parent=('article',['42'])),
 R('Article 51 [the right to self-defence] of the United Nations Charter','article',['51'],UCD,UC,['plain'])],
[N('on the previous day','relative date')])

add('en-055','en','https://sharecast.com/amp/news/international-economic/france-invokes-eus-mutual-assistance-clause--932977.html','Sharecast (Reuters)','2015-11-17',
'''According to the European External Action Service’s website, that article includes the caveat that “commitments and cooperation in this area shall be consistent with commitments under the North Atlantic Treaty Organisation, which, for those States which are members of it, remains the foundation of their collective defence and the forum for its implementation”.
Article 222, on the other hand, is considered to have been included in the Treaty expressly with terrorism in mind.''',
[R('that article','paragraph',['7'],'anaphoric: Article 42(7) TEU',TEU,['anaphoric'],parent=('article',['42'])),
 R('Article 222','article',['222'],'context: Treaty on the Functioning of the EU','eu-tfeu',['anaphoric']),
 R('the Treaty','document',[],'anaphoric: Lisbon Treaty / TFEU','eu-tfeu',['anaphoric','whole-document'])],
[N('the European External Action Service’s website','a website, not a document')])

add('en-056','en','https://www.azernews.az/nation/245930.html','AzerNews','2025-08-10',
'''“The document acknowledges the necessity of further steps toward the signing and ratification of the peace agreement. Specifically, Baku expects constitutional amendments in Armenia to eliminate existing territorial claims against Azerbaijan,” Amirbayov stated.

He also highlighted a key point in the declaration: the commitment to opening transportation and communication links between the two countries.''',
[R('The document','document',[],'anaphoric: '+WD,W,['anaphoric','whole-document']),
 R('the peace agreement','document',[],'Agreement on the Establishment of Peace and Interstate Relations (initialled 8 August 2025)','az-am-peace-2025',['whole-document']),
 R('a key point in the declaration','point',['3'],'anaphoric: '+WD+' (point on opening communications = point 3)',W,['anaphoric'])],
[N('constitutional amendments in Armenia','future amendments, not a cited document')])

add('en-057','en','https://www.azernews.az/nation/245930.html','AzerNews','2025-08-10',
'''As part of the same event, Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan initialed the draft agreement titled “Treaty on the Establishment of Peace and Interstate Relations between the Republic of Azerbaijan and the Republic of Armenia.”

In addition, both foreign ministers signed a joint letter to the OSCE Chairperson-in-Office, officially requesting the closure of the OSCE Minsk Process,''',
[R('the draft agreement titled “Treaty on the Establishment of Peace and Interstate Relations between the Republic of Azerbaijan and the Republic of Armenia.”','document',[],'Agreement on the Establishment of Peace and Interstate Relations (initialled 8 August 2025)','az-am-peace-2025',['whole-document']),
 R('a joint letter to the OSCE Chairperson-in-Office','document',[],'Joint appeal of the Azerbaijani and Armenian foreign ministers to the OSCE (8 August 2025)','unknown',['whole-document'])],
[N('the OSCE Minsk Process','a negotiation process, not a document')])

add('en-058','en','https://news.az/news/president-ilham-aliyev-and-armenian-prime-minister-pashinyan-are-expected-to-sign-a-joint-declaration-in-washington','News.az (Trend)','2025-08-07',
'''Additionally, the declaration recognizes the necessity of taking further steps to sign and ratify the interstate Agreement on the Establishment of Peace and Diplomatic Relations between Azerbaijan and Armenia, following the paraphrasing of the treaty text. This means that one of the key demands for the final peace agreement — the amendment of Armenia’s Constitution — is acknowledged as necessary.''',
[R('the declaration','document',[],'anaphoric: '+WD,W,['anaphoric','whole-document']),
 R('the interstate Agreement on the Establishment of Peace and Diplomatic Relations between Azerbaijan and Armenia','document',[],'Agreement on the Establishment of Peace and Interstate Relations (2025)','az-am-peace-2025',['whole-document']),
 R('the treaty text','document',[],'anaphoric: peace agreement text','az-am-peace-2025',['anaphoric','whole-document'])],
[N('Armenia’s Constitution','the Constitution mentioned as object of amendment, not cited as a unit (judgement call: near miss)')])

add('uk-007','uk','https://images.zakarpattya.net.ua/News/142718-Ukraina-de-fakto-vykonala-11-i-punkt-Minskoho-protokolu-–-Poroshenko','Закарпаття онлайн','2015-07-19',
'''Україна де-факто виконала 11-й пункт Мінського протоколу – Порошенко

Україна де-факто виконала 11-й пункт Мінського протоколу.

Про це в інтерв'ю телеканалу ICTV 19 липня заявив президент Петро Порошенко, коментуючи питання про те, що закон про особливості місцевого самоврядування вступить в силу лише коли протилежна сторона виконає 10 пунктів Мінського протоколу, і лише тоді 11-й, де прописано дату – до кінця 2015-го року, почне діяти.''',
[R('11-й пункт Мінського протоколу','point',['11'],'named "Minsk Protocol" but content (constitutional reform by end of 2015) is point 11 of the '+MPD,MP,['headline','ordinal']),
 R('11-й пункт Мінського протоколу','point',['11'],'as above',MP,['ordinal']),
 R('10 пунктів Мінського протоколу','point',['1-10'],'the first ten points of the '+MPD+' (named "Minsk Protocol")',MP,['range']),
 R('11-й','point',['11'],'anaphoric: point 11',MP,['anaphoric','ordinal']),
 R('закон про особливості місцевого самоврядування','document',[],'Law of Ukraine on the special order of local self-government in certain areas of Donetsk and Luhansk regions','unknown',['whole-document'])],
[N('до кінця 2015-го року','deadline')])

add('uk-008','uk','https://images.zakarpattya.net.ua/News/142718-Ukraina-de-fakto-vykonala-11-i-punkt-Minskoho-protokolu-–-Poroshenko','Закарпаття онлайн','2015-07-19',
'''"Зобов'язання української сторони – прийняти зміни до Конституції. Ми йдемо з випередженням графіку. 11-й пункт (протоколу) де-факто виконаний: ми запустили конституційний процес, закон про особливості місцевого самоврядування прийнято, і там чітко виписано позиції, і Україна виконала свої зобов'язання", – заявив Порошенко.''',
[R('11-й пункт (протоколу)','point',['11'],'anaphoric: point 11 of the '+MPD,MP,['anaphoric','ordinal']),
 R('закон про особливості місцевого самоврядування','document',[],'Law on the special order of local self-government','unknown',['whole-document'])],
[N('зміни до Конституції','amendments (not yet existing) to the Constitution – judgement call: near miss')])

add('uk-009','uk','https://www.unian.ua/politics/1233131-eksperti-ukrajina-obiydetsya-bez-porad-putina-schodo-zmin-do-konstitutsiji.html','УНІАН',None,
'''«Записано (у Мінських домовленостях - УНІАН), що український контроль над кордоном починається після проведення виборів і завершується після остаточного врегулювання конфлікту. Тобто, контроль над кордоном, на жаль, стоїть наприкінці Мінського процесу, але ми маємо вимагати виведення російських військ, бо це положення''',
[R('у Мінських домовленостях','document',[],'Minsk agreements (Package of Measures, point 9)','minsk-agreements',['whole-document']),
 R('це положення','point',['10'],'anaphoric: the provision on withdrawal of foreign forces (point 10 of the Package of Measures)',MP,['anaphoric'])],
[N('Мінського процесу','the Minsk process – a process, not a document')])

add('ru-020','ru','https://hello.chitka.online/b/maidan/p/118','chitka.online (книга; текст Комплекса мер)',None,
'''9. Восстановление полного контроля над государственной границей со стороны правительства Украины во всей зоне конфликта, которое должно начаться в первый день после местных выборов и завершиться после всеобъемлющего политического урегулирования (местные выборы в отдельных районах Донецкой и Луганской областей на основании Закона Украины и конституционной реформы) к концу 2015-го года при условии выполнения пункта 11 — в консультациях и по согласованию с представителями отдельных районов Донецкой и Луганской областей в рамках трехсторонней контактной группы.''',
[R('Закона Украины','document',[],'Law of Ukraine on the special order of local self-government (referred to in the Package)','unknown',['whole-document']),
 R('пункта 11','point',['11'],'self: point 11 of the '+MPD,'self',['self'])],
[N('9.','the document\'s own point number (label), not a citation'),N('к концу 2015-го года','deadline')])

add('ru-021','ru','https://ru.interfax.com.ua/news/general/250134-amp.html','Интерфакс-Украина','2015-02-12',
'''"Очень важно, что впервые детально расписана имплементация части Минского протокола и меморандума в части перекрытия государственной границы.''',
[R('части Минского протокола и меморандума','document',[],'Minsk Protocol (5 Sep 2014) and Minsk Memorandum (19 Sep 2014) – "part of"','minsk-protocol-2014',['whole-document','list'])],
[N('в части перекрытия государственной границы','"в части" = "as regards", not a document part')])

add('ru-022','ru','https://m.21.by/world/2015/09/23/1120529.html','21.by (УНИАН)','2015-09-23',
'''«У Минска есть четкий срок, что Россия до конца года должна передать нам контроль над украинско-российской границей. Мы готовы выполнять договоренности со своей стороны, шаг за шагом, но с выборами они морочат голову, с Конституцией морочат голову -- то есть со всеми обязательствами, которые мы пытаемся выполнять», -- сказал министр.

«В результате, в конце года, мы должны посмотреть к чему мы пришли, потому все разговоры сегодня о вероятности «Минска-3» я считаю преждевременными и вредными», -- подчеркнул дипломат, передает УНИАН.''',
[R('У Минска','document',[],'metonymy: Minsk agreements (Package of Measures)',MP,['abbreviated','whole-document'])],
[N('«Минска-3»','a hypothetical future agreement, not an existing document'),N('с Конституцией','the Constitution as a topic, not a cited unit')])

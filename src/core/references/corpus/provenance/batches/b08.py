import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
UC='un-charter'; UCD='Charter of the United Nations'
NT='nato-treaty'; NTD='North Atlantic Treaty (Washington Treaty, 1949)'
RP='unsc-rules'; RPD='Provisional Rules of Procedure of the Security Council'
add('en-027','en','https://www.un.org/unispal/document/auto-insert-179663/','United Nations (S/PV.7853)','2016-12-23',
'''The President (spoke in Spanish): In accordance with rule 37 of the Council’s provisional rules of procedure, I invite the representative of Israel to participate in this meeting.

I propose that the Council invite the Permanent Observer of the Observer State of Palestine to the United Nations, to participate in this meeting, in accordance with the provisional rules of procedure and the previous practice in this regard.

There being no objection, it is so decided.

The Security Council will now begin its consideration of the item on its agenda.

Members of the Council have before them document S/2016/1100, which contains the text of a draft resolution submitted by Malaysia, New Zealand, Senegal and the Bolivarian Republic of Venezuela.''',
[R('rule 37 of the Council’s provisional rules of procedure','rule',['37'],RPD,RP,['plain']),
 R('the provisional rules of procedure','document',[],RPD,RP,['anaphoric','whole-document']),
 R('document S/2016/1100','document',[],'Draft resolution S/2016/1100 (became resolution 2334 (2016))','unknown',['whole-document','abbreviated']),
 R('a draft resolution submitted by Malaysia, New Zealand, Senegal and the Bolivarian Republic of Venezuela','document',[],'anaphoric: draft resolution S/2016/1100','unknown',['anaphoric','whole-document'])],
[N('the item on its agenda','agenda item, not a document unit'),N('(spoke in Spanish)','language note')])

add('en-028','en','https://www.un.org/unispal/document/auto-insert-179663/','United Nations (S/PV.7853)','2016-12-23',
'''The Council is ready to proceed to the vote on the draft resolution before it.

I shall first give the floor to those members of the Council wishing to make statements before the voting.

Mr. Ibrahim (Malaysia): I thank you, Sir, for convening this meeting at such short notice. Malaysia, together with New Zealand, Senegal and Venezuela as sponsors of draft resolution S/2016/1100, on the issue of illegal Israeli settlements, have called for this meeting to put the draft to a vote.''',
[R('the draft resolution before it','document',[],'anaphoric: draft resolution S/2016/1100','unknown',['anaphoric','whole-document']),
 R('draft resolution S/2016/1100','document',[],'Draft resolution S/2016/1100','unknown',['whole-document','abbreviated']),
 R('the draft','document',[],'anaphoric: draft resolution S/2016/1100','unknown',['anaphoric','whole-document'])],
[N('give the floor','procedural phrase, not a reference'),N('on the issue of illegal Israeli settlements','"issue" = topic')])

add('en-029','en','https://www.un.org/unispal/document/auto-insert-181887','United Nations (S/PV.7863, provisional)','2017-01-17',
'''The President:  In accordance with rule 37 of the Council's provisional rules of procedure, I invite the representatives of Argentina, Bangladesh, Belgium, Brazil, Costa Rica, Cuba, the Democratic People's Republic of Korea, India, Indonesia, Iraq, the Islamic Republic of Iran, Israel, Jordan, Lebanon, Malaysia, Maldives, Morocco, Norway, Pakistan, Saudi Arabia, South Africa, the Syrian Arab Republic, Turkey, Uzbekistan and Venezuela to participate in this meeting.

I propose that the Security Council invite the Permanent Observer of the Observer State of Palestine to the United Nations to participate in the meeting, in accordance with the provisional rules of procedure and the previous practice in this regard.

In accordance with rule 39 of the Council's provisional rules of procedure, I invite Mr. Nickolay Mladenov, Special Coordinator for the Middle East Peace Process and Personal Representative of the Secretary-General, to participate in this meeting.''',
[R("rule 37 of the Council's provisional rules of procedure",'rule',['37'],RPD,RP,['plain']),
 R('the provisional rules of procedure','document',[],RPD,RP,['anaphoric','whole-document']),
 R("rule 39 of the Council's provisional rules of procedure",'rule',['39'],RPD,RP,['plain'])],
[N('7863rd meeting','(not in passage)'),N('the previous practice in this regard','practice, not a document')] if False else [N('the previous practice in this regard','practice, not a document')])

add('en-030','en','https://img.beforeitsnews.com/middle-east/2016/12/un-security-council-full-text-of-resolution-2334-2016-end-jewish-2559250.html','Before It\'s News (re-publishing UN press release SC/12657)','2016-12-23',
'''UN Security Council
23 December 2016
https://www.un.org/press/en/2016/sc12657.doc.htm
14 Delegations in Favour of Resolution 2334 (2016) as United States Abstains
The Security Council reaffirmed this afternoon that Israel’s establishment
of settlements in Palestinian territory occupied since 1967, including East
Jerusalem, had no legal validity, constituting a flagrant violation under
international law and a major obstacle to the vision of two States living
side-by-side in peace and security, within internationally recognized
borders.
Adopting resolution 2334 (2016) by 14 votes, with the United States
abstaining,''',
[R('Resolution 2334 (2016)','document',[],'UN Security Council resolution 2334 (2016)','unsc-2334',['headline','whole-document']),
 R('resolution 2334 (2016)','document',[],'UN Security Council resolution 2334 (2016)','unsc-2334',['whole-document'])],
[N('https://www.un.org/press/en/2016/sc12657.doc.htm','a URL of the press release, not a citation of a document unit'),N('14 Delegations','vote count'),N('by 14 votes','vote count')])

add('en-031','en','https://img.beforeitsnews.com/middle-east/2016/12/un-security-council-full-text-of-resolution-2334-2016-end-jewish-2559250.html','Before It\'s News (re-publishing UN press release SC/12657)','2016-12-23',
'''The full text of resolution 2334 (2016) reads as follows:
“The Security Council,
“Reaffirming its relevant resolutions, including resolutions 242 (1967), 338
(1973), 446 (1979), 452 (1979), 465 (1980), 476 (1980), 478 (1980), 1397
(2002), 1515 (2003), and 1850 (2008),
“Guided by the purposes and principles of the Charter of the United Nations,
and reaffirming, inter alia, the inadmissibility of the acquisition of
territory by force,
“Reaffirming the obligation of Israel, the occupying Power, to abide
scrupulously by its legal obligations and responsibilities under the Fourth
Geneva Convention relative to the Protection of Civilian Persons in Time of
War, of 12 August 1949, and recalling the advisory opinion rendered on 9
July 2004 by the International Court of Justice,''',
[R('The full text of resolution 2334 (2016)','document',[],'UN Security Council resolution 2334 (2016)','unsc-2334',['whole-document']),
 R('its relevant resolutions','document',[],'previous relevant UNSC resolutions (listed next)','unknown',['anaphoric','whole-document']),
 R('resolutions 242 (1967)','document',[],'UNSC resolution 242 (1967)','unsc-242',['whole-document','list']),
 R('338\n(1973)','document',[],'UNSC resolution 338 (1973)','unsc-338',['whole-document','list']),
 R('446 (1979)','document',[],'UNSC resolution 446 (1979)','unsc-446',['whole-document','list']),
 R('452 (1979)','document',[],'UNSC resolution 452 (1979)','unsc-452',['whole-document','list']),
 R('465 (1980)','document',[],'UNSC resolution 465 (1980)','unsc-465',['whole-document','list']),
 R('476 (1980)','document',[],'UNSC resolution 476 (1980)','unsc-476',['whole-document','list']),
 R('478 (1980)','document',[],'UNSC resolution 478 (1980)','unsc-478',['whole-document','list']),
 R('1397\n(2002)','document',[],'UNSC resolution 1397 (2002)','unsc-1397',['whole-document','list']),
 R('1515 (2003)','document',[],'UNSC resolution 1515 (2003)','unsc-1515',['whole-document','list']),
 R('1850 (2008)','document',[],'UNSC resolution 1850 (2008)','unsc-1850',['whole-document','list']),
 R('the Charter of the United Nations','document',[],UCD,UC,['whole-document']),
 R('the Fourth\nGeneva Convention relative to the Protection of Civilian Persons in Time of\nWar, of 12 August 1949','document',[],'Fourth Geneva Convention (1949)','geneva-iv',['whole-document','ordinal']),
 R('the advisory opinion rendered on 9\nJuly 2004 by the International Court of Justice','document',[],'ICJ Advisory Opinion of 9 July 2004 (Wall)','icj-wall-2004',['whole-document'])],
[N('the purposes and principles','general, not a unit citation')])

add('en-032','en','http://www.humanrightsvoices.org/EYEontheUN/antisemitism/?l=69&p=3630','Human Rights Voices (text of resolution 2334)',None,
'''    Recalling the obligation under the Quartet Roadmap, endorsed by its resolution 1515 (2003), for a freeze by Israel of all settlement activity, including "natural growth", and the dismantlement of all settlement outposts erected since March 2001,

    Recalling also the obligation under the Quartet roadmap for the Palestinian Authority Security Forces to maintain effective operations aimed at confronting all those engaged in terror and dismantling terrorist capabilities,''',
[R('the Quartet Roadmap','document',[],'Quartet Performance-based Roadmap (2003)','quartet-roadmap-2003',['whole-document']),
 R('its resolution 1515 (2003)','document',[],'UNSC resolution 1515 (2003)','unsc-1515',['whole-document']),
 R('the Quartet roadmap','document',[],'Quartet Performance-based Roadmap (2003)','quartet-roadmap-2003',['whole-document'])],
[N('since March 2001','date, not a reference')])

add('en-033','en','http://unscr.com/en/resolutions/2223','unscr.com (text of S/RES/2223 (2015))','2015-05-28',
'''S/RES/2223 (2015)
Security Council Distr.: General 28 May 2015
Resolution 2223 (2015)
Adopted by the Security Council at its 7451st meeting, on 28 May 2015
The Security Council, Recalling its previous resolutions 1996 (2011), 2046 (2012), 2057 (2012), 2109 (2013), 2132 (2013), 2155 (2014), 2187 (2014) and 2206 (2015), and its Statements by the President of the Security Council, S/PRST/2014/16, S/PRST/2014/26 and S/PRST/2015/9, Reaffirming its strong commitment to the sovereignty, independence, territorial integrity, and national unity of the Republic of South Sudan, and recalling the importance of the principles of non-interference, good-neighbourliness, and regional cooperation, Recalling its resolution 2086 (2013) and reaffirming the basic principles of peacekeeping,''',
[R('S/RES/2223 (2015)','document',[],'UNSC resolution 2223 (2015) (document symbol)','unsc-2223',['self','whole-document','abbreviated']),
 R('Resolution 2223 (2015)','document',[],'UNSC resolution 2223 (2015)','unsc-2223',['headline','self','whole-document']),
 R('its previous resolutions 1996 (2011)','document',[],'UNSC resolution 1996 (2011)','unsc-1996',['whole-document','list']),
 R('2046 (2012)','document',[],'UNSC resolution 2046 (2012)','unsc-2046',['whole-document','list']),
 R('2057 (2012)','document',[],'UNSC resolution 2057 (2012)','unsc-2057',['whole-document','list']),
 R('2109 (2013)','document',[],'UNSC resolution 2109 (2013)','unsc-2109',['whole-document','list']),
 R('2132 (2013)','document',[],'UNSC resolution 2132 (2013)','unsc-2132',['whole-document','list']),
 R('2155 (2014)','document',[],'UNSC resolution 2155 (2014)','unsc-2155',['whole-document','list']),
 R('2187 (2014)','document',[],'UNSC resolution 2187 (2014)','unsc-2187',['whole-document','list']),
 R('2206 (2015)','document',[],'UNSC resolution 2206 (2015)','unsc-2206',['whole-document','list']),
 R('S/PRST/2014/16','document',[],'Presidential statement S/PRST/2014/16','unknown',['whole-document','list','abbreviated']),
 R('S/PRST/2014/26','document',[],'Presidential statement S/PRST/2014/26','unknown',['whole-document','list','abbreviated']),
 R('S/PRST/2015/9','document',[],'Presidential statement S/PRST/2015/9','unknown',['whole-document','list','abbreviated']),
 R('its resolution 2086 (2013)','document',[],'UNSC resolution 2086 (2013)','unsc-2086',['whole-document'])],
[N('Distr.: General 28 May 2015','distribution line and date, not a reference'),N('its 7451st meeting','meeting number')])

add('en-034','en','https://www.nato.int/cps/en/natohq/official_texts_156624.htm?selectedLocale=uk','NATO (Brussels Summit Declaration, 11-12 July 2018)','2018-07-11',
'''  1. We, the Heads of State and Government of the 29 member nations of the North Atlantic Alliance, have gathered in Brussels at a time when the security of our nations and the rules-based international order are being challenged.  NATO will continue to strive for peace, security, and stability in the whole of the Euro-Atlantic area.  We are united in our commitment to the Washington Treaty, the purposes and principles of the Charter of the United Nations (UN), and the vital transatlantic bond.''',
[R('the Washington Treaty','document',[],NTD,NT,['whole-document']),
 R('the Charter of the United Nations (UN)','document',[],UCD,UC,['whole-document'])],
[N('Press Release (2018) 074','(not in passage)')] if False else [N('the 29 member nations','count, not a reference')])

add('en-035','en','https://www.nato.int/cps/en/natohq/official_texts_156624.htm?selectedLocale=uk','NATO (Brussels Summit Declaration, 11-12 July 2018)','2018-07-11',
'''The Alliance will continue to pursue a 360-degree approach to security and to fulfil effectively all three core tasks as set out in the Strategic Concept: collective defence, crisis management, and cooperative security.  NATO is a defensive Alliance.  NATO’s greatest responsibility is to protect and defend our territory and our populations against attack.   Any attack against one Ally will be regarded as an attack against us all, as set out in Article 5 of the Washington Treaty.''',
[R('the Strategic Concept','document',[],'NATO Strategic Concept (2010)','nato-strategic-concept-2010',['whole-document']),
 R('Article 5 of the Washington Treaty','article',['5'],NTD,NT,['plain'])],
[N('360-degree approach','a number, not a reference'),N('all three core tasks','count, not a reference')])

add('en-036','en','https://www.alliansfriheten.se/brussels-summit-declaration-nato-int/','Alliansfriheten (re-publishing the Brussels Summit Declaration)','2018-07-11',
'''We reaffirm our unwavering commitment to all aspects of the Defence Investment Pledge agreed at the 2014 Wales Summit, and to submit credible national plans on its implementation, including the spending guidelines for 2024, planned capabilities, and contributions.  Fair burden sharing underpins the Alliance’s cohesion, solidarity, credibility, and ability to fulfil our Article 3 and Article 5 commitment''',
[R('the Defence Investment Pledge agreed at the 2014 Wales Summit','document',[],'Defence Investment Pledge, Wales Summit Declaration (2014)','nato-wales-2014',['whole-document']),
 R('its implementation','document',[],'anaphoric: Defence Investment Pledge','nato-wales-2014',['anaphoric']),
 R('Article 3','article',['3'],'context: '+NTD,NT,['anaphoric','list']),
 R('Article 5 commitment','article',['5'],'context: '+NTD,NT,['anaphoric','list'])],
[N('the spending guidelines for 2024','a year, not a reference')])

add('en-037','en','https://en.ilsole24ore.com/art/born-final-document-firm-commitment-defence-attack-one-and-attack-all-AH4sZrOB','Il Sole 24 Ore (English)','2025-06-25',
'''So reads the declaration of the NATO summit in The Hague, from which text an implicit pact between Donald Trump and all other Alliance leaders is deduced. Paragraph 1 of the one-page document contains a 'firm commitment to collective defence as enshrined in Article V of the Washington Treaty'. It begins: 'We, the Heads of State and Government of the Atlantic Alliance, have gathered in The Hague to reaffirm our commitment to NATO, the strongest Alliance in history, and to the transatlantic bond. We reaffirm our firm commitment to collective defence, as enshrined in Article 5 of the Washington Treaty: an attack on one is an attack on all'.''',
[R('the declaration of the NATO summit in The Hague','document',[],'The Hague Summit Declaration (25 June 2025)','nato-hague-2025',['whole-document']),
 R('which text','document',[],'anaphoric: The Hague Summit Declaration','nato-hague-2025',['anaphoric','whole-document']),
 R('Paragraph 1 of the one-page document','paragraph',['1'],'anaphoric: The Hague Summit Declaration','nato-hague-2025',['anaphoric']),
 R('Article V of the Washington Treaty','article',['5'],NTD+' (Roman numeral)',NT,['plain']),
 R('It begins','paragraph',['1'],'anaphoric: paragraph 1 of The Hague Summit Declaration','nato-hague-2025',['anaphoric']),
 R('Article 5 of the Washington Treaty','article',['5'],NTD,NT,['plain'])],
[N('one-page','page count, not a reference')])

add('en-038','en','https://en.ilsole24ore.com/art/born-final-document-firm-commitment-defence-attack-one-and-attack-all-AH4sZrOB','Il Sole 24 Ore (English)','2025-06-25',
'''United in the face of profound security threats and challenges, in particular the long-term threat posed by Russia to Euro-Atlantic security and the persistent threat of terrorism," the document continues, "the Allies pledge to invest 5 per cent of GDP annually in core defence requirements, as well as in defence and security-related expenditures, by 2035, to ensure our individual and collective obligations, in accordance with Article 3 of the Washington Treaty.''',
[R('the document','document',[],'anaphoric: The Hague Summit Declaration','nato-hague-2025',['anaphoric','whole-document']),
 R('Article 3 of the Washington Treaty','article',['3'],NTD,NT,['plain'])],
[N('5 per cent of GDP','a percentage, not a reference'),N('by 2035','year')])

add('en-039','en','https://www.ekathimerini.com/news/247162/nato-members-reaffirm-collective-defense/','Kathimerini (AP)','2019-12-04',
'''After meeting near London, leaders of the 29 nations affirmed in a declaration that “our solemn commitment as enshrined in Article 5 of the Washington Treaty that an attack against one Ally shall be considered an attack against us all.”

NATO member Turkey had threatened not to endorse a plan to bolster the defense of the Baltic states neighboring Russia and Poland after other NATO members criticized Ankara's military operation in Syria.

But NATO Secretary-General Jens Stoltenberg said Wednesday that “we stand together, all for one and one for all. Our commitment to article 5, the collective defense clause of our alliance, is ironclad.” [AP]''',
[R('a declaration','document',[],'London Declaration (NATO, 4 December 2019)','nato-london-2019',['whole-document']),
 R('Article 5 of the Washington Treaty','article',['5'],NTD,NT,['plain']),
 R('article 5, the collective defense clause of our alliance','article',['5'],NTD,NT,['anaphoric'])],
[N('a plan to bolster the defense of the Baltic states','a military plan, not a cited document (judgement call)'),N('[AP]','agency credit')])

add('en-040','en','http://en.c4defence.com/Archive/yaz-ortasi-sibirya-havasi--nato-bruksel-liderler-zirvesi/6909/2','C4Defence','2018-08-16',
'''Thus concurred the NATO’s leaders of 29 allied countries in the very first article of the declaration of the Leaders’ Summit, which took place in Brussels in July 11-12, 2018. This statement is underlined occasionally throughout the remaining 78 articles, as if summarising the most fundamental principles enshrined in the NATO’s founding document of Washington Treaty.''',
[R('the very first article of the declaration of the Leaders’ Summit, which took place in Brussels in July 11-12, 2018','paragraph',['1'],'Brussels Summit Declaration (2018) – "article" used for numbered paragraph','nato-brussels-2018',['ordinal','number-word']),
 R('the remaining 78 articles','paragraph',['2-79'],'anaphoric: the other paragraphs of the Brussels Summit Declaration','nato-brussels-2018',['anaphoric','range']),
 R('the NATO’s founding document of Washington Treaty','document',[],NTD,NT,['whole-document'])],
[N('29 allied countries','count')])

add('en-041','en','https://publications.parliament.uk/pa/cm199899/cmselect/cmdfence/459/45908.htm','UK Parliament (Defence Committee; text of the Washington Summit Declaration, 1999)','1999-04-24',
'''2.Fifty years ago, the North Atlantic Alliance was
founded in troubled and uncertain times. It has withstood the
test of five decades and allowed the citizens of Allied countries
to enjoy an unprecedented period of peace, freedom and prosperity.''',
[],
[N('2.','a paragraph number of the declaration itself (a label, not a citation)'),N('Fifty years ago','number-word duration, not a reference'),N('five decades','duration')])

add('tr-009','tr','https://gercek-haber.com/?p=3770','Gerçek Haber (T.C. Dışişleri Bakanlığı açıklaması)','2025-01-31',
'''Dışişleri Bakanlığı’ndan yapılan açıklama şu şekilde: Birleşmiş Milletler Güvenlik Konseyi, Kıbrıs Adası’nda konuşlu BM Barış Gücü’nün görev süresini 31 Ocak 2025 tarihinde aldığı 2771 (2025) sayılı kararla bir yıl daha uzatmıştır.

Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) Dışişleri Bakanlığı’nın söz konusu kararla ilgili olarak yaptığı açıklamayı destekliyoruz.''',
[R('31 Ocak 2025 tarihinde aldığı 2771 (2025) sayılı kararla','document',[],'UN Security Council resolution 2771 (2025)','unsc-2771',['whole-document']),
 R('söz konusu kararla','document',[],'anaphoric: resolution 2771 (2025)','unsc-2771',['anaphoric','whole-document']),
 R('Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) Dışişleri Bakanlığı’nın söz konusu kararla ilgili olarak yaptığı açıklamayı','document',[],'Statement of the "TRNC" foreign ministry on resolution 2771','unknown',['whole-document'])],
[N('bir yıl daha','"one more year", not a reference')])

add('tr-010','tr','https://gercek-haber.com/?p=3770','Gerçek Haber (T.C. Dışişleri Bakanlığı açıklaması)','2025-01-31',
'''Diğer yandan, BM Güvenlik Konseyi’nin, Barış Gücü’nün görev süresini uzatan bu yılki kararında da raf ömrü tükenmiş ve olası bir çözüm bağlamında gündemden düşmüş olan çözüm modellerine atıfta bulunma israrını sürdürmesinden derin hayal kırıklığı duyuyoruz.''',
[R('BM Güvenlik Konseyi’nin, Barış Gücü’nün görev süresini uzatan bu yılki kararında','document',[],'anaphoric: resolution 2771 (2025)','unsc-2771',['anaphoric','whole-document'])],
[N('atıfta bulunma','"making reference" – the word reference itself, not a reference')])

add('tr-011','tr','https://www.haberaktuel.com/turkiye-nin-kibris-taki-bmgk-kararina-tepkisi-3414953','Haber Aktüel','2026-01-31',
'''Dışişleri Bakanlığı tarafından yapılan yazılı açıklamada, Birleşmiş Milletler Güvenlik Konseyi’nin 30 Ocak 2026 tarihli ve 2815 (2026) sayılı kararıyla Kıbrıs Adası’nda görevli BM Barış Gücü’nün (UNFICYP) görev süresinin bir yıl daha uzatılmasına yönelik tepki ifade edildi. Açıklamada, Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) Dışişleri Bakanlığı’nın konuyla ilgili açıklamasının Türkiye tarafından “kuvvetle desteklendiği” vurgulandı.''',
[R('Birleşmiş Milletler Güvenlik Konseyi’nin 30 Ocak 2026 tarihli ve 2815 (2026) sayılı kararıyla','document',[],'UN Security Council resolution 2815 (2026)','unsc-2815',['whole-document']),
 R('Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) Dışişleri Bakanlığı’nın konuyla ilgili açıklamasının','document',[],'Statement of the "TRNC" foreign ministry','unknown',['whole-document'])],
[N('Açıklamada','"in the statement" – the article\'s own source statement (judgement call: near miss as it refers to the reported press release itself)')])

add('tr-012','tr','https://gundemmanset.com/disisleri-bakanligindan-bmgkya-tepki-kktcye-destek/','Gündem Manşet (İHA)','2020-10-10',
'''“Birleşmiş Milletler Güvenlik Konseyi 9 Ekim 2020 tarihli oturumunda Kapalı Maraş bölgesindeki son gelişmeleri ele almış ve bu çerçevede Konsey tarafından bir Başkanlık Açıklaması yayınlanmıştır. Türkiye, konuyla ilgili olarak Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) Başbakanlığınca yapılan açıklamayı tümüyle desteklemektedir.

Kıbrıs Türk makamlarının KKTC toprağı olan Kapalı Maraş bölgesine dair açıkladıkları karar, kullanıma açılan bölgede herhangi bir mağduriyete yol açmamaktadır. Bölgenin statüsünde bir değişiklik yapılmamaktadır. Dolayısıyla, bu kararın BM Güvenlik Konseyi kararlarına aykırı olduğu iddiası gerçeği yansıtmamaktadır.''',
[R('bir Başkanlık Açıklaması','document',[],'Statement by the President of the Security Council of 9 October 2020 (press statement on Varosha)','unknown',['whole-document']),
 R('Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) Başbakanlığınca yapılan açıklamayı','document',[],'Statement of the "TRNC" Prime Ministry','unknown',['whole-document']),
 R('BM Güvenlik Konseyi kararlarına','document',[],'UN Security Council resolutions (on Varosha, e.g. 550 (1984), 789 (1992)) – unnumbered set','unknown',['whole-document'])],
[N('9 Ekim 2020 tarihli oturumunda','a meeting date, not a document'),N('açıkladıkları karar','a decision of local authorities (not a cited document)'),N('bu kararın','anaphora to that local decision, not to a document (judgement call)')])

add('tr-013','tr','https://yurtsever.org.tr/2019/disisleri-bakanligindan-bm-guvenlik-konseyinin-kibris-kararina-tepki-282754/amp','Yurtsever (DHA)','2019-07-26',
'''ANKARA, (DHA) Fatih Poyraz- Dışişleri Bakanlığı’ndan yapılan yazılı açıklamada, BM Güvenlik Konseyi’nin ‘Kıbrıs’ta konuşlu Birleşmiş Milletler Barış Gücü Misyonu’nun görev yönergesinin 6 aylık bir süre için yenilenmesi’ kararında KKTC’nin rızasının alınmamasının önemli bir eksik olduğu vurgulandı.''',
[R('BM Güvenlik Konseyi’nin ‘Kıbrıs’ta konuşlu Birleşmiş Milletler Barış Gücü Misyonu’nun görev yönergesinin 6 aylık bir süre için yenilenmesi’ kararında','document',[],'UN Security Council resolution renewing UNFICYP for six months (July 2019: resolution 2483 (2019))','unsc-2483',['whole-document'])],
[N('6 aylık bir süre','duration')])

add('tr-014','tr','https://yurtsever.org.tr/2019/disisleri-bakanligindan-bm-guvenlik-konseyinin-kibris-kararina-tepki-282754/amp','Yurtsever (DHA)','2019-07-26',
'''Kararda, Kıbrıs meselesinin çözümüyle ilgili yazımların farklı çözüm seçeneklerini tartışmayı kısıtlayıcı biçimde kaleme alınmış olmasının, Genel Sekreter’in önceki yıllarda yeni fikirlere duyulan ihtiyaç vurgusu ile bir tezat teşkil ettiğine işaret eden açıklamada, şunlar kaydedildi:''',
[R('Kararda','document',[],'anaphoric: UNSC resolution 2483 (2019)','unsc-2483',['anaphoric','whole-document'])],
[N('açıklamada','the reported press statement itself (near miss)')])

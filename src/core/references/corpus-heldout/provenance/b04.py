from lib import *
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
add('ho-hy-001','hy','https://infoport.am/am/news/politics/hh-taratsqov-ancnogh-yuraqanchyur-tchanaparh-kam-haghordakcutyan-ughi-ka-ev-linelu-e-bacarapes-hh-inqnishkhanutyan-ev-iravazorutyan-nerqo-agn-khosnak','infoport.am (statement of the MFA of Armenia spokesperson)',None,
"""Հայաստանի տարածքով անցնող յուրաքանչյուր ճանապարհ կամ հաղորդակցության ուղի կա և լինելու է բացառապես Հայաստանի ինքնիշխանության և իրավազորության ներքո։ Այս մասին ասել է ՀՀ ԱԳՆ մամուլի խոսնակը՝ մեկնաբանելով այն հարցը, թե Ադրբեջանի նախագահ Իլհամ Ալիևը հայտարարել է, որ «նոյեմբերի 10-ին ստորագրված համատեղ հայտարարության մեջ առկա է հատուկ դրույթ Նախիջևանի միջանցքի ստեղծման մասին»: 

Խոսնակը, մասնավորապես, նշել է. ՛՛Նոյեմբերի 9-ի եռակողմ հայտարարության 9-րդ կետում նշված է «տարածաշրջանում բոլոր տնտեսական և տրանսպորտային կապերի ապաշրջափակման» մասին, և հենց այս մոտեցմամբ է Հայաստանը հանդես գալիս տարածաշրջանում կայունություն հաստատելու և համագործակցության հեռանկարների հարցերում:

Վերոնշյալ կետը չի պարունակում որևէ միջանցքի ստեղծման դրույթներ:""",
[R('նոյեմբերի 10-ին ստորագրված համատեղ հայտարարության','document',[],TD,T,['whole-document']),
 R('հատուկ դրույթ','clause',[],'anaphoric: an (alleged) provision of '+TD,T,['anaphoric']),
 R('Նոյեմբերի 9-ի եռակողմ հայտարարության 9-րդ կետում','point',['9'],TD,T,['ordinal']),
 R('Վերոնշյալ կետը','point',['9'],'anaphoric ("the abovementioned point"): point 9 of '+TD,T,['anaphoric'])],
[N('միջանցքի ստեղծման դրույթներ','generic "provisions on a corridor" said not to exist; judgement call'),N('հաղորդակցության ուղի','communication route, not a document')])

add('ho-hy-002','hy','https://arminfo.info/full_news.php?id=85947&lang=1','Արմինֆո',None,
"""Արմինֆո.Այս իրավիճակն ինքնին վկայում է, որ 2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարությունն, ըստ էության, գոյություն չունի։ Այդպիսի կարծիք է հայտնել ՀՀ ԱԺ "Քաղաքացիական պայմանագիր" խմբակցության քարտուղար Արթուր Հովհաննիսյանը։ Ընդ որում, նա Երևանի ստորագրությունը հետ կանչելու մասին օրակարգը համարել է չնչին։
Հիշեցնենք, որ հայտարարության 9-րդ կետում ասվում է. " Ապաշրջափակվում են տարածաշրջանի բոլոր տնտեսական և տրանսպորտային կապերը։""",
[R('2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարությունն','document',[],TD,T,['whole-document']),
 R('հայտարարության 9-րդ կետում','point',['9'],'anaphoric: point 9 of '+TD,T,['anaphoric','ordinal'])],
[N('"Քաղաքացիական պայմանագիր"','party name ("Civil Contract"), not a treaty'),N('օրակարգը','agenda, not a document')])

add('ho-ru-018','ru','https://am.sputniknews.ru/20250220/vlasti-armenii-ne-namereny-vozvraschatsya-k-zayavleniyu-ot-9-noyabrya-2020-g---sovbez-85970758.html','Sputnik Армения','2025-02-20',
"""Власти Армении не намерены возвращаться к заявлению от 9 ноября 2020 г. - Совбез

По словам Армена Григоряна, нельзя игнорировать тот факт, что были нарушены все, кроме одного пункта этого договора.
ЕРЕВАН, 20 фев – Sputnik. Армянские власти не рассматривают вариант возвращения к трехстороннему заявлению лидеров Армении, России и Азербайджана от 9 ноября 2020 года, сказал секретарь Совбеза Армении Армен Григорян после заседания правительства, комментируя призыв бывшего посла по особым поручениям Эдмона Марукяна.
Ранее лидер "Просвещенной Армении" Эдмон Марукян заявил, что возвращение к этому формату позволит потребовать беспрепятственный коридор и возвращение армян в Нагорный Карабах, а также избежать новой агрессии со стороны Азербайджана в Сюнике.
"Армения была частью заявления от 9 ноября.""",
[R('заявлению от 9 ноября 2020 г.','document',[],TD+' (headline)',T,['whole-document','headline']),
 R('все, кроме одного пункта этого договора','point',[],'anaphoric: all points but one of '+TD+' (called "договор")',T,['anaphoric']),
 R('трехстороннему заявлению лидеров Армении, России и Азербайджана от 9 ноября 2020 года','document',[],TD,T,['whole-document']),
 R('заявления от 9 ноября','document',[],TD,T,['whole-document'])],
[N('ЕРЕВАН, 20 фев – Sputnik','dateline'),N('этому формату','a format, not a document'),N('"Просвещенной Армении"','party name')])

add('ho-de-001','de','https://www.news.at/politik/nato-artikel-5-uebersicht-2026','News.at','2026-01-22',
"""Die ersten Tage im neuen Jahr haben einmal mehr Risse in der westlichen Sicherheitsordnung offengelegt. US-Präsident Trump pocht weiterhin darauf, dass sich die USA Grönland einverleiben. Damit rückt auch das nordatlantische Verteidigungsbündnis verstärkt in den Fokus. Der Artikel 5 gilt als Schlüsselstelle des Nordatlantikvertrags, denn er ist die rechtliche Grundlage, auf der die Mitgliedstaaten einen sogenannten Bündnisfall, also Beistand im Angriffsfall, ausrufen können.

Manche denken vielleicht: Greift jemand ein NATO-Land an, antworten automatisch alle NATO-Länder mit einem militärischen Gegenschlag. Aber stimmt das überhaupt? Und was passiert, wenn ein NATO-Land selbst der Aggressor ist? Fragen und Antworten rund um den Artikel 5.""",
[R('Der Artikel 5 gilt als Schlüsselstelle des Nordatlantikvertrags','article',['5'],'North Atlantic Treaty','nato-treaty',['plain']),
 R('er','article',['5'],'anaphoric pronoun: Article 5 of the North Atlantic Treaty','nato-treaty',['anaphoric']),
 R('den Artikel 5','article',['5'],'North Atlantic Treaty (context)','nato-treaty',['plain'])],
[N('Bündnisfall','concept (case of alliance), not a reference'),N('Fragen und Antworten','FAQ format')])

add('ho-de-002','de','http://estilizadas.eu/viewtopic.php?p=52898','estilizadas.eu (forum post quoting the treaty and the bpb)',None,
"""Artikel 5 des NATO-Vertrages
Nordatlantikvertrag Artikel 5 „Washington DC“ 4. April 1949
Artikel 5. „Die Parteien vereinbaren, dass ein bewaffneter Angriff gegen eine oder mehrere von ihnen in Europa oder Nordamerika als ein Angriff gegen sie alle angesehen werden; Sie vereinbaren daher, dass im Falle eines solchen bewaffneten Angriffs jede von ihnen in der Ausübung des Artikels 51 Satzung der Vereinten Nationen anerkanntes Recht der individuellen oder kollektiven Selbstverteidigung der Partei oder Parteien, die angegriffen werden, Beistand leistet,""",
[R('Artikel 5 des NATO-Vertrages','article',['5'],'North Atlantic Treaty (headline)','nato-treaty',['plain','headline']),
 R('Nordatlantikvertrag Artikel 5 „Washington DC“ 4. April 1949','article',['5'],'North Atlantic Treaty, signed Washington 4 April 1949','nato-treaty',['plain']),
 R('Artikels 51 Satzung der Vereinten Nationen','article',['51'],'UN Charter (quoted inside Art. 5)','un-charter',['plain'])],
[N('Artikel 5.','the quoted article\'s own heading label (judgement call: heading of the quotation, not a citation)'),N('Die Parteien','the treaty parties, not a document')], allow_overlap=True)

add('ho-de-003','de','https://www.dw.com/de/stichwort-artikel-5-die-beistandsklausel-des-nato-vertrags/a-63771939','Deutsche Welle','2022-11-16',
"""\"Wenn es um Artikel 5 geht, dann sind wir kristallklar: Wir werden jeden Zentimeter des NATO-Gebietes verteidigen.\" So reagierte ein Sprecher des US-Verteidigungsministeriums auf die Nachricht, dass es in Polen nahe der Grenze zur Ukraine Explosionen noch unbekannter Ursache, möglicherweise durch russische Raketen, gegeben hat. Der Pentagon-Sprecher bezog sich auf Artikel 5 des NATO-Vertrages. Dieser lautet:

\"Die Parteien vereinbaren, dass ein bewaffneter Angriff gegen eine oder mehrere von ihnen in Europa oder Nordamerika als ein Angriff gegen sie alle angesehen wird; sie vereinbaren daher, dass im Falle eines solchen bewaffneten Angriffs jede von ihnen in Ausübung des in Artikel 51 der Satzung der Vereinten Nationen anerkannten Rechts der individuellen oder kollektiven Selbstverteidigung der Partei oder den Parteien, die angegriffen werden, Beistand leistet,""",
[R('Artikel 5','article',['5'],'North Atlantic Treaty (implicit in context)','nato-treaty',['plain']),
 R('Artikel 5 des NATO-Vertrages','article',['5'],'North Atlantic Treaty','nato-treaty',['plain']),
 R('Dieser','article',['5'],'anaphoric pronoun: Article 5 of the North Atlantic Treaty','nato-treaty',['anaphoric']),
 R('Artikel 51 der Satzung der Vereinten Nationen','article',['51'],'UN Charter','un-charter',['plain'])],
[N('jeden Zentimeter','idiom'),N('die Nachricht','news report, not a document')], allow_overlap=True)

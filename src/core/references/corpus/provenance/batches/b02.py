import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
W='washington-2025-08-08'; WD='Joint Declaration of Azerbaijan and Armenia, Washington, 8 August 2025'
add('en-007','en','https://news.am/eng/news/760815.html','News.am','2023-05-19',
'''"We are focused on long-term peace in our region. Armenia remains committed to the tripartite statements by the leaders of our countries on November 9, 2020 and all subsequent ones. Unfortunately, as they say, the situation ‘on the ground’ is a little different; parallel to the talks, the escalation of the situation by Azerbaijan is observed on a regular basis. We see an invasion of the sovereign territory of the Republic of Armenia, we see a gross violation [by Azerbaijan] of the same statement of November 9, 2020. The last such violation was when the Azerbaijani side tried to set up a checkpoint in the Lachin corridor, although the procedure at the Lachin corridor was very clearly worded in the November 9 statement that it should remain under the control of the Russian Federation.''',
[R('the tripartite statements by the leaders of our countries on November 9, 2020','document',[],TD,T,['whole-document']),
 R('all subsequent ones','document',[],'anaphoric: later trilateral statements (11 Jan 2021, 26 Nov 2021, 31 Oct 2022)','unknown',['anaphoric','whole-document']),
 R('the same statement of November 9, 2020','document',[],TD,T,['anaphoric','whole-document']),
 R('the November 9 statement','document',[],TD,T,['whole-document'])],
[N('‘on the ground’','idiom, not a reference')])

add('en-008','en','https://news.am/eng/news/760815.html','News.am','2023-05-19',
'''Despite the fact that in the statement by the leaders of Armenia, Azerbaijan, and Russia on November 9, 2020, the Lachin corridor should have been under the control of Russian peacekeepers, unfortunately, it is now not possible to record that Russia controls the Lachin corridor.''',
[R('the statement by the leaders of Armenia, Azerbaijan, and Russia on November 9, 2020','document',[],TD,T,['whole-document'])],[])

add('en-009','en','https://www.artsakhpress.am/eng/news/175115/','Artsakhpress / Armenpress','2022-12-30',
'''The Russian Federation expresses concern about the lack of progress in restoring the full operation of the Lachin Corridor for the movement of citizens, vehicles and cargo in both directions, according to the declaration of the leaders of Russia, Azerbaijan and Armenia of November 9, 2020, the official representative of the Russian Foreign Ministry Maria Zakharova issued a statement about this, which was published on the official website of the Russian Foreign Ministry.''',
[R('the declaration of the leaders of Russia, Azerbaijan and Armenia of November 9, 2020','document',[],TD,T,['whole-document'])],
[N('the official website of the Russian Foreign Ministry','a website, not a document unit')])

add('en-010','en','https://www.artsakhpress.am/eng/news/175115/','Artsakhpress / Armenpress','2022-12-30',
'''Russia calls on Baku and Yerevan to strictly observe all provisions of the declaration of the leaders of Russia, Azerbaijan and Armenia of November 9, 2020.

"We note that the Lachin Corridor should be used only for the purposes specified in this document. We hope that the parties will come to an agreement on the exploitation of mines in the region.''',
[R('the declaration of the leaders of Russia, Azerbaijan and Armenia of November 9, 2020','document',[],TD,T,['whole-document']),
 R('this document','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],[])

add('en-011','en','https://www.artsakhpress.am/eng/news/175115/','Artsakhpress / Armenpress','2022-12-30',
'''We emphasize that it is the Russian peacekeepers who make the key contribution to ensuring security in their deployment zone, which was recorded by the leaders of Russia, Azerbaijan and Armenia at the summit held in Sochi on October 31, 2022.''',
[],[N('the summit held in Sochi on October 31, 2022','an event; the Sochi statement is alluded to but not cited as a document (judgement call)')])

add('en-012','en','https://news.am/eng/news/802798.html','News.am','2023-10-12',
'''According to him, in the trilateral statement which was signed on November 9, 2020 and which stopped the war in 2020, it is said that all economic and transport links, etc. will be unblocked, that Armenia guarantees the safety of transport communication between the western regions of Azerbaijan and Nakhichevan—in both directions. And the monitoring of this transport communication is carried out by the agencies of the Border Guard Service of the Federal Security Service (FSB) of Russia.

"Here is the entire quote from the document that was signed in tripartite format on November 9, 2020.''',
[R('the trilateral statement which was signed on November 9, 2020','document',[],TD,T,['whole-document']),
 R('the document that was signed in tripartite format on November 9, 2020','document',[],TD,T,['whole-document'])],
[N('the entire quote','a quotation, not a unit')])

add('en-013','en','https://www.1lurer.am/en/2025/08/18/Ինչպես-և-ինչ-կարգավորումներով-պետք-է-բացվեն-հաղորդակցության-ուղիները-Հայաստանի-և-Ադրբեջանի-միջև-վար/1364813','Public Radio of Armenia (1lurer.am)','2025-08-18',
'''The text of the Washington Declaration fully answers this question: territorial integrity, sovereignty, jurisdiction, and the inviolability of borders —these are the principles within which the opening of roads between Armenia and Azerbaijan must take place.

This means that in the sections of restoring or constructing communication routes, the state border between Armenia and Azerbaijan must first be clarified, demarcated, and delimited. And a border has its mandatory attributes — border guards, customs checkpoints, and so on.

However, as early as during the presentation of the ‘Crossroads of Peace’ project and until now, we have expressed readiness to simplify border crossing procedures, and this issue is to become the subject of detailed discussion in the near future.

Does this open the door to new concerns for us? Definitely not, because Article 3 of the Washington Declaration also records the principle of reciprocity, which guarantees that we will find balanced and mutually acceptable solutions with Azerbaijan.

The memorandum also records the U.S. interest in the Armenian government's Crossroads of Peace initiative and its desire to invest in it within the framework of Armenia’s territorial integrity, sovereignty, and border inviolability.''',
[R('The text of the Washington Declaration','document',[],WD,W,['whole-document']),
 R('Article 3 of the Washington Declaration','article',['3'],WD+' (its numbered points)',W,['plain']),
 R('The memorandum','document',[],'anaphoric: US–Armenia memorandum signed in Washington, August 2025','unknown',['anaphoric','whole-document'])],
[N('in the sections of restoring or constructing communication routes','"sections" = road segments, not document sections'),N('‘Crossroads of Peace’ project','a project name, not a document')])

add('en-014','en','https://armenpress.am/eng/news/1091901/','Armenpress','2022-09-07',
'''Speaking at the 7th Eastern Economic Forum, PM Pashinyan noted that on November 9, 2020, thanks to the personal efforts of Russian President Vladimir Putin, a trilateral statement was signed between Armenia, Azerbaijan and Russia on cessation of hostilities in Nagorno Karabakh conflict zone, and the agreement also stipulates unblocking of all transport and economic connections.

“After that, on January 11 of 2021 in Moscow, we signed a statement with the President of Russia Vladimir Putin and the Azerbaijani President on creating a trilateral working group led by the deputy prime ministers of Armenia, Russia and Azerbaijan which deals with the opening of connections in the region.''',
[R('a trilateral statement was signed between Armenia, Azerbaijan and Russia on cessation of hostilities in Nagorno Karabakh conflict zone','document',[],TD,T,['whole-document']),
 R('the agreement','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('a statement with the President of Russia Vladimir Putin and the Azerbaijani President on creating a trilateral working group','document',[],'Trilateral Statement of 11 January 2021','trilateral-2021-01-11',['whole-document'])],
[N('the 7th Eastern Economic Forum','ordinal event name, not a document unit')])

add('ru-004','ru','https://1news.az/news/20210211075653677-MID-Rossii-Cvyaz-mezhdu-Nagornym-Karabakhom-i-Armeniei-osushcestvlyaetsya-po-Lachinskomu-koridoru','1news.az / APA','2021-02-11',
'''«Об этом говорится в 6-м пункте трехстороннего заявления лидеров России, Азербайджана и Армении от 9 ноября. Вы это хорошо знаете и без меня», − подчеркнула Захарова.
Главы Азербайджана, России, Армении – Ильхам Алиев, Владимир Путин и Никол Пашинян подписали совместное заявление о прекращении огня в Карабахе. Согласно заявлению, полное прекращение огня в Нагорном Карабахе вступило в силу с 10 ноября.''',
[R('6-м пункте трехстороннего заявления лидеров России, Азербайджана и Армении от 9 ноября','point',['6'],TD,T,['plain','ordinal']),
 R('совместное заявление о прекращении огня в Карабахе','document',[],TD,T,['whole-document']),
 R('Согласно заявлению','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('с 10 ноября','date, not a reference')])

add('ru-005','ru','https://m.mamul.am/ru/news/268335/p1','Мамул.ам','2023-06-10',
'''Контроль, согласно трехстороннему заявлению от 9/10 ноября 2020 года, с целью организации беспрепятственного движения граждан, транспортных средств и грузов, будут осуществлять органы пограничной службы ФСБ России. Об этом заявил заместитель премьер-министра Азербайджана Шахин Мустафаев, отвечая на вопрос о том, будет ли осуществляться со стороны России контроль за транспортным сообщением между западными районами Азербайджана и Нахчываном, сообщает Информационный новостной портал «Москва-Баку».

«Переговоры ведутся на основе 9 пункта совместного Заявления от 9/10 ноября 2020 года с целью скорейшей реализации его положений.''',
[R('трехстороннему заявлению от 9/10 ноября 2020 года','document',[],TD,T,['whole-document']),
 R('9 пункта совместного Заявления от 9/10 ноября 2020 года','point',['9'],TD,T,['plain']),
 R('его положений','point',['9'],'anaphoric: provisions of point 9 of '+TD,T,['anaphoric'])],
[N('Информационный новостной портал «Москва-Баку»','a news outlet name, not a document')])

add('ru-006','ru','https://minval.az/news/124479740','Minval.az / APA','2025-08-12',
'''Понятие «беспрепятственные связи» в Совместной декларации по итогам встречи лидеров Азербайджана и Армении в Вашингтоне должно рассматриваться в частности в контексте связи между основной частью Азербайджана и Нахчыванской Автономной Республикой.

Ещё одним особо важным пунктом в Совместной декларации является пункт о восстановлении транспортных коммуникаций между двумя странами, сообщает АПА со ссылкой на дипломатические источники.''',
[R('Совместной декларации по итогам встречи лидеров Азербайджана и Армении в Вашингтоне','document',[],WD,W,['whole-document']),
 R('пунктом в Совместной декларации','point',[],'anaphoric: '+WD+' (unnumbered point)',W,['anaphoric']),
 R('пункт о восстановлении транспортных коммуникаций между двумя странами','point',[],'anaphoric: '+WD+' (point identified by content)',W,['anaphoric'])],
[N('в контексте связи','generic "context", not a reference')])

add('uk-001','uk','https://frontnews.grena.ge/news/ua/74740/','Frontnews','2020-11-21',
'''Як повідомлялося раніше, прем'єр-міністр Вірменії Нікол Пашинян, президент Азербайджану Ільхам Алієв і президент Росії Володимир Путін підписали заяву про припинення війни в Нагірному Карабасі. Таким чином документом оголошується «про повне припинення вогню і всіх військових дій в зоні нагірно-карабахського конфлікту з 00 годин 00 хвилин за московським часом 10 листопада 2020 року».''',
[R('заяву про припинення війни в Нагірному Карабасі','document',[],TD,T,['whole-document']),
 R('документом','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('з 00 годин 00 хвилин за московським часом 10 листопада 2020 року','time, not a reference')])

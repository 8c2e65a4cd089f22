import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
add('en-001','en','https://sofia.mfa.gov.az/en/news/no30421-azerbaycan-respublikasi-xarici-isler-nazirliyinin-metbuat-xidmeti-idaresinin-ermenistan-xarici-isler-nazirliyinin-11-avqust-2021-ci-il-tarixli-beyanatina-dair-serhi','Ministry of Foreign Affairs of Azerbaijan','2021-08-12',
'''The statement of the Armenian Foreign Ministry of August 11, 2021, accusing Azerbaijan of allegedly violating the trilateral Statement of November 10, 2020, is another futile attempt by the Republic of Armenia to evade its obligations to fully implement the provisions of said document.

We draw the attention of the Ministry of Foreign Affairs of Armenia that paragraph 1 of the trilateral Statement announces “a complete ceasefire and a cessation of all hostilities in the zone of conflict shall be introduced at 00:00 hours Moscow time on November 10, 2020”, and it is also noted that the Republic of Azerbaijan and the Republic of Armenia “shall stop at their current positions”. It should be emphasized that the word “stop” does not mean “remain” in this or any other context. This applies both to the Russian language, in which the document was drawn up, and other languages.''',
[R('The statement of the Armenian Foreign Ministry of August 11, 2021','document',[],'Statement of the Armenian MFA of 11 August 2021','unknown',['whole-document']),
 R('the trilateral Statement of November 10, 2020','document',[],TD,T,['whole-document']),
 R('said document','document',[],'previous sentence: '+TD,T,['anaphoric','whole-document']),
 R('paragraph 1 of the trilateral Statement','paragraph',['1'],TD,T,['plain']),
 R('the document','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('00:00 hours Moscow time on November 10, 2020','time/date quoted from the statement, not a reference'),N('in this or any other context','generic phrase')])

add('en-002','en','https://sofia.mfa.gov.az/en/news/no30421-azerbaycan-respublikasi-xarici-isler-nazirliyinin-metbuat-xidmeti-idaresinin-ermenistan-xarici-isler-nazirliyinin-11-avqust-2021-ci-il-tarixli-beyanatina-dair-serhi','Ministry of Foreign Affairs of Azerbaijan','2021-08-12',
'''In addition, paragraph 3 of the trilateral statement defines that peacekeeping contingent of the Russian Federation shall be deployed “along the contact line in Nagorno-Karabakh and along the Lachin corridor”.
Paragraph 4 of the trilateral statement specially indicates that “the peacekeeping contingent of the Russian Federation shall be deployed in parallel with the Armenian armed forces' withdrawal”.

Paragraph 6 of the trilateral statement states that “The Republic of Azerbaijan shall guarantee the safety of citizens, vehicles and goods traveling along the Lachin corridor in both directions”.''',
[R('paragraph 3 of the trilateral statement','paragraph',['3'],TD,T,['plain']),
 R('Paragraph 4 of the trilateral statement','paragraph',['4'],TD,T,['plain']),
 R('Paragraph 6 of the trilateral statement','paragraph',['6'],TD,T,['plain'])],
[N('along the contact line','geographic line, not a document unit')])

add('en-003','en','https://www.ccbsnews.info/en/news/detail/4067','CCBS News','2021-08-12',
'''"We draw the attention of the Armenian Foreign Ministry that in paragraph 1 of the trilateral Statement," a complete ceasefire and all hostilities in the conflict zone are announced from 00:00 Moscow time on November 10, 2020 ", and it is also noted that the Republic of Azerbaijan and the Republic Armenia "stops at the positions they occupy." It should be emphasized that the word “stop” does not mean “remain” in this or any other context. This applies both to the Russian language, in which the Application was drawn up, and to other languages.
In addition, paragraph 3 of the trilateral Statement defines the deployment of Russian peacekeeping forces "along the line of contact in Nagorno-Karabakh and along the Lachin corridor." Paragraph 4 of the trilateral statement specifically indicates "The peacekeeping contingent of the Russian Federation is deployed in parallel with the withdrawal of the Armenian armed forces."
Paragraph six of the tripartite Statement states that "the Republic of Azerbaijan guarantees the safety of traffic along the Lachin corridor of citizens, vehicles and goods in both directions."''',
[R('paragraph 1 of the trilateral Statement','paragraph',['1'],TD,T,['plain']),
 R('the Application','document',[],'anaphoric (machine-translated "Заявление"): '+TD,T,['anaphoric','whole-document']),
 R('paragraph 3 of the trilateral Statement','paragraph',['3'],TD,T,['plain']),
 R('Paragraph 4 of the trilateral statement','paragraph',['4'],TD,T,['plain']),
 R('Paragraph six of the tripartite Statement','paragraph',['6'],TD,T,['number-word'])],
[N('00:00 Moscow time on November 10, 2020','time/date, not a reference'),N('the positions they occupy','not a unit')])

add('en-004','en','http://www.today.az/news/politics/208846.html','Today.az / Azernews','2021-08-12',
'''Baku has said that Yerevan's latest statement alleging that Azerbaijan violates the trilateral ceasefire deal signed on November 10, 2020, is Armenia's another attempt to evade its obligations under the document.

"The statement of the Armenian Foreign Ministry of August 11, 2021, accusing Azerbaijan of allegedly violating the trilateral Statement of November 10, 2020, is another futile attempt by the Republic of Armenia to evade its obligations to fully implement the provisions of said document," the ministry stated on August 12.''',
[R('the trilateral ceasefire deal signed on November 10, 2020','document',[],TD,T,['whole-document']),
 R('the document','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('The statement of the Armenian Foreign Ministry of August 11, 2021','document',[],'Statement of the Armenian MFA of 11 August 2021','unknown',['whole-document']),
 R('the trilateral Statement of November 10, 2020','document',[],TD,T,['whole-document']),
 R('said document','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('on August 12','date of a statement, not a reference'),N("Yerevan's latest statement",'vague mention of a statement, not identified by date or title (judgement call)')])

add('en-005','en','https://vestnikkavkaza.net/news/Stop-does-not-mean-remain-Azerbaijani-MFA-explains-trilateral-statement-to-Armenia.html','Vestnik Kavkaza','2021-08-12',
'''Paragraph 6 of the tripartite statement states that "the Republic of Azerbaijan guarantees the safety of traffic along the Lachin corridor of citizens, vehicles and goods in both directions."

Thus, the agreed language of the Statement of November 10, 2020 signed by the three parties clearly speaks of the withdrawal of the Armenian Armed Forces from the territory of Azerbaijan and in no way provides for the transfer and deployment of military personnel.''',
[R('Paragraph 6 of the tripartite statement','paragraph',['6'],TD,T,['plain']),
 R('the Statement of November 10, 2020','document',[],TD,T,['whole-document'])],
[])

add('en-006','en','https://tass.com/world/1506677','TASS','2022-09-13',
'''"You remember that the secretary of the Armenian Security Council and deputies visited Artsakh (the unrecognized Nagorno-Karabakh Republic - TASS). Azerbaijan is trying to prevent such visits, but the trilateral statement of November 9 does not stipulate who is allowed to visit Artsakh and who is not. Azerbaijan is trying to level the trilateral statement of November 9, 2020 and to send it into the archives," he said in his emergency address to the parliament.''',
[R('the trilateral statement of November 9','document',[],TD,T,['whole-document']),
 R('the trilateral statement of November 9, 2020','document',[],TD,T,['whole-document'])],
[N('his emergency address to the parliament','a speech, not a cited document unit')])

add('ru-001','ru','https://www.massa.az/news/ru/14775/','Massa.az (re-publication of the Trilateral Statement of 11 January 2021)','2021-01-11',
'''1. В целях реализации пункта 9 Заявления от 9 ноября 2020 года в части разблокировки всех экономических и транспортных связей в регионе, поддерживается предложение Президента Российской Федерации В.В.Путина о создании трёхсторонней Рабочей группы под совместным председательством вице-премьеров Азербайджанской Республики, Республики Армения и Заместителя Председателя Правительства Российской Федерации.
2. Рабочая группа до 30 января 2021 года проведет первое заседание, по результатам которого сформирует перечень основных направлений работы, вытекающих из реализации пункта 9 Заявления, установив в качестве приоритетов железнодорожное и автомобильное сообщение, а также определит иные направления по согласованию между Азербайджанской Республикой, Республикой Армения и Российской Федерацией, далее именуемые Сторонами.''',
[R('пункта 9 Заявления от 9 ноября 2020 года','point',['9'],TD,T,['plain']),
 R('пункта 9 Заявления','point',['9'],'anaphoric: '+TD,T,['anaphoric'])],
[N('до 30 января 2021 года','deadline date, not a reference'),N('в части разблокировки','"в части" = "as regards", not a part of a document')])

add('ru-002','ru','https://vestikavkaza.ru/news/rossia-opublikovala-oficialnyj-tekst-karabahskogo-soglasenia.html','Вестник Кавказа','2020-11-10',
'''В первом пункте "объявляется о полном прекращении огня и всех военных действий в зоне нагорно-карабахского конфликта с 00 часов 00 минут по московскому времени 10 ноября 2020 года". "Азербайджанская Республика и Республика Армения, далее именуемые Сторонами, останавливаются на занимаемых ими позициях", - уточняется в документе.
Согласно второму пункту, "Агдамский район возвращается Азербайджанской Республике до 20 ноября 2020 года".''',
[R('В первом пункте','point',['1'],'context: '+TD,T,['anaphoric','ordinal']),
 R('в документе','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('второму пункту','point',['2'],'context: '+TD,T,['anaphoric','ordinal'])],
[N('с 00 часов 00 минут по московскому времени 10 ноября 2020 года','time, not a reference'),N('до 20 ноября 2020 года','deadline, not a reference')])

add('ru-003','ru','https://www.kommersant.ru/doc/7991718','Коммерсантъ','2025-08-28',
'''«9 ноября осталось 9 ноября»,— сказал Никол Пашинян. Он имел в виду трехстороннее заявление о прекращении огня, подписанное лидерами Армении, Азербайджана и России 9 ноября 2020 года по итогу второй карабахской войны. Договоренность предполагала, в частности, разблокирование транспортных и экономических связей на Южном Кавказе с учетом контроля России за сообщением.

Уже в мае 2024 года Никол Пашинян заявил, что ни один из пунктов трехстороннего заявления больше не действует.''',
[R('трехстороннее заявление о прекращении огня, подписанное лидерами Армении, Азербайджана и России 9 ноября 2020 года','document',[],TD,T,['whole-document']),
 R('ни один из пунктов трехстороннего заявления','point',[],TD+' (none of the points)',T,['anaphoric'])],
[N('«9 ноября осталось 9 ноября»','a date used as metonymy, not a citation'),N('в мае 2024 года','date')])

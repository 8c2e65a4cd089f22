import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
add('en-071','en','https://azatutyun.am/amp/32455665.html','Azatutyun (RFE/RL Armenian Service)','2023-06-09',
'''The office of Armenian Deputy Prime Minister Mher Grigorian countered, however, that he and Mustafayev reached no such agreement during their negotiations, including a June 2 meeting in Moscow. Citing Article 9 of the ceasefire agreement, it said that the planned road and rail links will be under full Armenian control.
The clause in question stipulates that the Russian border guards stationed in Armenia will “control” the transit of people, vehicles and goods between Nakhichevan and the rest of Azerbaijan.''',
[R('Article 9 of the ceasefire agreement','point',['9'],TD+' ("Article" used for numbered point)',T,['plain']),
 R('The clause in question','point',['9'],'anaphoric: point 9 of '+TD,T,['anaphoric'])],
[N('a June 2 meeting in Moscow','a meeting, not a document'),N('no such agreement','negated, no document')])

add('en-072','en','https://www.artsakhpress.am/eng/news/178694/','Artsakhpress / Armenpress','2023-03-16',
'''Armenia is concerned that thus far the international mechanism envisaged under clause 7 of the 9 November 2020 trilateral statement hasn’t been initiated, PM Nikol Pashinyan said at the Cabinet meeting.

STEPANAKERT, MARCH 16 , ARTSAKHPRESS-ARMENPRESS: Clause 7 of the agreement provides for the return of internally displaced persons and refugees to Nagorno Karabakh and adjacent regions under the supervision of the UN High Commissioner for Refugees.''',
[R('clause 7 of the 9 November 2020 trilateral statement','point',['7'],TD,T,['plain']),
 R('Clause 7 of the agreement','point',['7'],'anaphoric: '+TD,T,['anaphoric'])],
[N('STEPANAKERT, MARCH 16','dateline')])

add('en-073','en','https://www.artsakhpress.am/eng/news/178694/','Artsakhpress / Armenpress','2023-03-16',
'''“The problem is that clause 7 of the November 9 statement concerns only refugees of Nagorno Karabakh and the adjacent regions, but of course this is not an obstruction for the Armenians who’ve been subjected to ethnic cleansing in Baku, Shirvan, Sumgait, Kirovabad, Khanlar, Shamkhor, Nakhijevan and other Azerbaijani regions to self-organize and protect their rights to property, return and other rights in international courts,” Pashinyan said.''',
[R('clause 7 of the November 9 statement','point',['7'],TD,T,['plain'])],
[N('international courts','courts in general, not a document')])

add('en-074','en','https://en.apa.az/foreign-policy/russian-mfa-comments-on-return-process-of-former-azerbaijani-idps-364994','APA','2021-12-30',
'''Russian MFA Official has reminded trilateral statement dated November 9, 2020.

Zakharova has noted as a response addressed to her that it has been reflected in the statement dated November 9, 2020, signed by leaders of three countries.

"A direct citation from Article 7 of the statement: "Internally displaced persons and refugees shall return to the territory of Nagorno-Karabakh and adjacent areas under the supervision of the United Nations High Commissioner for Refugees. There is nothing to add to it," MFA official stressed.''',
[R('trilateral statement dated November 9, 2020','document',[],TD,T,['whole-document']),
 R('the statement dated November 9, 2020, signed by leaders of three countries','document',[],TD,T,['whole-document']),
 R('Article 7 of the statement','point',['7'],'anaphoric: '+TD+' ("Article" used for point)',T,['anaphoric'])],
[N('A direct citation','the word "citation" itself')])

add('en-075','en','https://news.am/eng/news/618205.html','News.am',None,
'''Zakharova recalled that, in accordance with one of the points in the November 9 statement signed by the leaders of Russia, Armenia and Azerbaijan, all economic transport channels in the region shall be de-blocked and Armenia shall guarantee the security of transport communication between the western regions of Azerbaijan and the Autonomous Republic of Nakhchivan for the purpose of organizing unobstructed traffic of vehicles of civilians and cargo transfers in both directions.''',
[R('one of the points in the November 9 statement signed by the leaders of Russia, Armenia and Azerbaijan','point',['9'],TD+' (point identified by its content = point 9)',T,['plain'])],[])

add('en-076','en','https://news.az/news/azerbaijani-fm-confirms-crucial-article-for-seamless-communication-with-nakhchivan','News.az','2025-04-12',
'''“You know that there is a specific article in the trilateral statement on opening transportation communication between the Republic of Azerbaijan and the Nakhchivan Autonomous Republic, adopted in November 2020. There is also a general statement on opening communication between the two states.''',
[R('a specific article in the trilateral statement on opening transportation communication between the Republic of Azerbaijan and the Nakhchivan Autonomous Republic, adopted in November 2020','point',['9'],TD+' (point 9 identified by content; "article")',T,['plain']),
 R('a general statement on opening communication between the two states','point',['9'],'anaphoric: first sentence of point 9 of '+TD,T,['anaphoric'])],
[N('You know','not a reference')])

add('en-077','en','http://ccbsnews.info/en/news/detail/2107','CCBS News (Armenpress)','2021-01-08',
'''Armenian Prime Minister Nikol Pashinyan has repeatedly drawn the attention to the fact that there is no talk about a corridor connecting Azerbaijan with Nakhijevan in the November 10 statement, PM's spokesperson Mane Gevorgyan told Armenpress asked to comment on the statement of Azerbaijani President Ilham Aliyev over the Nakhijevan corridor.
She stressed that point 9 of the statement is about unblocking the transportation and economic infrastructure of the region and in this context about establishing a transport connection between the eastern part of Azerbaijan and the Nakhichevan Autonomous Republic.''',
[R('the November 10 statement','document',[],TD,T,['whole-document']),
 R('point 9 of the statement','point',['9'],'anaphoric: '+TD,T,['anaphoric'])],
[N('the statement of Azerbaijani President Ilham Aliyev','an oral statement (speech), not a cited document – judgement call')])

from lib import *
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
add('ho-en-009','en','https://www.nato.int/cps/ru/natohq/news_107711.htm?selectedLocale=en','NATO Press Release (2014) 035','2014-03-03',
"""Secretary General announces North Atlantic Council to meet following Poland's request for Article 4 consultations

  • 03 Mar. 2014 -
  • |
  • Press Release (2014) 035
  • Issued on 03 Mar. 2014
  • |
  • Last updated: 03 Mar. 2014 20:18

The North Atlantic Council, which includes the ambassadors of all 28 NATO Allies, will meet on Tuesday 4 March, following a request by Poland under article 4 of NATO's founding Washington Treaty.

General View of the Meeting

Under article 4 of the Treaty, any Ally can request consultations whenever, in the opinion of any of them, their territorial integrity, political independence or security is threatened.""",
[R('Article 4','article',['4'],'North Atlantic Treaty (headline, implicit)','nato-treaty',['plain','headline']),
 R('article 4 of NATO\'s founding Washington Treaty','article',['4'],'North Atlantic Treaty','nato-treaty',['plain']),
 R('article 4 of the Treaty','article',['4'],'anaphoric: North Atlantic Treaty','nato-treaty',['anaphoric'])],
[N('Press Release (2014) 035','the release\'s own number (self-identification, not a citation)'),N('03 Mar. 2014 20:18','timestamp'),N('all 28 NATO Allies','count')])

add('ho-en-010','en','https://www.nato.int/cps/ru/natohq/official_texts_121926.htm?selectedLocale=en','NATO Press Release (2015) 110','2015-07-28',
"""Statement by the North Atlantic Council following meeting under Article 4 of the Washington Treaty

  • 28 Jul. 2015 -
  • |
  • Press Release (2015) 110
  • Issued on 28 Jul. 2015
  • |
  • Last updated: 28 Jul. 2015 12:31

The North Atlantic Council met today at Turkey’s request to hold consultations under Article 4 of the Washington Treaty, which states that “the parties will consult whenever, in the opinion of any of them, the territorial integrity, political independence, or security of any of the parties is threatened.”

North Atlantic Council Meeting following the request of Turkey for Article 4 consultations""",
[R('Statement by the North Atlantic Council following meeting under Article 4 of the Washington Treaty','document',[],'self: title of the NAC statement','self',['self','headline']),
 R('Article 4 of the Washington Treaty','article',['4'],'North Atlantic Treaty (inside the title)','nato-treaty',['plain','headline']),
 R('Article 4 of the Washington Treaty','article',['4'],'North Atlantic Treaty','nato-treaty',['plain']),
 R('Article 4','article',['4'],'North Atlantic Treaty (photo caption)','nato-treaty',['plain'])],
[N('Press Release (2015) 110','own release number'),N('28 Jul. 2015 12:31','timestamp')])

add('ho-en-011','en','https://www.nato.int/cps/en/natohq/topics_49187.htm','NATO (topic page)','2023-07-18',
"""Consultation reinforces NATO’s political dimension by giving members the opportunity to voice opinions and official positions. It also gives NATO an active role in preventive diplomacy by providing the means to help avoid military conflict.
  • Under Article 4 of NATO’s founding treaty, members can bring any issue of concern, especially related to the security of a member country, to the table for discussion within the North Atlantic Council.
  • Since the Alliance’s creation in 1949, Article 4 has been invoked seven times.""",
[R('Article 4 of NATO’s founding treaty','article',['4'],'North Atlantic Treaty','nato-treaty',['plain']),
 R('Article 4','article',['4'],'North Atlantic Treaty','nato-treaty',['plain'])],
[N('seven times','count of invocations'),N('in 1949','year')])

add('ho-en-012','en','https://blueibaofficialblog.wordpress.com/2014/03/03/secretary-general-announces-north-atlantic-council-to-meet-following-polands-request/','blueiba official blog (re-post of NATO material)','2014-03-03',
"""Article 4 provides for consultations of the NATO members “whenever, in opinion of any of them, the territorial integrity, political independence or security of any of the Parties is threatened.” Such consultations are rare—this would be only the fourth time they have happened.

The North Atlantic Treaty, more popularly known as the Washington Treaty, signed by the 12 founding members of the Alliance, as well as the Accession Protocols for the 16 countries which have joined the Organization since 1949.Meetings of the Minister of Defence at NATO Headquarters in Brussels - North Atlantic Council Meeting

Under article 4 of NATO’s founding Washington Treaty: The Parties will consult together whenever, in the opinion of any of them, the territorial integrity, political independence or security of any of the Parties is threatened.""",
[R('Article 4','article',['4'],'North Atlantic Treaty','nato-treaty',['plain']),
 R('The North Atlantic Treaty, more popularly known as the Washington Treaty','document',[],'North Atlantic Treaty','nato-treaty',['whole-document']),
 R('the Accession Protocols for the 16 countries','document',[],'NATO accession protocols (set)','unknown',['whole-document']),
 R('article 4 of NATO’s founding Washington Treaty','article',['4'],'North Atlantic Treaty','nato-treaty',['plain'])],
[N('the fourth time','ordinal of an event, not a unit'),N('12 founding members','count')])

add('ho-ru-019','ru','https://rus.azatutyun.am/amp/31772580.html','Радио Азатутюн','2022-03-26',
"""Как сообщает пресс-служба оборонного ведомства Азербайджана, Азербайджан привержен соблюдению Трехстороннего заявления от 10 ноября 2020 года и не нарушал никаких его положений.
«С сожалением отмечаем, что в соответствии с пунктом 4 данного заявления до сих пор не выполнен полный вывод остатков армянской армии и незаконных армянских вооруженных формирований с территории Азербайджана. Поэтому нарушителем положений Заявления является именно Армения, а не Азербайджан», - отметили в ведомстве.
В Баку также заявили, что заявление Минобороны РФ «противоречит характеру двусторонних отношений и Декларации о союзническом взаимодействии, подписанной между двумя странами 22 февраля 2022 года, подчеркнули в Минобороны Азербайджана».
«В связи с вышеизложенным Министерство обороны Азербайджанской Республики просит Министерство обороны Российской Федерации в соответствии с положениями Трехстороннего заявления обеспечить полный вывод""",
[R('Трехстороннего заявления от 10 ноября 2020 года','document',[],TD,T,['whole-document']),
 R('никаких его положений','clause',[],'anaphoric: provisions of '+TD,T,['anaphoric']),
 R('пунктом 4 данного заявления','point',['4'],'anaphoric: '+TD,T,['anaphoric']),
 R('положений Заявления','clause',[],'anaphoric: provisions of '+TD,T,['anaphoric']),
 R('заявление Минобороны РФ','document',[],'Statement of the Russian MoD (March 2022)','unknown',['whole-document']),
 R('Декларации о союзническом взаимодействии, подписанной между двумя странами 22 февраля 2022 года','document',[],'Declaration on Allied Interaction between Azerbaijan and Russia, 22 Feb 2022','az-ru-alliance-2022',['whole-document']),
 R('положениями Трехстороннего заявления','clause',[],TD+' (its provisions)',T,['plain'])],
[N('В связи с вышеизложенным','"in view of the above": refers to the text, not a document'),N('пресс-служба','office, not document')])

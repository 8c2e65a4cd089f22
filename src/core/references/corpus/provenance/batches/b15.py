import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
UC='un-charter'; UCD='Charter of the United Nations'
RP='unsc-rules'; RPD='Provisional Rules of Procedure of the Security Council'
def S(t,units,cats=('self',),kind='paragraph',parent=None,doc='self: this resolution'): return R(t,kind,units,doc,'self',list(cats),parent=parent)
add('en-059','en','https://en.armradio.am/2023/04/23/armenian-mfa-calls-on-russia-to-fulfil-the-obligation-under-trilateral-statement-by-eliminating-the-blockade-of-lachin-corridor/','Public Radio of Armenia (MFA statement)','2023-04-23',
'''In gross violation of point 6 of the 2020 tripatriate statement, the Azerbaijani authorities have officially blocked the Lachin corridor, taking steps to install a checkpoint in the corridor in the area of responsibility of the Russian peacekeeping troops, the Armenian Foreign Ministry said in a statement.

“This step carried out by the armed forces of Azerbaijan today cannot even be considered as another provocation of Azerbaijan: it is really a flagrant violation of one of the fundamental provisions of November 9, 2020 Trilateral statement, aimed at the consistent implementation of Azerbaijan’s policy of ethnic cleansing in Nagorno-Karabakh and the complete annihilation of Armenians from Nagorno-Karabakh.''',
[R('point 6 of the 2020 tripatriate statement','point',['6'],TD,T,['plain']),
 R('one of the fundamental provisions of November 9, 2020 Trilateral statement','point',['6'],TD+' (provision identified by context = point 6)',T,['anaphoric'])],
[N('a statement','the MFA statement being reported (the source itself)')])

add('en-060','en','https://en.armradio.am/2023/04/23/armenian-mfa-calls-on-russia-to-fulfil-the-obligation-under-trilateral-statement-by-eliminating-the-blockade-of-lachin-corridor/','Public Radio of Armenia (MFA statement)','2023-04-23',
'''“This action is being carried out against the unequivocal statements of the international community and especially the legally binding decision of February 22,  2023 of the International Court of Justice. Moreover, the authorities of Azerbaijan do not even make an effort not only to fulfil the well-known agreements, but also to cover up its continuous violations of the fundamental norms of international law as well as in every possible way aggravate the regional situation, preparing the ground for the use of large-scale force,” it added.

“The Republic of Armenia, as a signatory to the November 9 Trilateral statement, considers this step of installation of a checkpoint in the Lachin corridor by Azerbaijan unacceptable.''',
[R('the legally binding decision of February 22,  2023 of the International Court of Justice','document',[],'ICJ Order of 22 February 2023 (Armenia v. Azerbaijan, provisional measures)','icj-order-2023-02-22',['whole-document']),
 R('the November 9 Trilateral statement','document',[],TD,T,['whole-document'])],
[N('the unequivocal statements of the international community','unspecified statements'),N('the well-known agreements','vague, unidentified agreements (judgement call: near miss)')])

add('en-061','en','https://asbarez.com/armenia-artsakh-urge-russia-to-end-blockade-after-illegal-lachin-corridor-checkpoint/','Asbarez','2023-04-23',
'''After Azerbaijan illegally set up a checkpoint on the blockaded Lachin Corridor, the authorities in Yerevan condemned Azerbaijan for the blatant violation of the November 9, 2020 agreement and called on Russia to “fulfill its obligations” and end the blockade of Artsakh.''',
[R('the November 9, 2020 agreement','document',[],TD,T,['whole-document'])],[])

add('en-062','en','https://asbarez.com/armenia-artsakh-urge-russia-to-end-blockade-after-illegal-lachin-corridor-checkpoint/','Asbarez','2023-04-23',
'''“We appeal to the parties of the Trilateral Ceasefire Agreement, and especially the Russian Federation, to immediately start discussions on lifting the blockade of Artsakh, preventing the establishment of an Azerbaijani checkpoint and providing real guarantees for the security of the people of Artsakh,” the Artsakh president added.

Below is the text of a statement issued on Sunday by Armenia’s Foreign Ministry.

On April 23, 2023 the authorities of Azerbaijan, grossly violating the provision 6 of November 9, 2020 Trilateral statement, have already officially blocked the Lachin corridor,''',
[R('the Trilateral Ceasefire Agreement','document',[],TD,T,['whole-document']),
 R('the provision 6 of November 9, 2020 Trilateral statement','point',['6'],TD,T,['plain'])],
[N('Below is the text of a statement issued on Sunday','cataphoric mention of the MFA statement reproduced below (the source itself)')])

add('en-063','en','https://news.am/eng/news/775517.html','News.am','2023-07-31',
'''It was emphasized that the blockade of the Lachin corridor violates not only the Trilateral Statement of November 9 2020, the norms of international humanitarian law, but also the Orders of the International Court of Justice of February 22 and July 6. Highly appreciating the targeted statements of international partners so far, Minister Mirzoyan stressed the importance of clear steps by the EU and its member states in the current situation. The Minister also referred to Armenia's request to the UN Security Council to convene an extraordinary session.''',
[R('the Trilateral Statement of November 9 2020','document',[],TD,T,['whole-document']),
 R('the Orders of the International Court of Justice of February 22 and July 6','document',[],'ICJ Orders of 22 February 2023 and 6 July 2023 (Armenia v. Azerbaijan)','icj-order-2023-02-22',['whole-document','list']),
 R("Armenia's request to the UN Security Council to convene an extraordinary session",'document',[],'Letter of Armenia requesting an emergency UNSC meeting (July 2023)','unknown',['whole-document'])],
[N('the norms of international humanitarian law','body of law, not a document')])

add('en-064','en','https://arminfo.info/full_news.php?id=75326&lang=3','ArmInfo','2023-03-24',
'''ArmInfo. First of all, the blockade of the Lachin corridor by Azerbaijan is a blatant violation of the Trilateral Statement of 9 November 2020 which envisages that  Azerbaijan "shall guarantee safe movement of citizens, vehicles and  cargo in both directions along the Lachin corridor," Armenia's FM  Ararat Mirzoyan said in an interview with the Egyptian AlQahera News  agency. 

"One would think that a legally binding decision of the International  Court of Justice, which was adopted on February 22, could have  resolved the situation as the Court ordered Azerbaijan to take all  necessary measures to ensure unimpeded movement along the Lachin  corridor. It is regrettable that so far the decision has not been  implemented.''',
[R('the Trilateral Statement of 9 November 2020','document',[],TD+' (quoting point 6)',T,['whole-document']),
 R('a legally binding decision of the International  Court of Justice, which was adopted on February 22','document',[],'ICJ Order of 22 February 2023','icj-order-2023-02-22',['whole-document']),
 R('the decision','document',[],'anaphoric: ICJ Order of 22 February 2023','icj-order-2023-02-22',['anaphoric','whole-document'])],
[N('an interview with the Egyptian AlQahera News  agency','an interview, not a document')])

add('ar-018','ar','https://armenpress.am/ar/article/1115925','أرمنبريس','2023-07-21',
'''وفي حديثه عن الحصار الأذربيجاني لممر لاتشين والذي يشكل انتهاكًا للبيان الثلاثي الصادر في 9 نوفمبر 2020 شدد كريكوريان على حاجة أذربيجان لتنفيذ التزاماتها.
تم إغلاق ممر لاتشين وهو الطريق الوحيد الذي يربط آرتساخ-ناغورنو كاراباغ بأرمينيا وبقية العالم ، من قبل أذربيجان منذ أواخر عام 2022. ويشكل الحصار الأذربيجاني انتهاكاً صارخاً لاتفاق وقف إطلاق النار في ناغورنو كاراباغ لعام 2020 والذي نص على أن ممر لاتشين الذي يبلغ عرضه 5 كيلومترات سيكون تحت سيطرة قوات حفظ السلام الروسية.''',
[R('للبيان الثلاثي الصادر في 9 نوفمبر 2020','document',[],TD,T,['whole-document']),
 R('لاتفاق وقف إطلاق النار في ناغورنو كاراباغ لعام 2020','document',[],TD+' (provision of point 6 paraphrased)',T,['whole-document'])],
[N('5 كيلومترات','a distance, not a reference')])

add('en-065','en','https://issuhub.com/view/index/23563?pageIndex=491','The Contemporary Middle East. A Documentary History (text of S/RES/687 (1991))','1991-04-03',
'''(b) Items specified and defined in paragraphs 8 and 12 not otherwise covered above;
(c) Technology under licensing or other transfer arrangements used in the pro-
duction, utilization or stockpiling of items specified in paragraphs (a) and (b);
(d) Personnel or materials for training or technical support services relating to the
design, development, manufacture, use, maintenance or support of items spec-
ified in paragraphs (a) and (b);''',
[S('paragraphs 8 and 12',['8','12'],('self','list')),
 S('paragraphs (a) and (b)',['a','b'],('self','list','anaphoric'),kind='subparagraph',parent=('paragraph',['24']),doc='self: subparagraphs (a) and (b) of paragraph 24 of resolution 687'),
 S('paragraphs (a) and (b)',['a','b'],('self','list','anaphoric'),kind='subparagraph',parent=('paragraph',['24']),doc='self: subparagraphs (a) and (b) of paragraph 24 of resolution 687')],
[N('(b) Items','the document\'s own subparagraph label'),N('(c) Technology','label'),N('(d) Personnel','label')])

add('en-066','en','https://issuhub.com/view/index/23563?pageIndex=491','The Contemporary Middle East. A Documentary History (text of S/RES/687 (1991))','1991-04-03',
'''  2. Requeststhe Secretary-General, in consultation with appropriate Governments,
    to develop within sixty days, for the approval of the Council, guidelines to facilitate full
    international implementation of paragraphs 24, 25, and 27, and to make them available
    to all States and to establish a procedure for updating these guidelines periodically;

  3. Calls uponall States to maintain such national controls and procedures and to
    take such other actions consistent with the guidelines to be established by the Coun-
    cil under paragraph 26 as may be necessary to ensure compliance with the terms of
    paragraph 24, and calls upon international organizations to take all appropriate steps
    to assist in ensuring such full compliance;

  4. Agreesto review its decisions in paragraphs 22 to 25, except for the items spec-
    ified and defined in paragraphs 8 and 12, on a regular basis and in any case one hun-
    dred and twenty days following adoption of the present resolution, taking into account
    Iraq’s compliance with the resolution and general progress towards the control of arma-
    ments in the region;''',
[S('paragraphs 24, 25, and 27',['24','25','27'],('self','list')),
 S('paragraph 26',['26']),
 S('paragraph 24',['24']),
 S('paragraphs 22 to 25',['22-25'],('self','range')),
 S('paragraphs 8 and 12',['8','12'],('self','list')),
 R('the present resolution','document',[],'self: resolution 687 (1991)','self',['self','whole-document']),
 R('the resolution','document',[],'self: resolution 687 (1991)','self',['self','anaphoric','whole-document'])],
[N('  2. Requests','list renumbering by the book (actually operative paragraph 26); a label, not a citation'),N('within sixty days','duration'),N('one hun-\n    dred and twenty days','duration in words')])

add('en-067','en','https://issuhub.com/view/index/23563?pageIndex=430','The Contemporary Middle East. A Documentary History (text of S/RES/1737 (2006))','2006-12-23',
'''(b) the payment is not directly or indirectly received by a person or entity
designated pursuant to paragraph 12 above; and after notification by the
relevant States to the Committee of the intention to make or receive such
payments or to authorize, where appropriate, the unfreezing of funds,
other financial assets or economic resources for this purpose, ten working
days prior to such authorization;
16.Decidesthat technical cooperation provided to Iran by the IAEA or under its
auspices shall only be for food, agricultural, medical, safety or other human-
itarian purposes, or where it is necessary for projects directly related to the
items specified in subparagraphs 3 (b) (i) and (ii) above, but that no such
technical cooperation shall be provided that relates to the proliferation sensi-
tive nuclear activities set out in paragraph 2 above;''',
[S('paragraph 12 above',['12']),
 R('subparagraphs 3 (b) (i) and (ii) above','subparagraph',['i','ii'],'self: resolution 1737, paragraph 3 (b)','self',['self','nested','list'],parent=('paragraph',['3(b)'])),
 S('paragraph 2 above',['2'])],
[N('16.Decides','the document\'s own paragraph number (label)'),N('ten working\ndays','duration')])

add('en-068','en','https://issuhub.com/view/index/23563?pageIndex=430','The Contemporary Middle East. A Documentary History (text of S/RES/1737 (2006))','2006-12-23',
'''18.Decidesto establish, in accordance with rule 28 of its provisional rules of pro-
cedure, a Committee of the Security Council consisting of all the members
of the Council, to undertake the following tasks:
(a) to seek from all States, in particular those in the region and those pro-
ducing the items, materials, equipment, goods and technology referred to
in paragraphs 3 and 4 above, information regarding the actions taken by
them to implement effectively the measures imposed by paragraphs 3, 4,
5, 6, 7, 8, 10 and 12 of this resolution and whatever further information
it may consider useful in this regard;''',
[R('rule 28 of its provisional rules of pro-\ncedure','rule',['28'],RPD,RP,['plain']),
 S('paragraphs 3 and 4 above',['3','4'],('self','list')),
 S('paragraphs 3, 4,\n5, 6, 7, 8, 10 and 12 of this resolution',['3','4','5','6','7','8','10','12'],('self','list'))],
[N('(a) to seek','the document\'s own subparagraph label')])

add('zh-021','zh','http://news.takungpao.cn/world/roll/2013-03/1481455_4.html','大公网 (联合国安理会第2094号决议全文)','2013-03-07',
'''  23. 重申第1718(2006)号决议第8(a)㈢段为奢侈品规定的措施,阐明“奢侈品”包括但不限于本决议附件四开列的物项;

  24. 呼吁各国加强对朝鲜外交人员的警惕,以防止他们协助朝鲜的核计划或弹道导弹计划或第1718(2006)、第1874(2009)、第2087(2013)号决议和本决议禁止的其他活动,或协助规避第1718(2006)、第1874(2009)、第2087(2013)号决议或本决议规定的措施;''',
[R('第1718(2006)号决议第8(a)㈢段','subparagraph',['iii'],'UNSC resolution 1718 (2006), paragraph 8 (a) (iii)','unsc-1718',['nested'],parent=('paragraph',['8(a)'])),
 R('本决议附件四','annex',['IV'],'self: Annex IV of resolution 2094 (2013)','self',['self','nested','number-word']),
 R('第1718(2006)','document',[],'UNSC resolution 1718 (2006)','unsc-1718',['whole-document','list']),
 R('第1874(2009)','document',[],'UNSC resolution 1874 (2009)','unsc-1874',['whole-document','list']),
 R('第2087(2013)号决议','document',[],'UNSC resolution 2087 (2013)','unsc-2087',['whole-document','list']),
 R('本决议','document',[],'self: resolution 2094 (2013)','self',['self','whole-document']),
 R('第1718(2006)','document',[],'UNSC resolution 1718 (2006)','unsc-1718',['whole-document','list']),
 R('第1874(2009)','document',[],'UNSC resolution 1874 (2009)','unsc-1874',['whole-document','list']),
 R('第2087(2013)号决议','document',[],'UNSC resolution 2087 (2013)','unsc-2087',['whole-document','list']),
 R('本决议','document',[],'self: resolution 2094 (2013)','self',['self','whole-document'])],
[N('  23.','the resolution\'s own paragraph label'),N('  24.','label')])

add('zh-022','zh','http://fsou.com/html/text/eag/1006688/100668825_1.html','(text of UNSC resolution 1857 (2008), Chinese)','2008-12-22',
'''3. 决定将第1807(2008)号决议第9和第11段规定的金融和旅行措施延至上文第1段所定期限,并重申该决议第10和第12段的规定;
4. 决定上文第3段所述措施将适用于下述经委员会指认的个人和适当实体:
(a) 其行动违反会员国依照上文第1段采取的措施的人员或实体;''',
[R('第1807(2008)号决议第9和第11段','paragraph',['9','11'],'UNSC resolution 1807 (2008)','unsc-1807',['list']),
 S('上文第1段',['1']),
 R('该决议第10和第12段','paragraph',['10','12'],'anaphoric: resolution 1807 (2008)','unsc-1807',['anaphoric','list']),
 S('上文第3段',['3']),
 S('上文第1段',['1'])],
[N('(a) 其行动','the document\'s own subparagraph label')])

add('zh-023','zh','http://fsou.com/html/text/eag/1006688/100668825_1.html','(text of UNSC resolution 1857 (2008), Chinese)','2008-12-22',
'''5. 决定在截止于上文第1段所述日期的一段延长期内,上文第3段所述措施将继续适用于第1807(2008)号决议第9和第11段、第1596(2005)号决议第13和第15段、第1649(2005)号决议第2段和第1698(2006)号决议第13段已经指认的个人和实体,除非委员会另有决定;
6. 又决定扩大第1533(2004)号决议第8段所规定,经第1596(2005)号决议第18段、第1649(2005)号决议第4段和第1698(2006)号决议第14段扩大,其后又经第1807(2008)号决议第15段重申的委员会任务,以包括下列工作:''',
[S('上文第1段',['1']),
 S('上文第3段',['3']),
 R('第1807(2008)号决议第9和第11段','paragraph',['9','11'],'UNSC resolution 1807 (2008)','unsc-1807',['list']),
 R('第1596(2005)号决议第13和第15段','paragraph',['13','15'],'UNSC resolution 1596 (2005)','unsc-1596',['list']),
 R('第1649(2005)号决议第2段','paragraph',['2'],'UNSC resolution 1649 (2005)','unsc-1649',['plain']),
 R('第1698(2006)号决议第13段','paragraph',['13'],'UNSC resolution 1698 (2006)','unsc-1698',['plain']),
 R('第1533(2004)号决议第8段','paragraph',['8'],'UNSC resolution 1533 (2004)','unsc-1533',['plain']),
 R('第1596(2005)号决议第18段','paragraph',['18'],'UNSC resolution 1596 (2005)','unsc-1596',['plain']),
 R('第1649(2005)号决议第4段','paragraph',['4'],'UNSC resolution 1649 (2005)','unsc-1649',['plain']),
 R('第1698(2006)号决议第14段','paragraph',['14'],'UNSC resolution 1698 (2006)','unsc-1698',['plain']),
 R('第1807(2008)号决议第15段','paragraph',['15'],'UNSC resolution 1807 (2008)','unsc-1807',['plain'])],
[N('5. 决定','label'),N('6. 又决定','label')])

add('zh-024','zh','http://www.fymate.net/html/text/chl/521/52148_2.html','(text of UNSC resolution 1526 (2004), Chinese)','2004-01-30',
'''2.决定加强第1267(1999)号决议所设委员会(“委员会”)的任务,除了监督各国执行上文第1段所述措施的情况外,还包括发挥中心作用,评估有关切实执行各项措施的资料以供安理会审查,以及提出改进这些措施的建议;
3.决定18个月后进一步改进上文第1段所述措施,如有必要还可提前;''',
[R('第1267(1999)号决议','document',[],'UNSC resolution 1267 (1999)','unsc-1267',['whole-document']),
 S('上文第1段',['1']),
 S('上文第1段',['1'])],
[N('18个月后','duration'),N('2.决定','label')])

add('zh-025','zh','http://www.fymate.net/html/text/chl/521/52148_2.html','(text of UNSC resolution 1526 (2004), Chinese)','2004-01-30',
'''6.决定,为协助委员会完成任务,成立一个分析性支助和制裁监测小组(下称“监测小组”),设在纽约,为期18个月,在委员会的指示下承担本决议附件所述的职责;
7.请秘书长在本决议通过后同委员会密切协商,依照联合国的规则和程序任命监测小组的至多八名成员,''',
[R('本决议附件','annex',[],'self: annex to resolution 1526 (2004)','self',['self']),
 R('本决议','document',[],'self: resolution 1526 (2004)','self',['self','whole-document'])],
[N('联合国的规则和程序','UN rules and procedures in general, not a specific document'),N('至多八名成员','count')])

add('ru-026','ru','http://www.solidpolitic.ru/sopos-446-11.html','solidpolitic.ru (текст резолюции СБ ООН 1333 (2000), приложение)',None,
'''b) подготовить и своевременно обновлять в соответствии с пунктом 8(c) выше на основе информации, предоставляемой государствами и региональными организациями, перечни физических лиц и предприятий, которые, как было установлено, связаны с Усамой бен Ладеном;

c) рассматривать просьбы об исключениях, предусмотренных в пунктах 6 и 11 выше, и принимать соответствующие решения;

d) подготовить не позднее чем через месяц после принятия настоящей резолюции и своевременно обновлять в соответствии с пунктом 12 выше перечень утвержденных организаций и государственных учреждений по оказанию чрезвычайной помощи, которые оказывают гуманитарную помощь Афганистану;''',
[R('пунктом 8(c) выше','subparagraph',['c'],'self: resolution 1333 (2000), paragraph 8 (c)','self',['self','nested'],parent=('paragraph',['8'])),
 S('пунктах 6 и 11 выше',['6','11'],('self','list'),doc='self: resolution 1333 (2000)'),
 R('настоящей резолюции','document',[],'self: resolution 1333 (2000)','self',['self','whole-document']),
 S('пунктом 12 выше',['12'],doc='self: resolution 1333 (2000)')],
[N('b) подготовить','the document\'s own subparagraph label'),N('не позднее чем через месяц','deadline')])

add('de-013','de','https://allmystery.de/themen/pr71294-97','Allmystery (Forum)',None,
'''Der entscheidende Satz:
robert-capa schrieb:Beschlüsse des Sicherheitsrats über alle sonstigen Fragen bedürfen gemäß Artikel 27 III UN-Charta der Zustimmung von neun Mitgliedern einschließlich aller fünf ständigen Mitglieder.
Bedürfen der Zustimmung bedeutet nicht etwa, gelten als angenommen, solange keine vorgegebene Anzahl Gegenstimmen abgegeben werden. Schaun wir mal in Artikel 27 III der Charta, und vergleichen den Wortlaut selbst:''',
[R('Artikel 27 III UN-Charta','paragraph',['3'],UCD+' (Roman numeral for paragraph)',UC,['nested','abbreviated'],parent=('article',['27'])),
 R('Artikel 27 III der Charta','paragraph',['3'],UCD,UC,['nested'],parent=('article',['27']))],
[N('neun Mitgliedern','count'),N('aller fünf ständigen Mitglieder','count')])

add('de-014','de','https://allmystery.de/themen/pr71294-97','Allmystery (Forum, quoting the German text of the UN Charter)',None,
'''(3) Beschlüsse des Sicherheitsrats über alle sonstigen Fragen bedürfen der Zustimmung von neun
Mitgliedern einschließlich sämtlicher ständigen Mitglieder, jedoch mit der Maßgabe, daß sich bei
Beschlüssen auf Grund des Kapitels VI und des Artikels 52 Absatz 3 die Streitparteien der Stimme enthalten.(per C&P Entnommen aus der aktuellen Fassung der UN-Charta,
zu finden unter
http://www.un.org/Depts/german/un_charter/charta.pdf (Archiv-Version vom 10.08.2011))
Sehen wir nach, worauf sich Kapitel VI und Artikel 52 Absatz 3 beziehen:''',
[R('des Kapitels VI','chapter',['VI'],'quoted Charter text (Art. 27(3))',UC,['anaphoric']),
 R('des Artikels 52 Absatz 3','paragraph',['3'],'quoted Charter text',UC,['nested','anaphoric'],parent=('article',['52'])),
 R('der aktuellen Fassung der UN-Charta','document',[],UCD+' (current German version)',UC,['whole-document','abbreviated']),
 R('Kapitel VI','chapter',['VI'],'anaphoric: '+UCD,UC,['anaphoric']),
 R('Artikel 52 Absatz 3','paragraph',['3'],'anaphoric: '+UCD,UC,['nested','anaphoric'],parent=('article',['52']))],
[N('(3) Beschlüsse','the quoted article\'s own paragraph label'),N('(Archiv-Version vom 10.08.2011)','archive date')])

add('de-015','de','https://allmystery.de/themen/pr71294-97','Allmystery (Forum, quoting the German text of the UN Charter)',None,
'''KAPITEL VI
Die friedliche Beilegung von StreitigkeitenInterventionen regelt Kapitel VII. Kapitel VI sieht dergleichen nicht vor. Nun zu Artikel 52:
Regionale Abmachungen
Artikel 52
(1) Diese Charta schließt das Bestehen regionaler Abmachungen oder Einrichtungen zur Behandlung derjenigen die Wahrung des Weltfriedens und der internationalen Sicherheit betreffenden Angelegenheiten nicht aus,''',
[R('Kapitel VII','chapter',['VII'],'context: '+UCD,UC,['anaphoric']),
 R('Kapitel VI sieht','chapter',['VI'],'context: '+UCD,UC,['anaphoric']),
 R('Artikel 52:','article',['52'],'context: '+UCD,UC,['anaphoric']),
 R('Diese Charta','document',[],'quoted Charter text: the present Charter',UC,['anaphoric','whole-document'])],
[N('KAPITEL VI','a chapter heading of the quoted Charter text (a label, not a citation)'),N('Artikel 52\n(1)','article heading and paragraph label of the quoted text')])

add('de-016','de','https://arthurlambauer.com/2012/05/03/zur-resolution-2046-2012-des-sicherheitsrats-betreffend-sudan-und-sudsudan/','Arthur Lambauer (Blog)','2012-05-03',
'''In seiner 6764. Sitzung vom 2.5.2012 verabschiedete der Sicherheitsrat (SR) der Vereinten Nationen (VN) die Resolution 2046 (2012) betreffend Sudan und Südsudan, aus der ich auszugsweise zitiere wie folgt:''',
[R('die Resolution 2046 (2012) betreffend Sudan und Südsudan','document',[],'UNSC resolution 2046 (2012)','unsc-2046',['whole-document'])],
[N('6764. Sitzung','meeting number')])

add('en-069','en','https://arthurlambauer.com/2012/05/03/zur-resolution-2046-2012-des-sicherheitsrats-betreffend-sudan-und-sudsudan/','Arthur Lambauer (Blog, quoting S/RES/2046 (2012))','2012-05-02',
'''Acting under Chapter VII of the Charter of the United Nations,

1. Decides that Sudan and South Sudan shall take the following actions with immediate effect unless otherwise specified below:

(i) immediately cease all hostilities, including aerial bombardments, with the parties formally conveying their commitment in this respect to the Chairperson of the African Union Commission and the President of the Security Council not later than 48 hours from the adoption of this resolution;''',
[R('Chapter VII of the Charter of the United Nations','chapter',['VII'],UCD,UC,['plain']),
 R('specified below','paragraph',[],'self: cataphoric – the subparagraphs that follow in resolution 2046','self',['self']),
 R('this resolution','document',[],'self: resolution 2046 (2012)','self',['self','whole-document'])],
[N('(i) immediately','the resolution\'s own subparagraph label'),N('48 hours','duration')])

add('en-070','en','https://arthurlambauer.com/2012/05/03/zur-resolution-2046-2012-des-sicherheitsrats-betreffend-sudan-und-sudsudan/','Arthur Lambauer (Blog, quoting S/RES/2046 (2012))','2012-05-02',
'''6. Requests the Secretary-General to consult with the African Union on the implementation of this resolution and the decisions of the AU PSC, to work closely with the AUHIP in support of its facilitation efforts, and to inform the Security Council within 15 days and in two week intervals thereafter on the status of compliance by Sudan, South Sudan, and the SPLM-N with the decisions set forth in this resolution, and expresses itsintention, in the event that any or all of the parties have not complied with the decisions set forth in this resolution, to take appropriate additional measures under Article 41 of the Charter as necessary;''',
[R('this resolution','document',[],'self: resolution 2046 (2012)','self',['self','whole-document']),
 R('the decisions of the AU PSC','document',[],'Communiqué of the AU Peace and Security Council of 24 April 2012','unknown',['whole-document','abbreviated']),
 R('the decisions set forth in this resolution','document',[],'self: resolution 2046 (2012)','self',['self']),
 R('the decisions set forth in this resolution','document',[],'self: resolution 2046 (2012)','self',['self']),
 R('Article 41 of the Charter','article',['41'],UCD,UC,['plain'])],
[N('within 15 days','deadline')])

add('de-017','de','https://arthurlambauer.com/2012/05/03/zur-resolution-2046-2012-des-sicherheitsrats-betreffend-sudan-und-sudsudan/','Arthur Lambauer (Blog)','2012-05-03',
'''Artikel 25 UN-Charta lautet:

The Members of the United Nations agree to accept and carry out the decisions of the Security Council in accordance with the present Charter.

Die in Artikel 25 UN-Charta eingegangene Verpflichtung der Mitgliedstaaten der VN, Resolutionen des SR zu befolgen, steht somit unter dem Vorbehalt, dass diese der Charta nicht widersprechen; wobei über Artikel 1 Absatz 1 UN-Charta auch the principles of justice and international law generell in die Charta Einzug halten.''',
[R('Artikel 25 UN-Charta','article',['25'],UCD,UC,['plain','abbreviated']),
 R('the present Charter','document',[],'quoted Charter text: the present Charter',UC,['anaphoric','whole-document']),
 R('Artikel 25 UN-Charta','article',['25'],UCD,UC,['plain','abbreviated']),
 R('der Charta','document',[],'anaphoric: '+UCD,UC,['anaphoric','whole-document']),
 R('Artikel 1 Absatz 1 UN-Charta','paragraph',['1'],UCD,UC,['nested','abbreviated'],parent=('article',['1'])),
 R('die Charta','document',[],'anaphoric: '+UCD,UC,['anaphoric','whole-document'])],
[N('Resolutionen des SR','Security Council resolutions in general, not identified')])

add('de-018','de','https://asyl.net/rsdb/M16797','asyl.net (VGH Bayern, Urteil vom 11.01.2010)','2010-01-11',
'''Widerruf der zuerkannten Flüchtlingseigenschaft (Ruanda), da der Kläger nach der Anerkennung die Ausschlusstatbestände des § 3 Abs. 2 Satz 1 Nr. 1 und 3 AsylVfG erfüllt hat. Er wurde Präsident der FDLR, die systematisch Kriegsverbrechen und Verbrechen gegen die Menschlichkeit begeht und dadurch auch den Zielen und Grundsätzen der Vereinten Nationen zuwider handelt.

Anmerkung: Das Urteil wurde durch das Bundesverwaltungsgericht bestätigt (BVerwG vom 31.3.2011 - 10 C 2.10 - M18634)''',
[R('§ 3 Abs. 2 Satz 1 Nr. 1 und 3 AsylVfG','clause',['1','3'],'German Asylum Procedure Act (AsylVfG), § 3(2) sentence 1 nos. 1 and 3','de-asylvfg',['nested','list','abbreviated'],parent=('section',['3(2) sentence 1'])),
 R('Das Urteil','document',[],'self: this judgment (VGH Bayern 9 B 08.30223)','self',['self','whole-document']),
 R('BVerwG vom 31.3.2011 - 10 C 2.10 - M18634','document',[],'Judgment of the Federal Administrative Court of 31 March 2011, 10 C 2.10','unknown',['whole-document','abbreviated'])],
[N('den Zielen und Grundsätzen der Vereinten Nationen','the Purposes and Principles of the UN (Charter Arts. 1–2) named by content – judgement call: near miss')])

add('de-019','de','https://asyl.net/rsdb/M16797','asyl.net (VGH Bayern, Urteil vom 11.01.2010)','2010-01-11',
'''Normen: AsylVfG § 73 Abs. 1 S. 1, AsylVfG § 3 Abs. 2, AufenthG § 60 Abs. 1, RL 2004/83/EG Art. 14 Abs. 3 Bst. a, RL 2004/83/EG Art. 12 Abs. 2, RL 2004/83/EG Art. 12 Abs. 3, GFK Art. 1 F, AufenthG § 60 Abs. 8 S. 2''',
[R('AsylVfG § 73 Abs. 1 S. 1','clause',['1'],'AsylVfG § 73(1) sentence 1','de-asylvfg',['nested','abbreviated','list'],parent=('section',['73(1)'])),
 R('AsylVfG § 3 Abs. 2','paragraph',['2'],'AsylVfG § 3(2)','de-asylvfg',['nested','abbreviated','list'],parent=('section',['3'])),
 R('AufenthG § 60 Abs. 1','paragraph',['1'],'Residence Act § 60(1)','de-aufenthg',['nested','abbreviated','list'],parent=('section',['60'])),
 R('RL 2004/83/EG Art. 14 Abs. 3 Bst. a','subparagraph',['a'],'Directive 2004/83/EC, Article 14(3)(a)','eu-dir-2004-83',['nested','abbreviated','list'],parent=('paragraph',['14(3)'])),
 R('RL 2004/83/EG Art. 12 Abs. 2','paragraph',['2'],'Directive 2004/83/EC, Article 12(2)','eu-dir-2004-83',['nested','abbreviated','list'],parent=('article',['12'])),
 R('RL 2004/83/EG Art. 12 Abs. 3','paragraph',['3'],'Directive 2004/83/EC, Article 12(3)','eu-dir-2004-83',['nested','abbreviated','list'],parent=('article',['12'])),
 R('GFK Art. 1 F','paragraph',['F'],'1951 Refugee Convention, Article 1F','refugee-convention-1951',['nested','abbreviated','list'],parent=('article',['1'])),
 R('AufenthG § 60 Abs. 8 S. 2','clause',['2'],'Residence Act § 60(8) sentence 2','de-aufenthg',['nested','abbreviated','list'],parent=('section',['60(8)']))],
[N('Normen:','a label')])

import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
UC='un-charter'; UCD='Charter of the United Nations'
def res(txt,num,year,cats=('list',),lang_doc=None):
    return R(txt,'document',[],f'UN Security Council resolution {num} ({year})',f'unsc-{num}',['whole-document',*cats])
add('fr-001','fr','https://fr.wikisource.org/wiki/Page:ONU_-_Résolutions_et_décisions_du_conseil_de_sécurité,_01-08-2015_au_31-07-2016.djvu/66','Nations Unies (Résolutions et décisions du Conseil de sécurité, via Wikisource)','2016-12-23',
'''À sa 7853e séance, le 23 décembre 2016, le Conseil a décidé, en vertu de l’article 37 de son Règlement intérieur provisoire, d’inviter le représentant d’Israël à participer, sans droit de vote, à la discussion de la question intitulée « La situation au Moyen-Orient, y compris la question palestinienne ». A la même séance, le Conseil a également décidé, conformément à son Règlement intérieur provisoire et à sa pratique antérieure, d’adresser une invitation à l’Observateur permanent de l’Etat observateur de Palestine auprès de l’Organisation des Nations Unies.''',
[R('l’article 37 de son Règlement intérieur provisoire','article',['37'],'Provisional Rules of Procedure of the Security Council','unsc-rules',['plain']),
 R('son Règlement intérieur provisoire','document',[],'Provisional Rules of Procedure of the Security Council','unsc-rules',['anaphoric','whole-document'])],
[N('À sa 7853e séance','meeting number, not a document unit'),N('la question intitulée « La situation au Moyen-Orient, y compris la question palestinienne »','agenda item title, not a document')])

add('fr-002','fr','https://fr.wikisource.org/wiki/Page:ONU_-_Résolutions_et_décisions_du_conseil_de_sécurité,_01-08-2015_au_31-07-2016.djvu/66','Nations Unies (Résolution 2334 (2016), via Wikisource)','2016-12-23',
'''Résolution 2334 (2016)
du 23 décembre 2016

Le Conseil de sécurité,

Rappelant ses résolutions sur la question, notamment les résolutions 242 (1967), 338 (1973), 446 (1979), 452 (1979), 465 (1980), 476 (1980), 478 (1980), 1397 (2002), 1515 (2003) et 1850 (2008),

Guidé par les buts et principes énoncés dans la Charte des Nations Unies et rappelant notamment que l’acquisition de territoire par la force est inadmissible,

Réaffirmant qu’Israël, Puissance occupante, est tenu de respecter scrupuleusement ses obligations et responsabilités juridiques découlant de la quatrième Convention de Genève relative à la protection des personnes civiles en temps de guerre, en date du 12 août 1949,''',
[R('Résolution 2334 (2016)\ndu 23 décembre 2016','document',[],'UN Security Council resolution 2334 (2016)','unsc-2334',['headline','self','whole-document']),
 R('ses résolutions sur la question','document',[],'previous Security Council resolutions on the question (set)','unknown',['anaphoric','whole-document']),
 res('résolutions 242 (1967)',242,1967),res('338 (1973)',338,1973),res('446 (1979)',446,1979),res('452 (1979)',452,1979),res('465 (1980)',465,1980),res('476 (1980)',476,1980),res('478 (1980)',478,1980),res('1397 (2002)',1397,2002),res('1515 (2003)',1515,2003),res('1850 (2008)',1850,2008),
 R('la Charte des Nations Unies','document',[],UCD,UC,['whole-document']),
 R('la quatrième Convention de Genève relative à la protection des personnes civiles en temps de guerre, en date du 12 août 1949','document',[],'Fourth Geneva Convention (1949)','geneva-iv',['whole-document','ordinal'])],
[N('les buts et principes','purposes and principles in general (Chapter I not cited as a unit)')])

add('fr-003','fr','https://jaquet.org/blog/la-resolution-2334.html','jaquet.org (blog)',None,
'''Voici mes premiers commentaires au sujet de la Résolution 2334 (version anglaise) que le Conseil de sécurité des Nations Unies a votée le 23 décembre 2016 par quatorze voix contre zéro, avec l'abstention des États-Unis.

Dans le préambule, le texte réaffirme l'inadmissibilité de l'acquisition de territoire par la force et rappelle que la colonisation, les transferts de colons israéliens en Cisjordanie, les confiscations de terres, les démolitions de maisons et le déplacement de civils palestiniens constituent des violations du droit humanitaire.''',
[R('la Résolution 2334 (version anglaise)','document',[],'UN Security Council resolution 2334 (2016), English version','unsc-2334',['whole-document']),
 R('Dans le préambule, le texte','part',['preamble'],'anaphoric: preamble of UNSC resolution 2334 (2016)','unsc-2334',['anaphoric'])],
[N('par quatorze voix contre zéro','vote count, not a reference')])

add('fr-004','fr','https://jaquet.org/blog/la-resolution-2334.html','jaquet.org (blog)',None,
'''Dans le dispositif, plusieurs points sont très importants :

  • Le Conseil réaffirme que la création des colonies de peuplement «n'a aucun fondement en droit et constitue une violation flagrante du droit international» (§ 1).
  • Il «Exige de nouveau d'Israël qu'il arrête immédiatement et complètement toutes ses activités de peuplement» en Cisjordanie (§ 2), mais il faut noter que la formulation est flottante.''',
[R('Dans le dispositif','part',['operative part'],'anaphoric: operative part of UNSC resolution 2334 (2016)','unsc-2334',['anaphoric']),
 R('(§ 1)','paragraph',['1'],'anaphoric: UNSC resolution 2334 (2016)','unsc-2334',['anaphoric','abbreviated']),
 R('(§ 2)','paragraph',['2'],'anaphoric: UNSC resolution 2334 (2016)','unsc-2334',['anaphoric','abbreviated'])],
[N('plusieurs points sont très importants','"points" = issues, not numbered units')])

add('fr-005','fr','https://jaquet.org/blog/la-resolution-2334.html','jaquet.org (blog)',None,
'''  • Le Conseil «Souligne qu'il ne reconnaîtra aucune  modification aux frontières du 4 juin 1967, y compris en ce qui concerne Jérusalem, autres que celles convenues par les parties par la voie de négociations» (§ 3).
  • Il demande à tous les États «de faire une distinction, dans leurs échanges en la matière, entre le territoire de l'État d'Israël et les territoires occupés depuis 1967» (§ 5). Cela peut être vu comme une reconnaissance indirecte des mouvements de boycott qui s'opposent à l'occupation et à la colonisation.

En tant que membre des Nations Unies, Israël a l'obligation «d'accepter et d'appliquer les décisions du Conseil de sécurité» (Charte des Nations Unies, art. 25),''',
[R('(§ 3)','paragraph',['3'],'anaphoric: UNSC resolution 2334 (2016)','unsc-2334',['anaphoric','abbreviated']),
 R('(§ 5)','paragraph',['5'],'anaphoric: UNSC resolution 2334 (2016)','unsc-2334',['anaphoric','abbreviated']),
 R('Charte des Nations Unies, art. 25','article',['25'],UCD,UC,['abbreviated'])],
[N('frontières du 4 juin 1967','a date of borders, not a reference'),N('les territoires occupés depuis 1967','a year, not a reference')])

add('fr-006','fr','https://jaquet.org/blog/de-la-resolution-465-a-la.html','jaquet.org (blog)',None,
'''En lisant les commentaires sur la résolution 2334 (La Résolution 2334) , on peut avoir l'impression que c'est un grand pas en avant pour la solution des deux États, mais c'est un peu plus compliqué que cela.
La situation juridique du territoire de la Palestine avait déjà été définie clairement en 1980 dans la Résolution 465.''',
[R('la résolution 2334','document',[],'UN Security Council resolution 2334 (2016)','unsc-2334',['whole-document']),
 R('(La Résolution 2334)','document',[],'UN Security Council resolution 2334 (2016) (title of a linked blog post)','unsc-2334',['whole-document']),
 R('la Résolution 465','document',[],'UN Security Council resolution 465 (1980)','unsc-465',['whole-document'])],
[N('en 1980','year, not a reference')])

add('fr-007','fr','https://jaquet.org/blog/de-la-resolution-465-a-la.html','jaquet.org (blog)',None,
'''Le Conseil de sécurité: «Considère que toutes les mesures prises par Israël pour modifier le caractère physique, la structure institutionnelle ou le statut des territoires palestiniens et des autres territoires arabes occupés depuis 1967, y compris Jérusalem, ou de toute partie de ceux-ci n'ont aucune validité en droit et que la politique et les pratiques d'Israël consistant à installer des éléments de sa population et de nouveaux immigrants dans ces territoires constituent une violation flagrante de la Convention de Genève relative à la protection des personnes civiles en temps de guerre et font en outre gravement obstacle à l'instauration d'une paix d'ensemble, juste et durable au Moyen-Orient» (§ 5).
Ce texte avait été adopté à l'unanimité des quinze membres du Conseil.''',
[R('la Convention de Genève relative à la protection des personnes civiles en temps de guerre','document',[],'Fourth Geneva Convention (1949)','geneva-iv',['whole-document']),
 R('(§ 5)','paragraph',['5'],'anaphoric: UNSC resolution 465 (1980)','unsc-465',['anaphoric','abbreviated']),
 R('Ce texte','document',[],'anaphoric: UNSC resolution 465 (1980)','unsc-465',['anaphoric','whole-document'])],
[N('toute partie de ceux-ci','"partie" = part of territories, not a document part')])

add('fr-008','fr','https://fr.abcdef.wiki/wiki/United_Nations_Security_Council_Resolution_2334','abcdef.wiki (Wikipedia translation)',None,
'''Il s'agissait de la première résolution du CSNU à adopter concernant Israël et les territoires palestiniens depuis la résolution 1860 en 2009, et la première à aborder la question des colonies israéliennes avec une telle spécificité depuis la résolution 465 en 1980. Bien que la résolution n'inclue aucune sanction ou mesure coercitive et a été adopté en vertu du chapitre VI non contraignant de la Charte des Nations Unies, le journal israélien Haaretz a déclaré qu'il « pourrait avoir de sérieuses ramifications pour Israël en général et spécifiquement pour l'entreprise de colonisation » à moyen et long terme.''',
[R('la résolution 1860 en 2009','document',[],'UN Security Council resolution 1860 (2009)','unsc-1860',['whole-document']),
 R('la résolution 465 en 1980','document',[],'UN Security Council resolution 465 (1980)','unsc-465',['whole-document']),
 R('la résolution','document',[],'anaphoric: UNSC resolution 2334 (2016)','unsc-2334',['anaphoric','whole-document']),
 R('chapitre VI non contraignant de la Charte des Nations Unies','chapter',['VI'],UCD,UC,['plain'])],
[N('la première résolution du CSNU','ordinal "first resolution", not a citation of a specific one')])

add('en-020','en','https://lawglobalhub.com/united-nations-security-council-resolution-2335-the-situation-concerning-iraq','Law Global Hub (text of S/RES/2335 (2016))','2016-12-30',
'''Resolution 2335 (2016)
The Security Council,
Recalling its resolution 1958 (2010),
Acting under Chapter VII of the Charter of the United Nations,
- Reaffirms its call in paragraph 2 of resolution 1958 (2010) for the Government of Iraq to provide without delay payments referred to therein;
2. Authorizes the Secretary-General to continue to maintain the escrow accounts authorized in paragraphs 3, 4 and 5 of resolution 1958 (2010) and to retain the funds in those accounts until 30 June 2017, at which time all remaining funds are to be transferred to the Government of Iraq;
3. Requests the Secretary-General to continue to pursue implementation of paragraph 7 and other relevant aspects of resolution 1958 (2010);
4. Requests the Secretary-General to report on implementation of this resolution no later than 30 March 2017 and with a final report three months after the transfer of any remaining funds pursuant to paragraph 2 to the Government of Iraq, unless otherwise authorized by the Security Council;''',
[R('Resolution 2335 (2016)','document',[],'UN Security Council resolution 2335 (2016)','unsc-2335',['headline','self','whole-document']),
 R('its resolution 1958 (2010)','document',[],'UN Security Council resolution 1958 (2010)','unsc-1958',['whole-document']),
 R('Chapter VII of the Charter of the United Nations','chapter',['VII'],UCD,UC,['plain']),
 R('paragraph 2 of resolution 1958 (2010)','paragraph',['2'],'UN Security Council resolution 1958 (2010)','unsc-1958',['plain']),
 R('therein','paragraph',['2'],'anaphoric: paragraph 2 of resolution 1958 (2010)','unsc-1958',['anaphoric']),
 R('paragraphs 3, 4 and 5 of resolution 1958 (2010)','paragraph',['3','4','5'],'UN Security Council resolution 1958 (2010)','unsc-1958',['list']),
 R('paragraph 7 and other relevant aspects of resolution 1958 (2010)','paragraph',['7'],'UN Security Council resolution 1958 (2010)','unsc-1958',['plain']),
 R('this resolution','document',[],'self: resolution 2335 (2016)','self',['self','whole-document']),
 R('paragraph 2','paragraph',['2'],'self: paragraph 2 of resolution 2335 (2016)','self',['self'])],
[N('until 30 June 2017','deadline, not a reference'),N('no later than 30 March 2017','deadline'),N('three months','duration')])

add('en-021','en','http://malaysiaunsc.kln.gov.my/index.php/news-documents/unsc-resolutions/itemlist/category/21-unscresolutions2016','Malaysia at the UN Security Council (text of S/RES/2336 (2016))','2016-12-31',
'''The Security Council

           Recalling all its previous resolutions and Presidential Statements on the situation in the Syrian Arab Republic, in particular 2254 (2015) and 2268 (2016), and the Geneva Communiqué of 30 June 2012,

           Reaffirming its strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic, and to the purposes and principles of the Charter of the United Nations,

           Noting the Joint Statement by the Ministers of Foreign Affairs of the Islamic Republic of Iran, the Russian Federation and the Republic of Turkey of December 20, 2016,''',
[R('all its previous resolutions and Presidential Statements on the situation in the Syrian Arab Republic','document',[],'previous UNSC resolutions and presidential statements on Syria (set)','unknown',['whole-document']),
 R('2254 (2015)','document',[],'UN Security Council resolution 2254 (2015)','unsc-2254',['whole-document','list','abbreviated']),
 R('2268 (2016)','document',[],'UN Security Council resolution 2268 (2016)','unsc-2268',['whole-document','list','abbreviated']),
 R('the Geneva Communiqué of 30 June 2012','document',[],'Geneva Communiqué of 30 June 2012 (Action Group for Syria)','geneva-communique-2012',['whole-document']),
 R('the Charter of the United Nations','document',[],UCD,UC,['whole-document']),
 R('the Joint Statement by the Ministers of Foreign Affairs of the Islamic Republic of Iran, the Russian Federation and the Republic of Turkey of December 20, 2016','document',[],'Joint Statement of the Foreign Ministers of Iran, Russia and Turkey, 20 December 2016','unknown',['whole-document'])],
[N('the purposes and principles','general mention, not a unit citation')])

add('en-022','en','http://malaysiaunsc.kln.gov.my/index.php/news-documents/unsc-resolutions/itemlist/category/21-unscresolutions2016','Malaysia at the UN Security Council (text of S/RES/2336 (2016))','2016-12-31',
'''           Reiterating its call on the parties to allow humanitarian agencies rapid, safe and unhindered access throughout Syria, as provided for in its relevant resolutions,

           Reiterating that the only sustainable solution to the current crisis in the Syrian Arab Republic is through an inclusive and Syrian-led political process based on the Geneva Communiqué of 30 June 2012 as endorsed by resolution 2118 (2013), its resolutions 2254 (2015) and 2268 (2016) and relevant statements of the International Syria Support Group,

           1.       Welcomes and supports the efforts by Russia and Turkey to end violence in Syria and jumpstart a political process, and takes note of the documents issued by Russia and Turkey in this regard (S/2016/1133);''',
[R('the Geneva Communiqué of 30 June 2012','document',[],'Geneva Communiqué of 30 June 2012','geneva-communique-2012',['whole-document']),
 R('resolution 2118 (2013)','document',[],'UN Security Council resolution 2118 (2013)','unsc-2118',['whole-document']),
 R('its resolutions 2254 (2015)','document',[],'UN Security Council resolution 2254 (2015)','unsc-2254',['whole-document','list']),
 R('2268 (2016)','document',[],'UN Security Council resolution 2268 (2016)','unsc-2268',['whole-document','list']),
 R('the documents issued by Russia and Turkey in this regard (S/2016/1133)','document',[],'UN document S/2016/1133','unknown',['whole-document','abbreviated'])],
[N('its relevant resolutions','unspecified "relevant resolutions", not identifiable (judgement call)'),N('relevant statements of the International Syria Support Group','unspecified statements, not identifiable')])

add('en-023','en','http://malaysiaunsc.kln.gov.my/index.php/news-documents/unsc-resolutions/itemlist/category/20-unscresolutions2015','Malaysia at the UN Security Council (text of S/RES/2259 (2015))','2015-12-23',
'''Resolution 2259 (2015) Adopted by the Security Council at its 7598th meeting, on 23 December 2015

 

           The Security Council,

           Recalling its resolution 1970 (2011) and all its subsequent resolutions on Libya,''',
[R('Resolution 2259 (2015)','document',[],'UN Security Council resolution 2259 (2015)','unsc-2259',['headline','self','whole-document']),
 R('its resolution 1970 (2011)','document',[],'UN Security Council resolution 1970 (2011)','unsc-1970',['whole-document']),
 R('all its subsequent resolutions on Libya','document',[],'subsequent UNSC resolutions on Libya (set)','unknown',['anaphoric','whole-document'])],
[N('its 7598th meeting','meeting number, not a document unit')])

add('en-024','en','http://malaysiaunsc.kln.gov.my/index.php/news-documents/unsc-resolutions/itemlist/category/20-unscresolutions2015','Malaysia at the UN Security Council (text of S/RES/2259 (2015))','2015-12-23',
'''           Welcoming the signing on 17 December 2015 of the Libyan Political Agreement of Skhirat, Morocco by the majority of the Libyan delegates to the UN‑facilitated political dialogue, and by a wide range of representatives of Libyan society, municipal leaders and heads of political parties, and recognizing the contribution of Member States to host and support the meetings of that dialogue, including the countries of the region in particular the Kingdom of Morocco for its efforts in advancing the Agreement, including through hosting the Libyan Political Dialogue,

           Recognising the importance of the continued inclusiveness of the Libyan Political Agreement, and taking note of the letter circulated as document S/2015/1018,''',
[R('the Libyan Political Agreement of Skhirat, Morocco','document',[],'Libyan Political Agreement (Skhirat, 17 December 2015)','libya-lpa-2015',['whole-document']),
 R('the Agreement','document',[],'anaphoric: Libyan Political Agreement','libya-lpa-2015',['anaphoric','whole-document']),
 R('the Libyan Political Agreement','document',[],'Libyan Political Agreement','libya-lpa-2015',['whole-document']),
 R('the letter circulated as document S/2015/1018','document',[],'UN document S/2015/1018','unknown',['whole-document','abbreviated'])],
[N('on 17 December 2015','date'),N('the Libyan Political Dialogue','a process, not a document')])

add('en-025','en','http://www.un.org/en/sc/inc/pages/annualreport/introduction.shtml','United Nations Security Council (Report of the Security Council, Introduction)',None,
'''1.       Mindful of its primary responsibility for the maintenance of international peace and security, the Security Council continued to engage on a wide-reaching agenda in accordance with the principles and objectives set forth in the Charter of the United Nations. During the period under review, the Council held 356 formal meetings, of which 331 were public. The Council adopted 102 resolutions and 31 presidential statements and issued 150 statements to the press. During the reporting period, the Council conducted five missions.
2.       The present report incorporates the changes mandated in the note by the President dated 10 December 2015 (S/2015/944), whereby all future reports will cover the calendar year, 1 January to 31 December. As this is the first report under the new system, it bridges the old and new time periods, covering the period from 1 August 2015 to 31 December 2016.''',
[R('the Charter of the United Nations','document',[],UCD,UC,['whole-document']),
 R('The present report','document',[],'self: Report of the Security Council (1 Aug 2015 – 31 Dec 2016)','self',['self','whole-document']),
 R('the note by the President dated 10 December 2015 (S/2015/944)','document',[],'Note by the President of the Security Council S/2015/944','unknown',['whole-document']),
 R('this is the first report','document',[],'self: the present report','self',['self','whole-document'])],
[N('102 resolutions and 31 presidential statements','counts of documents, not references'),N('1 January to 31 December','date range, not a reference')])

add('zh-001','zh','https://zh.m.wikisource.org/zh-hant/联合国安理会第2326号决议','联合国 (via 維基文庫)','2016-12-15',
'''安全理事會,
回顧以往第1996(2011)、2046(2012)、2057(2012)、2109(2013)、2132(2013)、2155(2014)、2187(2014)、2206(2015)、2223(2015)、2241(2015)、2252(2015)、2302(2016)和2304(2016)號決議以及S/PRST/2005/16、S/PRST/2010/26、S/PRST/2015/9、S/PRST/2016/1和S/PRST/2016/3號安理會主席聲明,
認定南蘇丹局勢繼續對國際和平與安全構成威脅,
根據《聯合國憲章》第七章採取行動,
1. 決定把第2252(2015)號決議規定並由第2304(2016)號決議進一步規定的聯合國南蘇丹共和國特派團(南蘇丹特派團)的任務延長到2016年12月16日,還決定南蘇丹特派團將繼續包括一支任務由第2304(2016)號決議做出規定的區域保護部隊;''',
[R('第1996(2011)','document',[],'UNSC resolution 1996 (2011)','unsc-1996',['whole-document','list']),
 R('2046(2012)','document',[],'UNSC resolution 2046 (2012)','unsc-2046',['whole-document','list']),
 R('2057(2012)','document',[],'UNSC resolution 2057 (2012)','unsc-2057',['whole-document','list']),
 R('2109(2013)','document',[],'UNSC resolution 2109 (2013)','unsc-2109',['whole-document','list']),
 R('2132(2013)','document',[],'UNSC resolution 2132 (2013)','unsc-2132',['whole-document','list']),
 R('2155(2014)','document',[],'UNSC resolution 2155 (2014)','unsc-2155',['whole-document','list']),
 R('2187(2014)','document',[],'UNSC resolution 2187 (2014)','unsc-2187',['whole-document','list']),
 R('2206(2015)','document',[],'UNSC resolution 2206 (2015)','unsc-2206',['whole-document','list']),
 R('2223(2015)','document',[],'UNSC resolution 2223 (2015)','unsc-2223',['whole-document','list']),
 R('2241(2015)','document',[],'UNSC resolution 2241 (2015)','unsc-2241',['whole-document','list']),
 R('2252(2015)','document',[],'UNSC resolution 2252 (2015)','unsc-2252',['whole-document','list']),
 R('2302(2016)','document',[],'UNSC resolution 2302 (2016)','unsc-2302',['whole-document','list']),
 R('2304(2016)號決議','document',[],'UNSC resolution 2304 (2016)','unsc-2304',['whole-document','list']),
 R('S/PRST/2005/16','document',[],'Presidential statement S/PRST/2005/16','unknown',['whole-document','list','abbreviated']),
 R('S/PRST/2010/26','document',[],'Presidential statement S/PRST/2010/26','unknown',['whole-document','list','abbreviated']),
 R('S/PRST/2015/9','document',[],'Presidential statement S/PRST/2015/9','unknown',['whole-document','list','abbreviated']),
 R('S/PRST/2016/1','document',[],'Presidential statement S/PRST/2016/1','unknown',['whole-document','list','abbreviated']),
 R('S/PRST/2016/3號安理會主席聲明','document',[],'Presidential statement S/PRST/2016/3','unknown',['whole-document','list','abbreviated']),
 R('《聯合國憲章》第七章','chapter',['VII'],UCD,UC,['plain']),
 R('第2252(2015)號決議','document',[],'UNSC resolution 2252 (2015)','unsc-2252',['whole-document']),
 R('第2304(2016)號決議','document',[],'UNSC resolution 2304 (2016)','unsc-2304',['whole-document']),
 R('第2304(2016)號決議','document',[],'UNSC resolution 2304 (2016)','unsc-2304',['whole-document'])],
[N('2016年12月16日','date, not a reference')])

add('zh-002','zh','https://zh.m.wikisource.org/zh-hant/联合国安理会第2326号决议','維基文庫',None,
'''本作品來自聯合國官方文件。此組織之政策為於公有領域保存其大部份文獻,以儘可能廣泛宣傳聯合國出版物。
根據ST/AI/189/Add.9/Rev.2第2條(僅供英文版),下列聯合國文件在全球屬於公有領域:''',
[R('ST/AI/189/Add.9/Rev.2第2條','article',['2'],'UN administrative instruction ST/AI/189/Add.9/Rev.2','unknown',['plain','abbreviated'])],
[N('聯合國官方文件','"official UN documents" generically, not a reference')])

add('de-002','de','https://studylibde.com/doc/16270493/s-res-2339--2017-','Vereinte Nationen (S/RES/2339 (2017), via studylibde)','2017-01-27',
'''Resolution 2339 (2017)
verabschiedet auf der 7872. Sitzung des Sicherheitsrats
am 27. Januar 2017
Der Sicherheitsrat,
unter Hinweis auf seine früheren Resolutionen und Erklärungen über die Zentralafrikanische Republik, insbesondere die Resolutionen 2121 (2013), 2127 (2013), 2134 (2014),
2149 (2014), 2181 (2014), 2196 (2015), 2212 (2015), 2217 (2015), 2262 (2016), 2264
(2016), 2281 (2016) und 2301 (2016) sowie die Resolution 2272 (2016) und die Erklärungen seines Präsidenten S/PRST/2014/28 vom 18. Dezember 2014, S/PRST/2015/17 vom
20. Oktober 2015 und S/PRST/2016/17 vom 16. November 2016,''',
[R('Resolution 2339 (2017)','document',[],'UNSC resolution 2339 (2017)','unsc-2339',['headline','self','whole-document']),
 R('seine früheren Resolutionen und Erklärungen über die Zentralafrikanische Republik','document',[],'previous UNSC resolutions and statements on CAR (set)','unknown',['whole-document']),
 R('die Resolutionen 2121 (2013)','document',[],'UNSC resolution 2121 (2013)','unsc-2121',['whole-document','list']),
 R('2127 (2013)','document',[],'UNSC resolution 2127 (2013)','unsc-2127',['whole-document','list']),
 R('2134 (2014)','document',[],'UNSC resolution 2134 (2014)','unsc-2134',['whole-document','list']),
 R('2149 (2014)','document',[],'UNSC resolution 2149 (2014)','unsc-2149',['whole-document','list']),
 R('2181 (2014)','document',[],'UNSC resolution 2181 (2014)','unsc-2181',['whole-document','list']),
 R('2196 (2015)','document',[],'UNSC resolution 2196 (2015)','unsc-2196',['whole-document','list']),
 R('2212 (2015)','document',[],'UNSC resolution 2212 (2015)','unsc-2212',['whole-document','list']),
 R('2217 (2015)','document',[],'UNSC resolution 2217 (2015)','unsc-2217',['whole-document','list']),
 R('2262 (2016)','document',[],'UNSC resolution 2262 (2016)','unsc-2262',['whole-document','list']),
 R('2264\n(2016)','document',[],'UNSC resolution 2264 (2016)','unsc-2264',['whole-document','list']),
 R('2281 (2016)','document',[],'UNSC resolution 2281 (2016)','unsc-2281',['whole-document','list']),
 R('2301 (2016)','document',[],'UNSC resolution 2301 (2016)','unsc-2301',['whole-document','list']),
 R('die Resolution 2272 (2016)','document',[],'UNSC resolution 2272 (2016)','unsc-2272',['whole-document']),
 R('S/PRST/2014/28 vom 18. Dezember 2014','document',[],'Presidential statement S/PRST/2014/28','unknown',['whole-document','list']),
 R('S/PRST/2015/17 vom\n20. Oktober 2015','document',[],'Presidential statement S/PRST/2015/17','unknown',['whole-document','list']),
 R('S/PRST/2016/17 vom 16. November 2016','document',[],'Presidential statement S/PRST/2016/17','unknown',['whole-document','list'])],
[N('7872. Sitzung','meeting number, not a document unit'),N('am 27. Januar 2017','date')])

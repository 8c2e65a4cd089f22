import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
UC='un-charter'; UCD='Charter of the United Nations'
AA='alma-ata-1991'; AAD='Alma-Ata Declaration (21 December 1991)'
PT='az-am-peace-2025'; PTD='Agreement on the Establishment of Peace and Interstate Relations between Azerbaijan and Armenia (initialled 8 August 2025)'
add('hy-011','hy','https://hayastan.news/am/post/21227','Hayastan.news (Արմենպրես)','2024-04-20',
'''Հայաստանի ազգային ժողովի «Քաղաքացիական պայմանագիր» խմբակցության պատգամավոր Արմեն Խաչատրյանը ձեռքբերում է համարում, որ Ադրբեջանի և Հայաստանի սահմանազատման հանձնաժողովները համաձայնել են սահմանազատումը իրականացնել 1991 թվականի Ալմա-Աթայի հռչակագրի հիման վրա:''',
[R('1991 թվականի Ալմա-Աթայի հռչակագրի','document',[],AAD,AA,['whole-document'])],
[N('«Քաղաքացիական պայմանագիր» խմբակցության','party name "Civil Contract" – contains the word "contract/treaty" but is not a document'),N('սահմանազատման հանձնաժողովները','commissions, not documents')])

add('hy-012','hy','https://hayastan.news/am/post/21227','Hayastan.news (Արմենպրես)','2024-04-20',
'''«Ամենակարևոր ձեռքբերումը համարում եմ այն, որ Ադրբեջանի և Հայաստանի սահմանազատման հանձնաժողովները համաձայնել են սահմանազատումը իրականացնել 1991 թվականի Ալմա-Աթայի հռչակագրի հիման վրա, ինչը սահմանազատման գործընթացի հիմնական սկզբունքն է լինելու։''',
[R('1991 թվականի Ալմա-Աթայի հռչակագրի','document',[],AAD,AA,['whole-document'])],[])

add('hy-013','hy','https://aapsc.info/hy/post/1991-թ-ալմա-աթայի-հռչակագրի-ոչ-ադեկվատ-ըմբռնման-և-մանիպուլյացիաների-մասին','Armenian Association of Political Scientists',None,
'''Վերջին տարիներին Հայաստանի վարչապետ Նիկոլ Փաշինյանը, որպես նորաստեղծ Հետխորհրդային անկախ հանրապետությունների, այդ թվում ՝ Հայաստանի և Ադրբեջանի ինքնիշխան տարածքների սահմանների որոշման հիմք, մշտապես անդրադառնում է 1991թ. Ալմա-Աթայի հռչակագրին (այսուհետ ՝ Հռչակագիր) ՝ խեղաթյուրելով դրա տեքստն ու բովանդակությունը այն պնդումներով, թե հռչակագիրը ստորագրած նորանկախ պետությունները ճանաչում են իրենց տարածքային ամբողջականությունը ԽՍՀՄ միութենական հանրապետությունների նախկին վարչական սահմանների շրջանակներում, որոնք դառնում են պետական սահմաններ:''',
[R('1991թ. Ալմա-Աթայի հռչակագրին','document',[],AAD,AA,['whole-document']),
 R('(այսուհետ ՝ Հռչակագիր)','document',[],'defined short name for '+AAD,AA,['anaphoric','whole-document']),
 R('դրա տեքստն ու բովանդակությունը','document',[],'anaphoric: '+AAD,AA,['anaphoric','whole-document']),
 R('հռչակագիրը','document',[],'anaphoric: '+AAD,AA,['anaphoric','whole-document'])],
[N('Վերջին տարիներին','"in recent years"')])

add('hy-014','hy','https://aapsc.info/hy/post/1991-թ-ալմա-աթայի-հռչակագրի-ոչ-ադեկվատ-ըմբռնման-և-մանիպուլյացիաների-մասին','Armenian Association of Political Scientists',None,
'''Այդ խեղաթյուրումների մանրամասն վերլուծությունը, հաճախ քաղաքական մանիպուլյացիաների նպատակով, ներկայացված է միջազգային փորձագետների խմբի հայտարարության եւ դրան կից վերլուծական գրության մեջ https://shorturl.at/8K5gS .
Սակայն այսօր էլ որոշ քաղաքական գործիչների և դիվանագետների մոտ միշտ չէ, որ դրսևորվում է Ալմա-Աթայի հռչակագրի հետ կապված որոշ հարցերի պատշաճ ըմբռնումը։''',
[R('միջազգային փորձագետների խմբի հայտարարության','document',[],'Statement of a group of international experts on the Alma-Ata Declaration','unknown',['whole-document']),
 R('դրան կից վերլուծական գրության','document',[],'anaphoric: analytical note annexed to that statement','unknown',['anaphoric','whole-document']),
 R('Ալմա-Աթայի հռչակագրի','document',[],AAD,AA,['whole-document'])],
[N('https://shorturl.at/8K5gS','a URL, not a unit reference')])

add('hy-015','hy','https://www.azatutyun.am/a/33507218.html','Ազատություն ռադիոկայան','2025-08-19',
'''ԱՊՀ-ն ակնկալում է, որ Վաշինգտոնում Հայաստանի և Ադրբեջանի միջև ստորագրված փաստաթղթերը կծառայեն որպես խաղաղության համաձայնագրի հիմք, TASS-ի փոխանցմամբ հայտարարել է ԱՊՀ գլխավոր քարտուղար Սերգեյ Լեբեդևը։
«Ինչպես մենք բոլորս Համագործակցության երկրներում այն ժամանակ ողջունեցինք Ղրղըզստանի և Տաջիկստանի միջև միջպետական սահմանի մասին պայմանագրի ստորագրումը, այնպես էլ հիմա մեծ գոհունակությամբ ենք ողջունում այս համատեղ հռչակագրի ստորագրումը Համագործակցության երկրներում:''',
[R('Վաշինգտոնում Հայաստանի և Ադրբեջանի միջև ստորագրված փաստաթղթերը','document',[],'Washington documents of 8 August 2025','washington-2025-08-08',['whole-document']),
 R('խաղաղության համաձայնագրի','document',[],PTD,PT,['whole-document']),
 R('Ղրղըզստանի և Տաջիկստանի միջև միջպետական սահմանի մասին պայմանագրի','document',[],'Kyrgyzstan–Tajikistan state border treaty (2025)','unknown',['whole-document']),
 R('այս համատեղ հռչակագրի','document',[],'anaphoric: Washington Joint Declaration of 8 August 2025','washington-2025-08-08',['anaphoric','whole-document'])],[])

add('hy-016','hy','https://armenia.news-pravda.com/armenia/2025/03/14/11055.html','News-Pravda (ՏԱՍՍ)','2025-03-14',
'''"Այս [համաձայնագրի] տեքստով, խաղաղություն հաստատելով, Հայաստանը դուրս կգա մի մեծ ու խորը ճահճից, որտեղ մենք կարող ենք և խեղդվել, եթե դուրս չգանք", - ասաց նա: Նրա խոսքով ՝ "խաղաղությունը Հայաստանի համար էքզիստենցիալ նշանակություն ունի" ։
Փետրվարի 13-ին Հայաստանի ԱԳՆ-ն հայտնել էր, որ խաղաղության պայմանագրի բոլոր 17 դրույթները համաձայնեցված են Ադրբեջանի հետ և Բաքվին առաջարկել է քննարկել դրա ստորագրման վայրն ու ժամկետները:''',
[R('Այս [համաձայնագրի] տեքստով','document',[],'anaphoric: '+PTD,PT,['anaphoric','whole-document']),
 R('խաղաղության պայմանագրի բոլոր 17 դրույթները','article',['1-17'],PTD+' (all 17 articles)',PT,['range']),
 R('դրա','document',[],'anaphoric: the peace treaty',PT,['anaphoric','whole-document'])],
[N('Փետրվարի 13-ին','date')])

add('hy-017','hy','https://norharatch.com/news/համաձայնագիր՝-հայաստանի-եւ-ազերպայճ','Նոր Յառաջ (Western Armenian, text of the initialled agreement)','2025-08-11',
'''Օգոստոս 11-ին, Արտաքին գործոց նախարարութիւնը հրապարակած է Հայաստանի եւ Ազերպայճանի միջեւ Օգոստոս 8-ին Ուաշինկթընի մէջ նախաստորագրուած համաձայնագրի պաշտօնական բնագիրը։''',
[R('Հայաստանի եւ Ազերպայճանի միջեւ Օգոստոս 8-ին Ուաշինկթընի մէջ նախաստորագրուած համաձայնագրի','document',[],PTD,PT,['whole-document'])],
[N('Օգոստոս 11-ին','date')])

add('hy-018','hy','https://norharatch.com/news/համաձայնագիր՝-հայաստանի-եւ-ազերպայճ','Նոր Յառաջ (Western Armenian, text of the initialled agreement)','2025-08-11',
'''առաջնորդուելով “ՄԱԿ-ի կանոնադրութեան համապատասխան պետութիւններու միջև բարեկամական յարաբերութիւններու եւ համագործակցութեան վերաբերեալ միջազգային իրաւունքի սկզբունքների մասին” հռչակագրով (1970), Եւրոպայի անվտանգութեան և համագործակցութեան Հելսինքիի համաժողովի եզրափակիչ փաստաթուղթով (1975) եւ 1991 Դեկտեմբեր 21-ի Ալմաթիի հռչակագրով եւ նպատակ ունենալով զարգացնել յարաբերութիւնները նշեալ փաստաթուղթերուն մէջ ամրագրուած չափանիշերու եւ սկզբունքներու հիման վրայ,''',
[R('“ՄԱԿ-ի կանոնադրութեան համապատասխան պետութիւններու միջև բարեկամական յարաբերութիւններու եւ համագործակցութեան վերաբերեալ միջազգային իրաւունքի սկզբունքների մասին” հռչակագրով (1970)','document',[],'Declaration on Principles of International Law concerning Friendly Relations (UNGA res. 2625 (XXV), 1970)','unga-2625',['whole-document','list']),
 R('ՄԱԿ-ի կանոնադրութեան','document',[],UCD+' (inside the Declaration title)',UC,['whole-document','abbreviated']),
 R('Եւրոպայի անվտանգութեան և համագործակցութեան Հելսինքիի համաժողովի եզրափակիչ փաստաթուղթով (1975)','document',[],'Helsinki Final Act (1975)','helsinki-1975',['whole-document','list']),
 R('1991 Դեկտեմբեր 21-ի Ալմաթիի հռչակագրով','document',[],AAD,AA,['whole-document','list']),
 R('նշեալ փաստաթուղթերուն','document',[],'anaphoric: the three documents just listed','unknown',['anaphoric','whole-document'])],[])

add('hy-019','hy','https://acnis.am/site/hy/activity/articles/060417','ՌԱՀՀԿ (ACNIS)',None,
'''Ֆորմալ առումով՝ փոփոխության առաջարկվող հայեցակարգը ներկայացված է ԵԱՀԿ Մինսկի խմբի համանախագահների առաջարկների տեսքով։ Այդ հայեցակարգի իրականացման պայմանը զինադադարի ռեժիմի մասին 1994-95թթ. կնքված եռակողմ (Հայաստան, Լեռնային Ղարաբաղ, Ադրբեջան) համաձայնագրի պահպանումն է։''',
[R('ԵԱՀԿ Մինսկի խմբի համանախագահների առաջարկների','document',[],'OSCE Minsk Group co-chairs\' proposals (set)','unknown',['whole-document']),
 R('զինադադարի ռեժիմի մասին 1994-95թթ. կնքված եռակողմ (Հայաստան, Լեռնային Ղարաբաղ, Ադրբեջան) համաձայնագրի','document',[],'Ceasefire agreements of 1994–95 (Bishkek Protocol / ceasefire agreement of May 1994 and 1995 agreement)','bishkek-1994',['whole-document'])],
[N('Ֆորմալ առումով','"formally"')])

add('hy-020','hy','https://aniarc.am/2020/09/25/levon-ter-petrosyan-territorial-swap-1999','Անի հետազոտական կենտրոն','2020-09-25',
'''Ներքո շարադրյալ այս փաստաթուղթը 2008 թվականի փետրվարին Ազատության հրապարակում ներկայացրել է Լևոն Տեր-Պետրոսյանը, իսկ ամբողջությամբ այն տպագրվել է «Հայկական ժամանակ» օրաթերթում՝ 2008 թվականի փետրվարի 9-ի և 13-ի համարներում:''',
[R('Ներքո շարադրյալ այս փաստաթուղթը','document',[],'self/cataphoric: the 1999 territorial-swap document reproduced below','self',['self','whole-document'])],
[N('2008 թվականի փետրվարի 9-ի և 13-ի համարներում','newspaper issues by date, not document units')])

add('zh-015','zh','http://m.digipub.cc/dy/article/KHHQVGMF0513009F.html','網易號 (mirror)',None,
'''第一個反對直指美國軍事部署的合法性危機。美國以打擊販毒為由在加勒比海增加47%的巡邏頻次,實際緝毒效率卻暴跌至去年3%。這種軍事存在與執法效果的嚴重失衡,直接違反了《聯合國憲章》第2(4)條關于禁止使用武力的規定。正如1986年國際法院在尼加拉瓜訴美國案中確立的判例:任何以"執法"為名的軍事行動,都必須符合必要性原則和比例原則。''',
[R('《聯合國憲章》第2(4)條','paragraph',['4'],UCD,UC,['nested','abbreviated'],parent=('article',['2'])),
 R('1986年國際法院在尼加拉瓜訴美國案中確立的判例','document',[],'ICJ judgment of 27 June 1986, Nicaragua v. United States','icj-nicaragua-1986',['whole-document'])],
[N('第一個反對','ordinal "first objection", not a unit'),N('47%','percentage')])

add('zh-016','zh','http://m.digipub.cc/dy/article/KHHQVGMF0513009F.html','網易號 (mirror)',None,
'''第二個反對揭露了單邊制裁的人道主義災難。委內瑞拉被列為"外國恐怖組織"后,醫療物資進口驟降72%的數據,印證了這種"長臂管轄"如何違反《國家責任條款草案》第50條。該條款明確規定:反措施不得影響基本人權義務。''',
[R('《國家責任條款草案》第50條','article',['50'],'ILC Articles on State Responsibility (2001)','ilc-arsiwa-2001',['plain']),
 R('該條款','article',['50'],'anaphoric: Article 50 of the ILC Articles',"ilc-arsiwa-2001",['anaphoric'])],
[N('第二個反對','ordinal, not a unit')])

add('zh-017','zh','http://m.digipub.cc/dy/article/KHHQVGMF0513009F.html','網易號 (mirror)',None,
'''最具法律殺傷力的是第三個反對中引用的憲章第2(7)條。當美國代表辯稱其行動屬于"反恐范疇"時,中國代表直接援引"本憲章不得授權聯合國干涉在本質上屬于任何國家國內管轄之事項"的原始措辭。''',
[R('憲章第2(7)條','paragraph',['7'],'anaphoric: '+UCD,UC,['nested','anaphoric','abbreviated'],parent=('article',['2'])),
 R('本憲章','document',[],'quoted Charter text: the present Charter',UC,['anaphoric','whole-document'])],
[N('第三個反對','ordinal, not a unit')])

add('zh-018','zh','http://m.digipub.cc/dy/article/KHHQVGMF0513009F.html','網易號 (mirror)',None,
'''在第四個反對中,中國代表將矛頭指向美國威脅使用武力的言論。這觸及《聯合國海洋法公約》第87條與第301條的核心矛盾——公海自由原則絕不賦予武力威脅的合法性。''',
[R('《聯合國海洋法公約》第87條與第301條','article',['87','301'],'UN Convention on the Law of the Sea (1982)','unclos-1982',['list'])],
[N('第四個反對','ordinal, not a unit')])

add('zh-019','zh','http://www.stutimes.com/top-60647.html','学生时代','2025-11-21',
'''21日,中国驻日本大使馆在社交平台上发表帖子,强调《联合国宪章》中专门设立的敌国条款。该条款规定,当德、意、日等法西斯或军国主义国家再次实施侵略政策时,中、法、苏、英、美等联合国创始成员国有权对其直接实施军事行动,无需安理会授权。''',
[R('《联合国宪章》中专门设立的敌国条款','clause',['53','107'],UCD+' – "enemy state clauses" (Articles 53 and 107, also 77)',UC,['plain']),
 R('该条款','clause',['53','107'],'anaphoric: enemy state clauses',UC,['anaphoric'])],
[N('在社交平台上发表帖子','a social-media post, not a cited document')])

add('zh-020','zh','http://m.hbcasj.com/socialgd/10000169/20251124/49016514.html','(mirror of news report)','2025-11-24',
'''中國常駐聯合國代表傅聰于21日致函聯合國秘書長古特雷斯,就日本首相高市早苗涉華錯誤言行闡明中國政府立場。傅聰在信中表示,如果日本膽敢武力介入臺海局勢,將構成侵略行為,中方將堅決行使《聯合國憲章》和國際法賦予的自衛權,堅定捍衛國家主權和領土完整。這封信將作為聯合國大會正式文件向全體會員國散發。''',
[R('《聯合國憲章》','document',[],UCD+' (right of self-defence, i.e. Article 51 implied)',UC,['whole-document']),
 R('這封信','document',[],'anaphoric: letter of China\'s Permanent Representative to the UN Secretary-General (21 November 2025)','unknown',['anaphoric','whole-document'])],
[N('聯合國大會正式文件','"an official document of the General Assembly" – generic type, not identified')])

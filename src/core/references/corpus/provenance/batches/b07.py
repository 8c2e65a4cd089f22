import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
UC='un-charter'; UCD='Charter of the United Nations'
G='unga-2758'; GD='UN General Assembly resolution 2758 (XXVI) of 25 October 1971'
add('zh-006','zh','https://news.creaders.net/world/2025/09/30/2921316.html','万维读者网','2025-09-30',
'''中国官方今晚发布“中方关于联大第2758号决议的立场文件”,声称该决议“干净彻底地解决了包括台湾在内全中国在联合国的代表权问题”,“合法性不容挑战”。而“美国等一些国家歪曲挑战”这一决议,是践踏“不干涉内政”等国际关系基本准则。
这份2500馀字的立场文件共分3部分。一是声称联合国大会第2758号决议“郑重确认、充分体现了『一个中国』原则”;二是宣称该决议表决的过程表明,“美国等一些国家阻挠国际社会坚持一个中国原则的日子一去不复返了”;三是号称挑战该决议“就是挑战二战后国际秩序和联合国权威,开历史倒车必遭失败”。''',
[R('“中方关于联大第2758号决议的立场文件”','document',[],'China\'s Position Paper on UNGA Resolution 2758 (September 2025)','unknown',['whole-document']),
 R('联大第2758号决议','document',[],GD,G,['whole-document','abbreviated']),
 R('该决议','document',[],'anaphoric: '+GD,G,['anaphoric','whole-document']),
 R('这一决议','document',[],'anaphoric: '+GD,G,['anaphoric','whole-document']),
 R('这份2500馀字的立场文件','document',[],'anaphoric: China\'s position paper','unknown',['anaphoric','whole-document']),
 R('联合国大会第2758号决议','document',[],GD,G,['whole-document']),
 R('该决议','document',[],'anaphoric: '+GD,G,['anaphoric','whole-document']),
 R('该决议','document',[],'anaphoric: '+GD,G,['anaphoric','whole-document'])],
[N('共分3部分','"divided into 3 parts" – a count, not a citation of Part 3'),N('一是','enumeration "first", not a unit'),N('二是','enumeration'),N('三是','enumeration')])

add('zh-007','zh','http://6upaa.com/?tsqbB.html','中新网 (mirror)','2024-05-20',
'''汪文斌:台湾自古以来就是中国领土不可分割的一部分@@*%#,不是一个国家**##%,这是一个国际社会早有定论的问题%*,已成为二战后国际秩序的重要组成部分*#。《开罗宣言》明确要求#%@#*,使日本所窃取于中国之领土@#*,例如东北、台湾、澎湖列岛等@%@%*,归还中国***#@。《波茨坦公告》进一步规定《开罗宣言》条款必将实施#*。日本在其1945年《日本投降条款》及1972年《中日联合声明》中均承诺遵循《波茨坦公告》前述规定*@@。''',
[R('《开罗宣言》','document',[],'Cairo Declaration (1943)','cairo-declaration',['whole-document']),
 R('《波茨坦公告》','document',[],'Potsdam Declaration (1945)','potsdam-declaration',['whole-document']),
 R('《开罗宣言》条款','clause',[],'Cairo Declaration (its terms)','cairo-declaration',['plain']),
 R('1945年《日本投降条款》','document',[],'Japanese Instrument of Surrender (1945)','japan-surrender',['whole-document']),
 R('1972年《中日联合声明》','document',[],'China–Japan Joint Communiqué (1972)','china-japan-1972',['whole-document']),
 R('《波茨坦公告》前述规定','clause',['8'],'anaphoric: the Potsdam Declaration provision just mentioned (Article 8, implementing the Cairo terms)','potsdam-declaration',['anaphoric'])],
[N('二战后国际秩序','"post-WWII international order", not a reference'),N('@@*%#','spam noise inserted by the mirror')])

add('zh-008','zh','http://6upaa.com/?tsqbB.html','中新网 (mirror)','2024-05-20',
'''有记者提问:一个时期以来*##,美方一些人不断散布歪曲联大第2758号决议的言论%@@@,声称该决议“未解决台湾地位”、“不禁止台湾有意义地参与联合国系统”#@#。发言人对此有何评论?''',
[R('联大第2758号决议','document',[],GD,G,['whole-document','abbreviated']),
 R('该决议','document',[],'anaphoric: '+GD,G,['anaphoric','whole-document'])],[])

add('zh-009','zh','http://wy7mx.zjmtchy.com/article/0147f16306430.html','外交部 (mirror of news report)','2024-05-10',
'''杨涛表示,一段时间以来,美国蓄意歪曲挑战1971年联合国大会通过的关于恢复中华人民共和国在联合国合法席位、驱逐蒋介石集团的第2758号决议,炒作所谓“台湾地位未定论”,鼓吹支持台湾参加联合国会议和活动。近日,蓝墨客等美国国务院官员妄称联大第2758号决议“未认可、不等于、不反映对一个中国原则的共识,与各国在同台湾关系方面的主权选择无关,不排除台湾有意义参与联合国系统及其他多边论坛,在台湾最终政治地位问题上不构成联合国体系的立场”。''',
[R('1971年联合国大会通过的关于恢复中华人民共和国在联合国合法席位、驱逐蒋介石集团的第2758号决议','document',[],GD,G,['whole-document']),
 R('联大第2758号决议','document',[],GD,G,['whole-document','abbreviated'])],
[N('所谓“台湾地位未定论”','a theory name, not a document')])

add('zh-010','zh','http://wy7mx.zjmtchy.com/article/0147f16306430.html','(spam mirror page)',None,
'''第1 大尺寸扑克牌马斯克线上约架被母亲取消

第2 欲望的果实薇娅雪梨背后公司纷纷买地盖楼''',
[],
[N('第1','ranking list index ("No. 1"), not a reference'),N('第2','ranking list index, not a reference')])

add('zh-011','zh','https://staging.reportify.cn/news/1170092707666857984','Reportify (summary of 中国新闻网)','2025-09-29',
'''历史背景 - 在第26届联大审议第2758号决议过程中,个别国家曾提出“双重代表权”提案,试图制造“两个中国”或“一中一台”,但该提案未能得逞并沦为废案 [2] - 1971年,第26届联大以压倒性多数通过第2758号决议,恢复了中华人民共和国在联合国的一切合法权利 [1] 法律依据 - 《开罗宣言》和《波茨坦公告》明确规定将日本窃取的台湾和澎湖列岛归还中国,构成了战后国际秩序的重要组成部分 [1]''',
[R('第2758号决议','document',[],GD,G,['whole-document']),
 R('“双重代表权”提案','document',[],'US "dual representation" draft resolution (1971)','unknown',['whole-document']),
 R('该提案','document',[],'anaphoric: "dual representation" draft','unknown',['anaphoric','whole-document']),
 R('第2758号决议','document',[],GD,G,['whole-document']),
 R('《开罗宣言》','document',[],'Cairo Declaration (1943)','cairo-declaration',['whole-document','list']),
 R('《波茨坦公告》','document',[],'Potsdam Declaration (1945)','potsdam-declaration',['whole-document','list'])],
[N('第26届联大','"26th session of the UNGA" – an ordinal session, not a document'),N('[2]','footnote marker'),N('[1]','footnote marker')])

add('zh-012','zh','澳門日報 2022年10月26日 第B06版 (stored copy without address)','澳門日報 / 中通社','2022-10-26',
'''【香港中通社廿五日電】對於美國一些勢力散佈聯大第二七五八號決議未解決台灣地位的謬論,中國外交部發言人汪文斌廿五日主持例行記者會時作出回應。

汪文斌指出,一九七一年十月廿五日,第廿六屆聯合國大會以壓倒性多數通過第二七五八號決議。該決議不僅明確“恢復中華人民共和國的一切權利,承認她的政府的代表為中國在聯合國組織的唯一合法代表”,還要求將台灣當局“代表”從其非法佔據的席位上驅逐出去。''',
[R('聯大第二七五八號決議','document',[],GD,G,['whole-document','number-word','abbreviated']),
 R('第二七五八號決議','document',[],GD,G,['whole-document','number-word']),
 R('該決議','document',[],'anaphoric: '+GD,G,['anaphoric','whole-document'])],
[N('第廿六屆聯合國大會','ordinal session number, not a document'),N('一九七一年十月廿五日','date in number-words, not a reference')])

add('zh-013','zh','澳門日報 2022年10月26日 第B06版 (stored copy without address)','澳門日報 / 中通社','2022-10-26',
'''汪文斌說,近年來,美方一些勢力惡意曲解聯大第二七五八號決議,散佈“二七五八號決議未解決台灣地位”的謬論,炒作所謂“台灣參與聯合國系統”,試圖虛化、掏空一個中國原則,''',
[R('聯大第二七五八號決議','document',[],GD,G,['whole-document','number-word','abbreviated']),
 R('二七五八號決議','document',[],GD,G,['whole-document','number-word'])],[])

add('zh-014','zh','http://flyvenus.net/guonei/2021/1101/29639.html','文匯報 (mirror)','2021-11-01',
'''汪文斌表示,美方的有關言論是對歷史事實的歪曲,我愿借此機會給大家還原一些事實的真相。50年前,在聯大審議“兩阿提案”也就是第2758號決議案之前,美國等少數國家為了保留臺灣當局在聯合國的席位,曾經提出所謂的“逆重要問題和雙重代表權提案”。''',
[R('“兩阿提案”也就是第2758號決議案','document',[],'Albania–Algeria draft that became '+GD,G,['whole-document']),
 R('“逆重要問題和雙重代表權提案”','document',[],'US "reverse important question" and "dual representation" drafts (1971)','unknown',['whole-document'])],
[N('50年前','"50 years ago", not a reference')])

add('hy-003','hy','https://www.azatutyun.am/a/32418813.html','Ազատություն ռադիոկայան','2023-05-19',
'''«2020 թվականի նոյեմբերի 9-ի հայտարարությունում շատ հստակ ձևակերպված է Լաչինի միջանցքի վերաբերյալ ռեժիմը։ Լաչինի միջանցքը պետք է մնա Ռուսաստանի Դաշնության վերահսկողության տակ, բայց, ցավոք, այժմ անհնար է արձանագրել, որ Ռուսաստանի Դաշնությունը վերահսկում է Լաչինի միջանցքը», - ասել է Միրզոյանը:

Ռուսաստանի արտգործնախարար Սերգեյ Լավրովն իր խոսքում հավաստիացրել է, որ Մոսկվան մտադիր է անել հնարավորը այսօրվա եռակողմ հանդիպման ընթացքում արդյունքների հասնելու համար:

«Երեք երկրների ղեկավարների կողմից ստորագրված եռակողմ հայտարարությունների և համաձայնագրերի դերը պետք է որոշիչ լինի բոլոր հարցերի շուրջ բոլոր լուծումները գտնելու գործում», -''',
[R('2020 թվականի նոյեմբերի 9-ի հայտարարությունում','document',[],TD,T,['whole-document']),
 R('Երեք երկրների ղեկավարների կողմից ստորագրված եռակողմ հայտարարությունների և համաձայնագրերի','document',[],'trilateral statements signed by the three leaders (9 Nov 2020, 11 Jan 2021, 26 Nov 2021, 31 Oct 2022)','trilateral-2020-11-10',['whole-document'])],
[N('այսօրվա եռակողմ հանդիպման','"today\'s trilateral meeting" – an event, not a document')])

add('hy-004','hy','https://armeniatoday.news/hy/republicofartsakh/453999','Armenia Today',None,
'''Նա նշեց, որ հայկական կողմի դիքրորոշումն արտացոլվում է նոյեմբերի 9-ի եռակողմ հայտարարության մեջ ամրագրված՝ Լաչինի միջանցքով շարժի սահմանափակումների բացառմանը։''',
[R('նոյեմբերի 9-ի եռակողմ հայտարարության մեջ','document',[],TD+' (provision on the Lachin corridor, point 6)',T,['whole-document'])],[])

add('hy-005','hy','https://www.golosarmenii.am/article/178058/','Голос Армении',None,
'''Լաչինի միջանցքում հսկիչ անցագրային կետի տեղադրումը 2020 թվականի նոյեմբեի 9-ի եռակողմ հայտարարության 6-րդ կետի կոպտագույն խախտում է, կառավարության նիստին հայտարարեց վարչապետ Նիկոլ Փաշինյանը։
2020 թվականի նոյեմբերի 9-ից ի վեր, նրա խոսքով, Ադրբեջանը խախտել է եռակողմ հայտարարության բոլոր կետերը։''',
[R('2020 թվականի նոյեմբեի 9-ի եռակողմ հայտարարության 6-րդ կետի','point',['6'],TD,T,['plain','ordinal']),
 R('եռակողմ հայտարարության բոլոր կետերը','point',[],'all points of '+TD,T,['anaphoric'])],
[N('հսկիչ անցագրային կետի','"checkpoint" – կետ means "point/post" here, not a document point'),N('2020 թվականի նոյեմբերի 9-ից ի վեր','"since 9 November 2020" – a date, not a reference')])

add('hy-006','hy','https://www.golosarmenii.am/article/178058/','Голос Армении',None,
'''Ադրբեջանն էլ չպետք է խոչընդոտի միջանցքով ազատ երթևեկությունը։ Սա ճշգրիտ այն է, ինչ նախատեսված է 2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարությամբ», - ասաց վարչապետը։''',
[R('2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարությամբ','document',[],TD,T,['whole-document'])],[])

add('hy-007','hy','https://azat.tv/rd-khaghaghapahner/','Azat TV',None,
'''ՌԴ խաղաղապահների գործելակերպը հակասում է եռակողմ հայտարարությանը․ Փաշինյան''',
[R('եռակողմ հայտարարությանը','document',[],TD,T,['headline','whole-document'])],[])

add('hy-008','hy','https://azat.tv/rd-khaghaghapahner/','Azat TV',None,
'''Նրա խոսքով՝ այդ գործելակերպը հակասում է նոյեմբերի 9-ի եռակողմ հայտարարության այն կետին, որ Լաչինը նախատտեսված է Հայաստանի ու Լեռնային Ղարաբաղի անխափան կապն ապահովելու համար։

Հիշեցնենք, որ ավելի վաղ հայտնի էր դարձել, որ «Հայաստան» խմբակցության պատգամավորներին խաղաղապահները չէին թույլատրել մտնել Արցախ։ Այս մասին հայտարարություն էր տարածել նաև ՀՀ ԱԳՆ-ն։''',
[R('նոյեմբերի 9-ի եռակողմ հայտարարության այն կետին','point',['6'],TD+' (the point on the Lachin corridor, identified by content)',T,['plain'])],
[N('Այս մասին հայտարարություն էր տարածել նաև ՀՀ ԱԳՆ-ն','an unidentified MFA statement mentioned, not cited (judgement call)')])

add('hy-009','hy','https://168.am/2023/04/25/1865470.html','168 Ժամ','2023-04-25',
'''Ադրբեջանն ապրիլի 23-ին անցակետ է տեղադրել Լաչինի միջանցքում՝ Հակարի կամրջի վրա։ Ադրբեջանի այս քայլը դատապարտող հայտարարություններ են տարածել Հայաստանի և Արցախի արտաքին գործերի նախարարությունները՝ շեշտելով, որ դա հակասում է 2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարությանը։''',
[R('2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարությանը','document',[],TD,T,['whole-document'])],
[N('ապրիլի 23-ին','date'),N('դատապարտող հայտարարություններ','unidentified statements, not cited')])

add('hy-010','hy','https://shamshyan.com/hy/article/2021/09/07/1195509','Shamshyan.com','2021-09-07',
'''«Այս գործողությունը չի համապատասխանում 2020թ․ նոյեմբերի 9-ի եռակողմ հայտարարության ոգուն և խաթարում է տարածաշրջանում տևական խաղաղություն, անվտանգություն և կայունություն հաստատելու ջանքերը»,- նշել է Վահան Հունանյանը:''',
[R('2020թ․ նոյեմբերի 9-ի եռակողմ հայտարարության','document',[],TD+' ("the spirit of")',T,['whole-document'])],[])

add('uk-006','uk','https://uk.wikisource.org/wiki/Статут_Організації_Об\'єднаних_Націй/Розділ_V/Стаття_31','Вікіджерела',None,
'''Статут Організації Об'єднаних Націй/Розділ V/Стаття 31
Перейти до навігації
Перейти до пошуку
←Стаття 30 | Статут Організації Об'єднаних Націй Стаття 31 |
Стаття 32→ |''',
[R("Статут Організації Об'єднаних Націй/Розділ V/Стаття 31",'article',['31'],UCD,UC,['headline','nested'],parent=('chapter',['V'])),
 R('←Стаття 30','article',['30'],'navigation link within '+UCD,UC,['anaphoric']),
 R("Статут Організації Об'єднаних Націй Стаття 31",'article',['31'],UCD,UC,['plain']),
 R('Стаття 32→','article',['32'],'navigation link within '+UCD,UC,['anaphoric'])],
[N('Перейти до навігації','navigation text'),N('Перейти до пошуку','navigation text')])

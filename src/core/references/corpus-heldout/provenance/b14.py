from lib import *
add('ho-de-012','de','http://www.nordbayern.de/die-un-resolution-2334-gegen-israels-siedlungspolitik-1.5707540?rssPage=bm9yZGJheWVybi5kZQ==','nordbayern.de (dpa)','2016-12-24',
"""Die UN-Resolution 2334 gegen Israels Siedlungspolitik

vor 1 Stunde

TEL AVIV - Der Weltsicherheitsrat hat eine Resolution gegen Israels Siedlungspolitik verabschiedet. Dies sind die wichtigsten Punkte von Resolution 2334:

- Israels Siedlungsbau in den besetzten Palästinensergebieten seit 1967, einschließlich von Ost-Jerusalem, verstößt gegen internationales Recht und gefährdet die Vision von zwei Staaten, die in Frieden und Sicherheit Seite an Seite leben.

- Alle Staaten müssen unterscheiden zwischen dem Gebiet des Staates Israel und den seit 1967 besetzten Gebieten.

- Der UN-Generalsekretär muss dem Sicherheitsrat alle drei Monate Bericht erstatten über die Umsetzung der Vorgaben dieser Resolution.""".replace("""

- Alle Staaten""","""

- Israel muss alle Siedlungsaktivitäten in den besetzten Palästinensergebieten einschließlich Ost-Jerusalem sofort stoppen. Negative Trends, die eine Zwei-Staaten-Lösung gefährden, müssen rückgängig gemacht werden. Änderungen des Grenzverlaufs von 1967, auch in Jerusalem, können nur von beiden Seiten im Rahmen von Friedensverhandlungen vereinbart werden.

- Alle Gewalttaten gegen Zivilisten, einschließlich von Terroranschlägen, sowie Akte der Provokation und Zerstörung müssen verhindert werden. Beide Seiten müssen ihre gemeinsamen Bemühungen im Kampf gegen Terrorismus verstärken und alle Terrorakte klar verurteilen.

- Beide Seiten müssen Provokationen und Hetze unterlassen, um Ruhe zu gewährleisten und Vertrauen wiederherzustellen.

- Alle Parteien müssen sich um die Wiederaufnahme ernsthafter Verhandlungen über die Kernfragen im Nahost-Konflikt bemühen.

- Alle Staaten"""),
[R('Die UN-Resolution 2334','document',[],'UNSC resolution 2334 (2016) (headline)','unsc-2334',['whole-document','headline']),
 R('eine Resolution gegen Israels Siedlungspolitik','document',[],'UNSC resolution 2334 (2016)','unsc-2334',['whole-document']),
 R('die wichtigsten Punkte von Resolution 2334','paragraph',[],'UNSC resolution 2334 (its main points, unnumbered)','unsc-2334',['plain']),
 R('dieser Resolution','document',[],'quoted self-reference in the paraphrase of op. para 12: resolution 2334','unsc-2334',['anaphoric','whole-document'])],
[N('TEL AVIV -','dateline'),N('seit 1967','year'),N('alle drei Monate','frequency'),N('vor 1 Stunde','timestamp')])

add('ho-de-013','de','https://de.wiki.li/Resolution_2334_des_UN-Sicherheitsrates','wiki.li (copy of German Wikipedia)',None,
"""Die Resolution 2334 des UN-Sicherheitsrates wurde am 23. Dezember 2016 auf der 7853. Sitzung des UN-Sicherheitsrates mit 14 Stimmen ohne Gegenstimme angenommen, mit einer Enthaltung (Vereinigte Staaten). Der Sicherheitsrat bekräftigt darin, dass Israels Siedlungen keine rechtliche Gültigkeit besitzen und eine flagrante Verletzung des Völkerrechts darstellen.

Zunächst wird die Gültigkeit der vorhergehenden Resolutionen 242 (1967), 338 (1973), 446 (1979), 452 (1979), 465 (1980), 476 (1980), 478 (1980), 1397 (2002), 1515 (2003) und 1850 (2008) zu diesem Thema bekräftigt. Besonders hervorgehoben wird die Resolution 1515 (2003) mit dem Fahrplan des Nahost-Quartetts, wonach Israel verpflichtet ist, jegliche Siedlungstätigkeit, einschließlich des „natürlichen Wachstums“, einzufrieren und alle seit März 2001 errichteten Siedlungsaußenposten abzubauen.""",
[R('Die Resolution 2334 des UN-Sicherheitsrates','document',[],'UNSC resolution 2334 (2016)','unsc-2334',['whole-document']),
 R('darin','document',[],'anaphoric pronoun: resolution 2334','unsc-2334',['anaphoric','whole-document']),
 R('Resolutionen 242 (1967)','document',[],'UNSC resolution 242 (1967)','unsc-242',['list']),
 R('338 (1973)','document',[],'UNSC resolution 338 (1973)','unsc-338',['list']),
 R('446 (1979)','document',[],'UNSC resolution 446 (1979)','unsc-446',['list']),
 R('452 (1979)','document',[],'UNSC resolution 452 (1979)','unsc-452',['list']),
 R('465 (1980)','document',[],'UNSC resolution 465 (1980)','unsc-465',['list']),
 R('476 (1980)','document',[],'UNSC resolution 476 (1980)','unsc-476',['list']),
 R('478 (1980)','document',[],'UNSC resolution 478 (1980)','unsc-478',['list']),
 R('1397 (2002)','document',[],'UNSC resolution 1397 (2002)','unsc-1397',['list']),
 R('1515 (2003)','document',[],'UNSC resolution 1515 (2003)','unsc-1515',['list']),
 R('1850 (2008)','document',[],'UNSC resolution 1850 (2008)','unsc-1850',['list']),
 R('die Resolution 1515 (2003)','document',[],'UNSC resolution 1515 (2003)','unsc-1515',['whole-document']),
 R('dem Fahrplan des Nahost-Quartetts','document',[],'Quartet Roadmap (2003)','quartet-roadmap-2003',['whole-document'])],
[N('auf der 7853. Sitzung','meeting number'),N('mit 14 Stimmen','vote count'),N('seit März 2001','date')], allow_overlap=True)

add('ho-zh-007','zh','https://kuaihz.com/tid5/tid498_703795.html','快好知 (学术文章转载)',None,
"""但联合国本身并非一成不变,冷战结束至今,联合国本身对“不干涉内政”规范的认知和实践发生了一系列演变。面对联合国逐渐变化的“不干涉内政”规范,中国并非像一些学者所言的那样一直固守着传统的认知和行为模式。本文尝试以中国在安理会的投票数据为基础,结合对具体案例的分析,说明中国在联合国观念变化的影响下,对“不干涉内政”原则的认知和实践的变化。
一、联合国对“不干涉内政”认知的变化与实践的演进:从“建立和平”到“保护的责任”
从《联合国宪章》(简称《宪章》)开篇文句看,联合国原则上不得干涉一国“内政”。所谓内政,是指本质上属于一国国内的事项,即属于国家主权范围内的事务。具体是指国家在宪法中规定的事项,以及与国家行使主权相联系的对内和对外活动。[4]“不干涉内政”原则,是从国家主权原则引申出来的原则。[5]
现有国际法中“不干涉内政”原则的主要来源,是《宪章》第二条规定的“七原则”中的第一、""",
[R('本文','document',[],'self: the article itself','self',['self']),
 R('《联合国宪章》','document',[],'UN Charter','un-charter',['whole-document']),
 R('《宪章》','document',[],'UN Charter (abbreviation defined in text)','un-charter',['whole-document','abbreviated']),
 R('开篇文句','clause',[],'opening words (preamble) of the UN Charter','un-charter',['anaphoric']),
 R('《宪章》第二条','article',['2'],'UN Charter (Chinese number word 二)','un-charter',['number-word','abbreviated'])],
[N('一、','the article\'s own section number'),N('[4]','footnote marker'),N('[5]','footnote marker'),N('“七原则”中的第一','"the first of the seven principles": ordinal of a principle, not a document unit (judgement call)'),N('宪法','constitutions in general')])

add('ho-zh-008','zh','http://www.digipub.cc/dy/article/KM5ROOKT0514DG98.html?f=post2020_dy_recommends','网易号 (新华社)','2026-02-19',
"""新華社聯合國2月18日電 中國常駐聯合國代表傅聰18日在《聯合國憲章》和加強聯合國作用特別委員會2026年屆會上代表“全球治理之友小組”49個成員作共同發言,強調捍衛《聯合國憲章》,堅守國際法治。
共同發言說,《聯合國憲章》是處理國際關系的根本遵循,是奠定現代國際秩序的基石,其確立的主權平等、不干涉內政、禁止使用武力等國際法基本原則必須得到遵守和執行。國家無論大小、強弱、貧富,一律平等。各國應相互尊重,和平共處,共同維護以國際法為基礎的國際秩序,確保國際規范平等統一適用,摒棄雙重標準和選擇性適用。
共同發言強調,踐行真正的多邊主義,注重行動導向。堅持根據《憲章》第六章和平解決爭端,反對單邊制裁。《憲章》第33條規定了多種爭端解決方式。""",
[R('共同發言','document',[],'Joint statement of the Group of Friends of Global Governance (18 Feb 2026)','unknown',['whole-document']),
 R('《聯合國憲章》','document',[],'UN Charter','un-charter',['whole-document']),
 R('共同發言','document',[],'anaphoric: the joint statement','unknown',['anaphoric','whole-document']),
 R('《聯合國憲章》','document',[],'UN Charter','un-charter',['whole-document']),
 R('共同發言','document',[],'anaphoric: the joint statement','unknown',['anaphoric','whole-document']),
 R('《憲章》第六章','chapter',['VI'],'UN Charter (number word 六)','un-charter',['number-word','abbreviated']),
 R('《憲章》第33條','article',['33'],'UN Charter','un-charter',['abbreviated'])],
[N('《聯合國憲章》和加強聯合國作用特別委員會','committee name (Special Committee on the Charter), not a citation of the Charter'),N('49個成員','count'),N('2026年屆會','session')])

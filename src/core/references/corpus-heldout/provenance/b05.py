from lib import *
add('ho-zh-001','zh','https://zh.m.wikisource.org/zh-hant/%E8%81%94%E5%90%88%E5%9B%BD%E5%AE%89%E7%90%86%E4%BC%9A%E7%AC%AC2334%E5%8F%B7%E5%86%B3%E8%AE%AE','维基文库 (UN Security Council resolution 2334, Chinese text)','2016-12-23',
"""聯合國安理會第2334號決議
← | 聯合國安理會第2333(2016)號決議 | 聯合國安理會第2334(2016)號決議 2016年12月23日 |
聯合國安理會第2335(2016)號決議 |
|
維基百科條目:聯合國安全理事會第2334號決議 |
安全理事會,
- 重申其各項有關決議,包括第242(1967)、338(1973)、446(1979)、452(1979)、465(1980)、476(1980)、478(1980)、1397(2002)、1515(2003)和1850(2008)號決議,
- 遵循《聯合國憲章》的宗旨和原則,除其他外重申不容許以武力奪取領土,
- 再次申明占領國以色列有義務嚴格遵守1949年8月12日《關於戰時保護平民之日內瓦公約》規定的法律義務和責任,並回顧國際法院2004年7月9日發表的諮詢意見,""",
[R('聯合國安理會第2334號決議','document',[],'self: title of UNSC resolution 2334 (page heading)','unsc-2334',['whole-document','headline']),
 R('聯合國安理會第2333(2016)號決議','document',[],'UNSC resolution 2333 (2016) (navigation link)','unsc-2333',['whole-document']),
 R('聯合國安理會第2334(2016)號決議','document',[],'UNSC resolution 2334 (2016) (navigation)','unsc-2334',['whole-document']),
 R('聯合國安理會第2335(2016)號決議','document',[],'UNSC resolution 2335 (2016) (navigation link)','unsc-2335',['whole-document']),
 R('維基百科條目:聯合國安全理事會第2334號決議','document',[],'link to the Wikipedia article on resolution 2334; judgement call: labelled as reference to 2334','unsc-2334',['whole-document']),
 R('其各項有關決議','document',[],'anaphoric: its relevant resolutions (listed next)','unknown',['anaphoric','whole-document']),
 R('第242(1967)','document',[],'UNSC resolution 242 (1967)','unsc-242',['list']),
 R('338(1973)','document',[],'UNSC resolution 338 (1973)','unsc-338',['list']),
 R('446(1979)','document',[],'UNSC resolution 446 (1979)','unsc-446',['list']),
 R('452(1979)','document',[],'UNSC resolution 452 (1979)','unsc-452',['list']),
 R('465(1980)','document',[],'UNSC resolution 465 (1980)','unsc-465',['list']),
 R('476(1980)','document',[],'UNSC resolution 476 (1980)','unsc-476',['list']),
 R('478(1980)','document',[],'UNSC resolution 478 (1980)','unsc-478',['list']),
 R('1397(2002)','document',[],'UNSC resolution 1397 (2002)','unsc-1397',['list']),
 R('1515(2003)','document',[],'UNSC resolution 1515 (2003)','unsc-1515',['list']),
 R('1850(2008)號決議','document',[],'UNSC resolution 1850 (2008)','unsc-1850',['list']),
 R('《聯合國憲章》','document',[],'UN Charter','un-charter',['whole-document']),
 R('1949年8月12日《關於戰時保護平民之日內瓦公約》','document',[],'Fourth Geneva Convention of 12 August 1949','geneva-iv-1949',['whole-document']),
 R('國際法院2004年7月9日發表的諮詢意見','document',[],'ICJ Advisory Opinion of 9 July 2004 (Wall)','icj-wall-2004',['whole-document'])],
[N('2016年12月23日','date of adoption'),N('安全理事會,','the resolution\'s opening words, not a citation'),N('- ','bullet marker of preambular paragraph')])

add('ho-zh-002','zh','https://zh.wikipedia.org/wiki/%E8%81%94%E5%90%88%E5%9B%BD%E5%AE%89%E5%85%A8%E7%90%86%E4%BA%8B%E4%BC%9A%E7%AC%AC2334%E5%8F%B7%E5%86%B3%E8%AE%AE','维基百科',None,
"""联合国安全理事会第2334号决议根据联合国宪章第六章英语Chapter VI of the United Nations Charter关注自1967年以来,以色列占领的包括东耶路撒冷在内的巴勒斯坦领土(以色列把这些领土设为定居点)。该决议指出,以色列的定居活动是“公然违反”国际法的,并且“没有法律效力”。决议要求以色列马上停止这种活动并履行日内瓦第四公约中规定的占领国的义务[1][2]

这是自2009年以来第一个通过关于以色列和巴勒斯坦的联合国安理会决议[3],也是自1980年的第465号决议英语United Nations Security Council Resolution 465以来第一次解决这类特殊情况的问题[4][5]。""",
[R('联合国安全理事会第2334号决议','document',[],'UNSC resolution 2334 (2016)','unsc-2334',['whole-document']),
 R('联合国宪章第六章','chapter',['VI'],'UN Charter (Chinese number word 六)','un-charter',['number-word']),
 R('Chapter VI of the United Nations Charter','chapter',['VI'],'UN Charter (interlanguage link text left in the page)','un-charter',['plain']),
 R('该决议','document',[],'anaphoric: resolution 2334','unsc-2334',['anaphoric','whole-document']),
 R('决议','document',[],'anaphoric: resolution 2334','unsc-2334',['anaphoric','whole-document']),
 R('日内瓦第四公约','document',[],'Fourth Geneva Convention (1949)','geneva-iv-1949',['whole-document','ordinal']),
 R('1980年的第465号决议','document',[],'UNSC resolution 465 (1980)','unsc-465',['whole-document']),
 R('United Nations Security Council Resolution 465','document',[],'UNSC resolution 465 (link text)','unsc-465',['whole-document'])],
[N('[1][2]','footnote markers'),N('[4][5]','footnote markers'),N('第一个通过关于以色列和巴勒斯坦的联合国安理会决议','"the first ... resolution": ordinal that cites no particular document'),N('自1967年以来','date')])

add('ho-zh-003','zh','http://www.sinology.cn/cosbu/news/show.php?itemid=28778l','新国学网 (中国新闻网)','2019-11-21',
"""中新社联合国11月20日电 (记者 马德林)联合国安理会20日举行巴勒斯坦问题公开会,绝大多数与会国家反对以色列兴建定居点,认为其行为违反国际法,并敦促其停止建设。

美国国务卿蓬佩奥18日称,基于约旦河西岸定居点的特殊情况、历史和现实因素,美国不再认为定居点违反国际法。此举遭到国际社会的广泛反对。安理会2016年通过第2334号决议,认定以色列在1967年以来被占领的巴勒斯坦领土包括东耶路撒冷设立定居点违反国际法,要求以色列“立即完全停止一切定居点活动”。""",
[R('安理会2016年通过第2334号决议','document',[],'UNSC resolution 2334 (2016)','unsc-2334',['whole-document'])],
[N('中新社联合国11月20日电','dateline'),N('巴勒斯坦问题公开会','a meeting, not a document')])

add('ho-zh-004','zh','http://int.cssn.cn/gj/gj_gjzl/gj_sdgc/201612/t20161226_3357778.shtml','中国社会科学网 (人民日报)','2016-12-26',
"""人民日报开罗12月25日电 (记者韩晓明)阿拉伯国家联盟(阿盟)24日发表声明,对联合国安理会23日就以色列定居点问题通过的决议表示欢迎。

  阿盟秘书长盖特在声明中说,此项决议获得安理会绝大多数成员支持,是近年来安理会就巴以问题通过的一份重要决议。他就此向巴勒斯坦政府和人民表示祝贺。

  联合国安理会23日以14票赞成、1票弃权的结果通过决议,重申以色列在巴勒斯坦被占领土上的定居点活动“违反国际法”,敦促以色列停止一切定居点活动。

  盖特说:“此项决议的通过反映国际社会广泛支持巴勒斯坦人民争取其合法权利的斗争,即以东耶路撒冷为首都建立独立的巴勒斯坦国。”

  盖特表示,他期待这一决议的通过可以向以色列方面施加压力,促使其遵守包括此项决议在内的一系列相关国际决议。""",
[R('24日发表声明','document',[],'Statement of the Arab League of 24 December 2016','unknown',['whole-document']),
 R('联合国安理会23日就以色列定居点问题通过的决议','document',[],'UNSC resolution 2334 (2016), identified by date and subject','unsc-2334',['whole-document']),
 R('声明','document',[],'anaphoric: the Arab League statement','unknown',['anaphoric','whole-document']),
 R('此项决议','document',[],'anaphoric: resolution 2334','unsc-2334',['anaphoric','whole-document']),
 R('决议','document',[],'anaphoric: resolution 2334','unsc-2334',['anaphoric','whole-document']),
 R('此项决议','document',[],'anaphoric: resolution 2334','unsc-2334',['anaphoric','whole-document']),
 R('这一决议','document',[],'anaphoric: resolution 2334','unsc-2334',['anaphoric','whole-document']),
 R('此项决议','document',[],'anaphoric: resolution 2334','unsc-2334',['anaphoric','whole-document'])],
[N('14票赞成、1票弃权','vote count'),N('一系列相关国际决议','vague set of unidentified resolutions'),N('一份重要决议','"an important resolution": evaluative, no new citation')])

add('ho-zh-005','zh','https://udn.com/news/story/124658/9158007','聯合新聞網','2025-11-23',
"""日本首相高市早苗7日的「台灣有事」相關發言引發中日緊張升高，中國大陸駐日大使館21日的社媒發文暗示，根據聯合國憲章中的「敵國條款」，有權直接對日動武。日本外務省23日終於對此做出回應。

中國駐日使館21日在社媒發文暗示，若日本發動侵略，鑒於日本是二戰中的敵國，北京有權援引包含該憲章第53、77及107條，直接對日採取軍事行動，無需聯合國安理會授權。

儘管遲了2天，但外務省23日也透過社媒發文回應。該發文寫道，對該憲章中的敵國條款，1995年聯合國大會第50／52決議提到，相關規定已「過時」，且聯大當年表決時獲壓倒性通過。

不過該發文沒講的是，該決議僅具建議性質，並無拘束力，因此該憲章至今仍保留相關條款。""",
[R('聯合國憲章中的「敵國條款」','clause',[],'UN Charter enemy-state clauses (Arts 53, 77, 107)','un-charter',['plain']),
 R('該憲章第53、77及107條','article',['53','77','107'],'anaphoric: UN Charter','un-charter',['anaphoric','list']),
 R('該憲章中的敵國條款','clause',[],'anaphoric: enemy-state clauses of the UN Charter','un-charter',['anaphoric']),
 R('1995年聯合國大會第50／52決議','document',[],'UNGA resolution 50/52 (1995)','unga-50-52',['whole-document']),
 R('相關規定','clause',[],'anaphoric: the enemy-state provisions of the Charter','un-charter',['anaphoric']),
 R('該決議','document',[],'anaphoric: UNGA resolution 50/52','unga-50-52',['anaphoric','whole-document']),
 R('該憲章','document',[],'anaphoric: UN Charter','un-charter',['anaphoric','whole-document']),
 R('相關條款','clause',[],'anaphoric: enemy-state clauses','un-charter',['anaphoric'])],
[N('「台灣有事」','quoted phrase, not a document'),N('社媒發文','social media post; judgement call: not labelled'),N('該發文','anaphor to a social-media post, not an official document (judgement call)')])

add('ho-zh-006','zh','https://tw.bg3.co/a/14-0-lian-he-guo-yi-se-lie-bu-neng-zai-fei-fa-zhan-ling-ba-le-si-tan-ling-tu.html','bg3.co (ETtoday re-post)','2016-12-24',
"""14:0! 聯合國:以色列不能再非法佔領巴勒斯坦領土

聯合國總部。(圖/翻攝自@theIMEU  Twitter)

國際中心綜合報導

聯合國安全理事會在23日以14比0表決通過《2334號決議》,禁止以色列巴勒斯坦境內東耶路撒冷進行屯墾,此舉引發以色列總理納坦雅胡(Benjamin Netanyahu)強烈不滿。儘管美國總統當選人川普施壓,要求美國動用否決權,歐巴馬政府仍於23日在安理會投票棄權,使得《2334號決議》通過。""",
[R('《2334號決議》','document',[],'UNSC resolution 2334 (2016)','unsc-2334',['whole-document','abbreviated']),
 R('《2334號決議》','document',[],'UNSC resolution 2334 (2016)','unsc-2334',['whole-document','abbreviated'])],
[N('14:0!','vote count in headline'),N('14比0','vote count'),N('@theIMEU','social media handle')])

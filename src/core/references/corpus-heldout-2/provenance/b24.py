import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'; NT='nato-treaty'
t=J(r"外交部發(fā)言人耿爽1日表示,聯(lián)合國安理會11月30日通過的涉朝鮮第2321號決議應(yīng)得到全面、平衡的執(zhí)行。\n當日例行記者會上,有記者問:當?shù)貢r間11月30日,聯(lián)合國安理會通過涉朝問題新決議。有分析認為,此次是安理會近年來對一國采取的最嚴厲制裁。中方對新的涉朝決議有何評論?\n耿爽說,11月30日,安理會一致通過第2321號決議。中國常駐聯(lián)合國代表劉結(jié)一大使在表決后已經(jīng)做了解釋性發(fā)言,全面闡述了中方立場。在此我強調(diào)以下幾點:\n第一,第2321號決議既表明了國際社會反對朝鮮發(fā)展核導(dǎo)計劃、維護國際核不擴散體系的一致立場,也重申了維護朝鮮半島和東北亞和平與穩(wěn)定,以和平、外交和政治方式解決問題,支持恢復(fù)六方會談和“9·19”共同聲明等一系列承諾。第2321號決議既出臺了新的措施,體現(xiàn)了安理會的決心,也指出要避免對朝鮮民生和人道需求造成不利后果,無意對正常經(jīng)貿(mào)活動產(chǎn)生負面影響。我們主張,第2321號決議應(yīng)得到全面、平衡的執(zhí)行。")
U='unsc-2321'
add('h2-zh-001','zh','http://stlouistrafficticketlawfirm.com/news/content/2016-12/01/content_3110617.htm','spam mirror of 海口网 (Chinese MFA spokesperson Geng Shuang), pinyin-garbled characters kept','2016-12-01',t,[
 R('涉朝鮮第2321號決議','document',[],'UNSC resolution 2321 (2016) on the DPRK',U,['whole-document']),
 R('涉朝問題新決議','document',[],'"the new resolution on the DPRK issue" = 2321',U,['anaphoric','whole-document']),
 R('新的涉朝決議','document',[],'"the new DPRK resolution" = 2321',U,['anaphoric','whole-document']),
 R('第2321號決議','document',[],'UNSC resolution 2321',U,['whole-document']),
 R('第2321號決議','document',[],'UNSC resolution 2321',U,['whole-document']),
 R('“9·19”共同聲明','document',[],'Joint Statement of the Six-Party Talks of 19 Sept 2005','six-party-joint-statement-2005',['whole-document','abbreviated']),
 R('第2321號決議','document',[],'UNSC resolution 2321',U,['whole-document']),
 R('第2321號決議','document',[],'UNSC resolution 2321',U,['whole-document']),
],near=[N('第一,','ordinal discourse marker "first"'),N('11月30日','date'),N('解釋性發(fā)言','explanation of vote: not identified as a document'),N('一系列承諾','"a series of commitments": generic')])

t=J(r"中新网北京10月23日电 (记者 李京泽 黄钰钦)中国外交部发言人郭嘉昆23日主持例行记者会。\n外交部发言人郭嘉昆。薛伟 摄有记者提问:10月24日是联合国日,也是联合国宪章生效80周年纪念日。面对动荡不安的世界,绝大多数国家都呼吁要继续捍卫联合国地位,强化联合国作用。但同时国际上也有一些质疑之声,称联合国“失效”、国际法“失灵”、多边主义“失能”,甚至称“联合国已经失败”。发言人对此有何评论?\n郭嘉昆:联合国是当今世界最具普遍性、代表性和权威性的政府间国际组织,80年来为维护和平、促进发展、改善民生发挥了不可替代的作用。在联合国,国家不分大小强弱,都是平等一员,拥有同等的发声机会,能够公平参与国际规则谈判、共享可持续发展成果。\n联合国宪章宗旨和原则构成国际法的基础,是践行国际法治的“规矩”。没有规矩,不成方圆。当今世界乱象频出,正是由于个别国家对联合国宪章合则用、不合则弃。一个没有联合国的世界,将退回到弱肉强食的丛林,犹如没有红绿灯的路口,横冲直撞、事故频发将成为常态。\n面对层出不穷的全球性挑战,不断加重的和平、发展、安全、治理四大赤字,联合国发展走到了历史的十字路口。在此背景下,中国作为负责任大国,提出全球发展倡议、全球安全倡议、全球文明倡议和全球治理倡议,就是为了更好维护和践行真正的多边主义")
add('h2-zh-002','zh','http://us.usy7.cc/20251025869065/usy4690944.ppt','spam mirror of 中新网 (Chinese MFA spokesperson Guo Jiakun)',None,t,[
 R('联合国宪章','document',[],'UN Charter (80th anniversary of entry into force)',UN,['whole-document']),
 R('联合国宪章','document',[],'UN Charter (purposes and principles)',UN,['whole-document']),
 R('联合国宪章','document',[],'UN Charter',UN,['whole-document']),
],near=[N('80周年纪念日','anniversary'),N('全球发展倡议、全球安全倡议、全球文明倡议和全球治理倡议','policy initiatives, not cited as documents'),N('四大赤字','"four deficits": count'),N('10月24日','date')])

t=J(r"北京青年报\n外交部:联合国安理会第2231号决议应得到准确解读和完整执行\n北京青年报客户端 2023-07-07 15:43\n\n7月7日,外交部发言人汪文斌主持例行记者会。\n\n有记者提问,7月6日,联合国安理会举行伊核问题公开会。英国、法国、德国在会后发表联合声明,指责伊朗不断升级核活动违反伊核全面协议,伊朗发展弹道导弹、向俄罗斯转让无人机等违反安理会第2231号决议,严重关切第2231号决议将于今年10月解除对伊导弹限制措施。请问中方对此有何评论?\n\n“中方注意到英国、法国、德国发表的联合声明。”汪文斌强调,联合国安理会第2231号决议相关规定应得到准确解读和完整执行,这事关安理会决议的权威性和有效性。安理会第2231号决议的核心是执行伊核全面协议。当前伊核局势的症结在于,美国单方面退出全面协议,并对伊极限施压,伊方采取相应反制措施。当务之急是,有关各方通过对话谈判恢复全面协议的完整有效执行,并避免采取任何升级局势、激化矛盾的举措,为外交努力创造条件。\n\n汪文斌说,中方将继续同有关各方保持沟通协调,推动全面协议早日重返正轨,维护安理会第2231号决议的权威性和有效性,推进伊核问题的政治外交解决。")
U='unsc-2231'; JC='jcpoa-2015'; E3='unknown'
add('h2-zh-003','zh','https://app.bjtitle.com/8816/newshow.php?did=d1d2390ef7d14461959a52d97f48662a&mood=wx&newsid=6372967&typeid=91','北京青年报 (Chinese MFA spokesperson Wang Wenbin)','2023-07-07',t,[
 R('联合国安理会第2231号决议','document',[],'UNSC resolution 2231 (2015) (headline)',U,['whole-document','headline']),
 R('联合声明','document',[],'E3 joint statement of 6 July 2023',E3,['whole-document']),
 R('伊核全面协议','document',[],'Joint Comprehensive Plan of Action',JC,['whole-document']),
 R('安理会第2231号决议','document',[],'UNSC resolution 2231',U,['whole-document']),
 R('第2231号决议','document',[],'UNSC resolution 2231',U,['whole-document','abbreviated']),
 R('英国、法国、德国发表的联合声明','document',[],'anaphoric: the E3 joint statement',E3,['anaphoric','whole-document']),
 R('联合国安理会第2231号决议相关规定','clause',[],'relevant provisions of resolution 2231',U,['plain']),
 R('安理会第2231号决议','document',[],'UNSC resolution 2231',U,['whole-document']),
 R('伊核全面协议','document',[],'JCPOA',JC,['whole-document']),
 R('全面协议','document',[],'JCPOA (short form)',JC,['anaphoric','whole-document']),
 R('全面协议','document',[],'JCPOA (short form)',JC,['anaphoric','whole-document']),
 R('全面协议','document',[],'JCPOA (short form)',JC,['anaphoric','whole-document']),
 R('安理会第2231号决议','document',[],'UNSC resolution 2231',U,['whole-document']),
],near=[N('2023-07-07 15:43','dateline'),N('安理会决议的权威性','"the authority of Council resolutions" in general'),N('伊核问题公开会','meeting, not a document'),N('北京青年报客户端','outlet name')])

import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'; NT='nato-treaty'
t=J(r"中国担任联合国安理会11月轮值主席 中方:加沙局势是本月安理会议程上最重要的工作 安理会,中方\n\n  中国外交部发言人汪文斌11月2日主持例行记者会。\n\n外交部发言人汪文斌。薛伟 摄\n\n  有记者提问:中国已担任结合国安理会11月轮值主席,请问中方对本月安理会工作有何斟酌?\n\n  汪文斌:中国从11月1日起担任结合国安理会11月轮值主席。中国常驻结合国代表张军大使已向媒体和结合国会员国全面介绍了中方担任安理会轮值主席的工作斟酌。\n\n  加沙局面是本月安理会议程上最主要的工作。当务之急是推进停火止战,防止呈现更多平民伤亡,防止呈现更大规模人道灾难,防止冲突外溢。作为安理会轮值主席,中方将顺应国际社会呼声,同有关各方特殊是阿拉伯国度增强和谐,主持公道,凝集共鸣,推进安理会为实现冲突降级、维护平民、缓解人道局面、恢复和平过程及时采用负义务、有意义的举动,推进巴勒斯坦问题回到“两国方案”轨道。\n\n  安理会本月还将审议叙利亚、也门、中非、索马里等多个地域热门。中方还倡议安理会缭绕“共同发展增进持久和平”主题举办公开争辩会。\n\n  中国始终是世界和平的建设者、全球发展的贡献者、国际秩序的保护者,坚定保护以结合国为核心的国际系统、以国际法为基本的国际秩序、以结合国宪章主旨和原则为基本的国际关系基础准则。安理会承担着保护国际和平与安全的首要义务。中方将推进安理会立足举动,增强团联合作,进步威望和效力,实行好《结合国宪章》赋予的职责")
add('h2-zh-004','zh','http://ai-ep.com/news/guonei/202311/t20231102_52646.shtml','ai-ep.com (synonym-spun copy of a Chinese MFA briefing: 联合国 → 结合国)','2023-11-02',t,[
 R('结合国宪章','document',[],'UN Charter, spun as "结合国宪章" by the copying site',UN,['whole-document']),
 R('《结合国宪章》','document',[],'UN Charter, spun title in book-title marks',UN,['whole-document']),
],near=[N('“两国方案”','"two-state solution": a concept, not a document'),N('11月轮值主席','monthly presidency'),N('“共同发展增进持久和平”主题','debate theme'),N('安理会议程','Council agenda, not a document')])

t=J(r"美国主导的世界秩序及中国成长(第3/24页)\n\n第三条:\n\n缔约各国为了更有效地实现《公约》的目标,分别与联合行动,通过持续而有效的自助和互助,维持和发展各自和集体抵抗武力攻击的能力。\n\n第四条:\n\n缔约任何一方的领土完整、政治独立或安全遭到威胁时,缔约各国共议之。\n\n第五条:\n\n缔约各国一致同意:缔约任何一方或各方在欧洲或北美遭到攻击,缔约各国就会视为针对全体的攻击。如果这样的攻击发生,所有缔约国都要行使《联合国宪章》五十一条承认的个别或集体自卫权,援助遭到攻击的一方或各方,采取必不可少的行动,包括使用武力,恢复和维护北大西洋地区的安全。\n\n这样的武力攻击和由此导致的所有措施应该立刻报告安全理事会。安全理事会采取必要措施,恢复和维护国际和平与安全。然后,这些措施应该终止。\n\n第六条:\n\n第五条所指的武力攻击缔约一方或各方,包括以下情况:\n\n武力攻击欧洲或北美任何缔约国领土、法兰西阿尔及利亚部分、任何缔约国在回归线以北的北大西洋领地或岛屿。\n\n《公约》生效后,在任何缔约国占有的欧洲任何领土,或地中海,或回归线以北的北大西洋区域境内或上空,武力攻击任何缔约国的军队、舰队或飞机。\n\n第七条:\n\n《公约》不会影响,或不应解释为以任何方式影响缔约国作为联合国成员在《宪章》下的权利和义务、安全理事会维护国际和平与安全的基本责任。")
add('h2-zh-005','zh','http://ybsws.com/book/10801/2666649_3.html','ybsws.com (book "美国主导的世界秩序及中国成长", p. 3/24, quoting the North Atlantic Treaty)',None,t,[
 R('《公约》','document',[],'the North Atlantic Treaty, quoted self-reference ("the Treaty") in Art. 3',NT,['anaphoric','whole-document']),
 R('《联合国宪章》五十一条','article',['51'],'UN Charter Art. 51 (number without 第)',UN,['plain','number-word']),
 R('第五条','article',['5'],'quoted Art. 6 referring to Art. 5 of the same Treaty',NT,['anaphoric','number-word']),
 R('《公约》','document',[],'quoted self-reference of the Treaty',NT,['anaphoric','whole-document']),
 R('《公约》','document',[],'quoted self-reference of the Treaty (Art. 7)',NT,['anaphoric','whole-document']),
 R('《宪章》','document',[],'UN Charter, short form in quoted Art. 7',UN,['anaphoric','whole-document']),
],occ={2:nth(t,'第五条','第五条所指')},near=[N('第3/24页','page counter'),N('第三条:','article heading of the quoted treaty text (its own label)'),N('第四条:','article heading (own label)'),N('第五条:','article heading (own label)'),N('第六条:','article heading (own label)'),N('第七条:','article heading (own label)')])

t=J(r"北大西洋公約組織者,北美洲與歐羅巴洲諸國所締之防衛合作國際組織。一九四九年三月十八日,美、英、法公然創之以制蘇等東歐集團國。四月四日,《北大西洋公約》署於美華盛頓,是組織正式成立。\n依公約律第伍,一成員國受敵,則諸成員國遽應之。即言諸國之師可弗依軍令而行,集體自衛。")
add('h2-zh-006','zh','https://zh-classical.wikipedia.org/wiki/%E5%8C%97%E5%A4%A7%E8%A5%BF%E6%B4%8B%E5%85%AC%E7%B4%84%E7%B5%84%E7%B9%94','維基大典 (Classical Chinese Wikipedia)',None,t,[
 R('《北大西洋公約》','document',[],'North Atlantic Treaty',NT,['whole-document']),
 R('公約律第伍','article',['5'],'"article 5 of the Treaty" in Classical Chinese (律第伍, formal numeral 伍)',NT,['anaphoric','number-word']),
],near=[N('北大西洋公約組織','organisation name'),N('一九四九年三月十八日','date in Chinese numerals')])

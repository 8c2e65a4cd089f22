import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'; W='washington-2025-08-08'; PT='az-am-peace-2025'
t=J(r"联合国安理会授权使用武力问题探究\n北京大学法学院副教授\n李鸣\n【摘要】《联合国宪章》禁止威胁或使用武力,同时规定了安理会执行行动和会员国自卫权两项例外。1990-1991年海湾战争期间,安理会678号决议又提出了“授权”使用武力的问题。这是在联合国框架下以武力恢复国际和平与安全的一种新的可能性或范式。本文通过对宪章有关条款及实践的分析认为:授权使用武力是安理会为恢复国际和平与安全而建议采取的行动,联合国会员国根据安理会的这种建议自愿决定是否动用武力,会员国在安理会授权下动用武力一般属于单独或集体自卫性质;但这种使用武力不仅要受一般国际法有关条件的限制,还要受授权的军事目的的限制,安理会不仅可以授权使用武力,也可以通过决议要求停止一切武力行动包括自卫;安理会在控制一切武力方面享有最终决定权。本文还对“9·11”事件后美国对阿富汗运用武力的问题做了简要分析,并提出了一些问题。\n【关键词】安理会 授权 武力 宪章 自卫\n【全文】\n一、引言\n使用武力是联合国级为关注的问题。《联合国宪章》(以下简称宪章)禁止会员国在相互关系中以武力相威胁或使用武力(2条4款)。这是宪章的一项重要原则。但宪章又明确规定了两个例外:一是安理会采取的执行行动(42条),二是会员国“单独或集体自卫的固有权利”(51条)。[1]这两个例外构成了合法使用武力的根据。\n在1990-1991海湾战争期间,安理会又提出了一种合法使用武力的可能性,这就是“授权”。安理会678号决议“授权会员国与科威特政府合作,……,采用一切必要手段维护和执行安理会660号决议和所有随后有关的决议,恢复该地区的国际和平与安全。”[2]该决议被认为是多国部队对伊拉克军事行动的法律基")
add('h2-zh-008','zh','http://ask.fsou.com/html/text/art/3355687/335568789.html','ask.fsou.com (李鸣, 联合国安理会授权使用武力问题探究)',None,t,[
 R('《联合国宪章》','document',[],'UN Charter',UN,['whole-document']),
 R('安理会678号决议','document',[],'UNSC resolution 678 (1990)','unsc-678',['whole-document','abbreviated']),
 R('宪章有关条款','article',[],'"the relevant articles of the Charter"',UN,['anaphoric']),
 R('《联合国宪章》','document',[],'UN Charter',UN,['whole-document']),
 R('宪章','document',[],'short form defined in "(以下简称宪章)"',UN,['whole-document','abbreviated']),
 R('2条4款','paragraph',['4'],'UN Charter Art. 2(4), abbreviated in parentheses',UN,['nested','abbreviated','anaphoric'],parent=('article',['2'])),
 R('宪章','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('宪章','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('42条','article',['42'],'UN Charter Art. 42 (parenthetical)',UN,['abbreviated','anaphoric']),
 R('51条','article',['51'],'UN Charter Art. 51 (parenthetical)',UN,['abbreviated','anaphoric']),
 R('安理会678号决议','document',[],'UNSC resolution 678',"unsc-678",['whole-document','abbreviated']),
 R('安理会660号决议','document',[],'UNSC resolution 660, quoted inside 678','unsc-660',['whole-document','abbreviated']),
 R('该决议','document',[],'"this resolution" = 678','unsc-678',['anaphoric','whole-document']),
],occ={4:nth(t,'宪章','宪章)禁止'),6:nth(t,'宪章','宪章的一项'),7:nth(t,'宪章','宪章又明确')},near=[N('所有随后有关的决议','"all subsequent relevant resolutions": vague set'),N('[1]','footnote marker'),N('[2]','footnote marker'),N('一、引言','section heading'),N('两项例外','"two exceptions": count'),N('【关键词】安理会 授权 武力 宪章 自卫','keyword list ("宪章" as a keyword, not a citation)')])

t=J(r"联合国宪章51条内容\n【篇一:联合国宪章51条内容】\n中央电视台今日关注中张召忠少将说,不要以为碰触主权底线中国也不会动手,依据《联合国宪章》第51条规定,当一个国家主权受到侵害时,可行使武力手段自卫。\n那么我们就来看看《联合国宪章》第51条之自卫权解释:\n一、 自卫权的性质扩大解释:既然第51条承认自卫权是国家的“自然权利”,那么也就意味着宪章完整地保留了传统国际法中的习惯自卫权,其结论是:自卫权不仅是国家的“自然权利”,也是国家的“绝对权利”。\n传统国际法中的自卫权按照习惯国际法,自卫权是国家的“自然权利”或固有权利。这种权利不需要其他国际法实体授权,即可行使。在传统国际法中,这种自然权利是绝对的,因为在传统国际法中,国家主权是绝对的,国家具有诉诸战争的绝对权利,自卫作为国家发动战争的理由,当然可以不受法律的约束和限制,其范围也不限于国家受到武力攻击这一情形,还包括“武力自助”的一切方面。\n二、 自卫权行使的前提扩大解释:既然宪章承认和支持国家的“习惯自卫权”,那么根据传统国际法,第51条不仅允许国家可在发生武力攻击时行使自卫权,而且也可以对迫近的武力攻击行使自卫权。\n三、自卫权行使所针对的对象扩大解释:宪章第51条并没有将武力攻击者限于国家")
add('h2-zh-009','zh','https://wtabcd.cn/fanwen/fan/82/572099.html','wtabcd.cn (范文 essay site)',None,t,[
 R('联合国宪章51条','article',['51'],'UN Charter Art. 51 (title, no 第)',UN,['plain','headline']),
 R('联合国宪章51条','article',['51'],'UN Charter Art. 51 (section title)',UN,['plain','headline']),
 R('《联合国宪章》第51条','article',['51'],'UN Charter Art. 51',UN,['plain']),
 R('《联合国宪章》第51条','article',['51'],'UN Charter Art. 51',UN,['plain']),
 R('第51条','article',['51'],'Art. 51',UN,['anaphoric']),
 R('宪章','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('宪章','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('第51条','article',['51'],'Art. 51',UN,['anaphoric']),
 R('宪章第51条','article',['51'],'UN Charter Art. 51',UN,['plain','abbreviated']),
],near=[N('【篇一:','"essay one" label (ordinal)'),N('一、','list label'),N('二、','list label'),N('三、','list label'),N('中央电视台今日关注','programme name')])

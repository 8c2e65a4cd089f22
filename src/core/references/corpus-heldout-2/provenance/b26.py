import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
t=J(r"中國代表在安理會通過關于敘利亞跨境人道救援措施延期決議后作解釋性發言\n\n2017年12月20日 15:24 | 來源:新華社\n分享到: \n\n新華社聯合國12月19日電在聯合國安理會19日表決通過關于敘利亞跨境人道救援措施延期決議后,中國常駐聯合國代表團臨時代辦吳海濤作了解釋性發言。\n\n吳海濤說,中方對當前敘利亞人道局勢深表關切,高度重視緩解敘利亞人道局勢的努力。敘利亞整體安全形勢好轉,為進行人道救援行動創造了良好條件。國際社會應共同努力,不斷推動對敘利亞的人道救援行動取得新進展。\n\n吳海濤說,中方認為,國際社會在敘利亞開展人道救援行動,應遵守聯合國人道救援指導原則及相關國際法規定,確保包括沖突降級區民眾在內的所有敘利亞人民獲得及時救助。跨境人道救援措施是在特定形勢下采取的特殊救援方式,應尊重敘利亞的主權、獨立、統一和領土完整,按照安理會決議進行。有關行動應由聯合國進行監督,增加透明度,同時應注意同敘利亞政府加強協調。\n\n吳海濤表示,中方基于上述立場,建設性參與了關于敘利亞跨境人道救援措施延期決議草案磋商。中方多次強調,希望各方繼續耐心協商,爭取安理會就決議草案達成一致。中方贊賞瑞典、埃及等提案國為推動安理會達成一致所作出的努力,注意到提案國采納了成員國提出的一些加強監督跨境人道救援行動的建議,同時有關成員國提出的一些合理關切未被完全采納,決議草案仍有進一步改進的空間。安理會各方本應有更多時間進行討論,尋求協商一致。在這種情況下,中方不得不對決議草案投了棄權票。")
U='unsc-2393'
add('h2-zh-007','zh','http://jiaxigo.com/c/2017-12-20/1906824.shtml','jiaxigo.com (copy of Xinhua)','2017-12-20',t,[
 R('關于敘利亞跨境人道救援措施延期決議','document',[],'UNSC resolution 2393 (2017) renewing cross-border aid to Syria (headline)',U,['whole-document','headline']),
 R('關于敘利亞跨境人道救援措施延期決議','document',[],'UNSC resolution 2393 (2017)',U,['whole-document']),
 R('聯合國人道救援指導原則','document',[],'UN guiding principles of humanitarian assistance (annex to UNGA res. 46/182)','unga-46-182',['whole-document']),
 R('關于敘利亞跨境人道救援措施延期決議草案','document',[],'the draft that became resolution 2393',U,['whole-document']),
 R('決議草案','document',[],'anaphoric: the draft',U,['anaphoric','whole-document']),
 R('決議草案','document',[],'anaphoric: the draft',U,['anaphoric','whole-document']),
 R('決議草案','document',[],'anaphoric: the draft',U,['anaphoric','whole-document']),
],near=[N('按照安理會決議','"in accordance with Council resolutions": unnumbered, vague'),N('2017年12月20日 15:24','dateline'),N('解釋性發言','explanation of vote'),N('相關國際法規定','"relevant provisions of international law": generic'),N('分享到:','UI "share to"')])

from lib import *
W='washington-2025-08-08'; WD='Joint Declaration of Washington, 8 August 2025'
P='az-am-peace-2025'
add('ho-en-013','en','https://newpan.vk.am/en/?p=325240','PanARMENIAN / newpan.vk.am','2025-08-08',
"""Three documents to be signed at trilateral meeting in Washington

In Washington on August 8, during a meeting between U.S. President Donald Trump, Armenian Prime Minister Nikol Pashinyan, and Azerbaijani President Ilham Aliyev, three separate documents are expected to be signed, according to Factor TV sources.

The first document, to be signed by Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov, will formalize the agreement for both Armenia and Azerbaijan to jointly withdraw from the OSCE Minsk Group. The group, established to resolve the Nagorno-Karabakh conflict under the Conference on Security and Cooperation in Europe’s decision, involved both countries as parties rather than initiators. This document will mark the official end of their participation in that framework.

The second document, to be signed by Pashinyan and Trump, concerns the “Trump Route – International Path for Peace and Prosperity” initiative, abbreviated as TRIPP. Notably, the term “road” will replace “corridor” in the agreement.""",
[R('The first document, to be signed by Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov','document',[],'Joint appeal of the two FMs to the OSCE on closing the Minsk process (8 Aug 2025)','unknown',['whole-document','ordinal']),
 R('the Conference on Security and Cooperation in Europe’s decision','document',[],'CSCE decision establishing the Minsk Group (Helsinki, 24 March 1992)','unknown',['whole-document']),
 R('This document','document',[],'anaphoric: the joint appeal to the OSCE','unknown',['anaphoric','whole-document']),
 R('The second document, to be signed by Pashinyan and Trump','document',[],'Armenia–US document on TRIPP (8 Aug 2025)','unknown',['whole-document','ordinal']),
 R('the agreement','document',[],'anaphoric: the TRIPP document','unknown',['anaphoric','whole-document'])],
[N('Three documents','count of documents (headline), no single document cited'),N('three separate documents','count'),N('the agreement for both Armenia and Azerbaijan to jointly withdraw','here "agreement" = consent, not a document (judgement call)')])

add('ho-en-014','en','https://caliber.az/en/post/state-department-releases-documents-signed-by-azerbaijan-and-armenia-in-washington','Caliber.Az (citing the US State Department)','2025-08-11',
"""“The United States, along with the Republic of Armenia and the Republic of Azerbaijan, hereby publishes the finalised documents from President Trump’s historic August 8 meeting with Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan — a meeting that will usher in a new era of peace in the South Caucasus region,” the statement reads.
The released documents include:
-
The Joint Declaration by the President of Azerbaijan and the Prime Minister of Armenia outlining the outcomes of their meeting in Washington, D.C.
-
A Memorandum of Understanding (MoU) between the Government of the United States and the Government of the Republic of Azerbaijan establishing a Strategic Working Group to develop a Charter on Strategic Partnership between the two countries.
-
An MoU between the United States and Armenia on the Crossroads of Peace Capacity Building Partnership.""",
[R('the statement','document',[],'US State Department statement of 11 Aug 2025 publishing the documents','unknown',['whole-document']),
 R('The Joint Declaration by the President of Azerbaijan and the Prime Minister of Armenia outlining the outcomes of their meeting in Washington, D.C.','document',[],WD,W,['whole-document','list']),
 R('A Memorandum of Understanding (MoU) between the Government of the United States and the Government of the Republic of Azerbaijan','document',[],'US–Azerbaijan MoU on a Strategic Working Group (8 Aug 2025)','unknown',['whole-document','list']),
 R('An MoU between the United States and Armenia on the Crossroads of Peace Capacity Building Partnership','document',[],'US–Armenia MoU on Crossroads of Peace capacity building (8 Aug 2025)','unknown',['whole-document','list','abbreviated'])],
[N('the finalised documents','plural set announced, itemised next'),N('a Charter on Strategic Partnership','a charter still to be developed, not an existing document')])

add('ho-en-015','en','https://sr-center.info/en/news/-washington-2025-the-role-of-the-united-states-in-the-azerbaijan-armenia-peace-process','Center for Strategic Relations (sr-center.info)',None,
"""On 8 August 2025, in Washington, United States of America, the President of the Republic of Azerbaijan and the Prime Minister of the Republic of Armenia, together with the President of the United States Donald Trump, convened to discuss the current state of affairs in the region. Following this meeting, a joint statement was issued, which read as follows:
The President of the Republic of Azerbaijan, the Prime Minister of Armenia, and the President of the United States, Donald Trump, jointly endorsed the \"Agreement on the Establishment of Peace and Interstate Relations between Azerbaijan and Armenia\" in the form of a formal document. It was recognised that further measures were required in order to sign and finally ratify the agreement. The importance of maintaining and strengthening peace between the two countries was emphasised. Furthermore, the joint appeal of the Foreign Ministers of Azerbaijan and Armenia to the Organization for Security and Cooperation in Europe (OSCE) was endorsed, accompanied by a request to close the OSCE Minsk Process and associated structures.""",
[R('a joint statement was issued','document',[],WD+' (called "joint statement")',W,['whole-document']),
 R('\"Agreement on the Establishment of Peace and Interstate Relations between Azerbaijan and Armenia\"','document',[],'Armenia–Azerbaijan peace agreement (initialled 8 Aug 2025)',P,['whole-document']),
 R('the agreement','document',[],'anaphoric: the peace agreement',P,['anaphoric','whole-document']),
 R('the joint appeal of the Foreign Ministers of Azerbaijan and Armenia to the Organization for Security and Cooperation in Europe (OSCE)','document',[],'Joint appeal to the OSCE (8 Aug 2025)','unknown',['whole-document'])],
[N('in the form of a formal document','generic phrase'),N('the current state of affairs','generic phrase')])

add('ho-en-016','en','https://press.un.org/en/2016/sc12631.doc.htm','UN Meetings Coverage SC/12631','2016-12-15',
"""Unanimously Adopting Resolution 2326 (2016), Security Council Extends Mandate of United Nations Mission in South Sudan
The Security Council today renewed the mandate of the United Nations Mission in South Sudan (UNMISS) until 16 December, determining that the situation in that country constituted a threat to international peace and security.
Unanimously adopting resolution 2326 (2016), the 15-nation organ decided that UNMISS continue to include a Regional Protection Force and authorized the Mission to use all necessary means to carry out its tasks.
Petr V. Iliichev (Russian Federation) stated his surprise at the draft resolution and the extension of just one day, especially since the sponsors had had sufficient time to review the text.""",
[R('Resolution 2326 (2016)','document',[],'UNSC resolution 2326 (2016) (headline)','unsc-2326',['whole-document','headline']),
 R('resolution 2326 (2016)','document',[],'UNSC resolution 2326 (2016)','unsc-2326',['whole-document']),
 R('the draft resolution','document',[],'anaphoric: the draft of resolution 2326','unsc-2326',['anaphoric','whole-document']),
 R('the text','document',[],'anaphoric: the draft resolution text','unsc-2326',['anaphoric','whole-document'])],
[N('until 16 December','date'),N('15-nation organ','count'),N('the mandate','a mission mandate, not a document (judgement call)')])

add('ho-en-017','en','https://press.un.org/en/2016/sc12631.doc.htm','UN Meetings Coverage SC/12631','2016-12-15',
"""The meeting began at 6:04 p.m. and ended at 6:07 p.m.
Resolution
The full text of resolution 2326 (2016) reads as follows:
“The Security Council,
“Recalling its previous resolutions 1996 (2011), 2046 (2012), 2057 (2012), 2109 (2013), 2132 (2013), 2155 (2014), 2187 (2014), 2206 (2015), 2223 (2015), 2241 (2015), 2252 (2015), 2302 (2016), and 2304 (2016) and statements by its President S/PRST/2014/16, S/PRST/2014/26, S/PRST/2015/9, S/PRST/2016/1, and S/PRST/2016/3,""",
[R('resolution 2326 (2016)','document',[],'UNSC resolution 2326 (2016)','unsc-2326',['whole-document']),
 R('its previous resolutions 1996 (2011)','document',[],'UNSC resolution 1996 (2011)','unsc-1996',['list']),
 R('2046 (2012)','document',[],'UNSC resolution 2046 (2012)','unsc-2046',['list']),
 R('2057 (2012)','document',[],'UNSC resolution 2057 (2012)','unsc-2057',['list']),
 R('2109 (2013)','document',[],'UNSC resolution 2109 (2013)','unsc-2109',['list']),
 R('2132 (2013)','document',[],'UNSC resolution 2132 (2013)','unsc-2132',['list']),
 R('2155 (2014)','document',[],'UNSC resolution 2155 (2014)','unsc-2155',['list']),
 R('2187 (2014)','document',[],'UNSC resolution 2187 (2014)','unsc-2187',['list']),
 R('2206 (2015)','document',[],'UNSC resolution 2206 (2015)','unsc-2206',['list']),
 R('2223 (2015)','document',[],'UNSC resolution 2223 (2015)','unsc-2223',['list']),
 R('2241 (2015)','document',[],'UNSC resolution 2241 (2015)','unsc-2241',['list']),
 R('2252 (2015)','document',[],'UNSC resolution 2252 (2015)','unsc-2252',['list']),
 R('2302 (2016)','document',[],'UNSC resolution 2302 (2016)','unsc-2302',['list']),
 R('2304 (2016)','document',[],'UNSC resolution 2304 (2016)','unsc-2304',['list']),
 R('statements by its President S/PRST/2014/16','document',[],'S/PRST/2014/16','unsc-prst-2014-16',['list','abbreviated']),
 R('S/PRST/2014/26','document',[],'S/PRST/2014/26','unsc-prst-2014-26',['list','abbreviated']),
 R('S/PRST/2015/9','document',[],'S/PRST/2015/9','unsc-prst-2015-9',['list','abbreviated']),
 R('S/PRST/2016/1','document',[],'S/PRST/2016/1','unsc-prst-2016-1',['list','abbreviated']),
 R('S/PRST/2016/3','document',[],'S/PRST/2016/3','unsc-prst-2016-3',['list','abbreviated'])],
[N('6:04 p.m.','time'),N('6:07 p.m.','time'),N('Resolution','section heading word'),N('“The Security Council,','opening words of the quoted resolution')],allow_overlap=True)

from lib import *
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
add('ho-en-001','en','https://sia.az/en/news/politics/972644.html','SİA (statement of the MFA of Azerbaijan)','2022-08-04',
"""Azerbaijani MFA: Accusing Azerbaijan of violating tripartite declaration by Armenian Foreign Ministry is hypocrisy

"We strongly reject the statement of the Armenian Foreign Ministry dated August 3, which unjustly accuses the Azerbaijani side," SİA reports citing the Press Service Department of the Ministry of Foreign Affairs,

The Ministry noted that the fact that the Armenian Foreign Ministry accuses Azerbaijan of violating the trilateral statement is nothing but hypocrisy: “We remind that Armenia has repeatedly stated that the provisions of the statement signed by the leaders of the three countries on November 10, 2020, have not been fulfilled, especially since the Armenian armed groups have not yet been removed from the territories of Azerbaijan.

“According to Article 4 of the tripartite statement, \"the peacekeeping contingent of the Russian Federation is deployed in parallel with the withdrawal of the Armenian armed forces.\" In addition to numerous evidence on the Azerbaijani side about the presence of illegal Armenian armed forces on the territory of Azerbaijan, this fact was also acknowledged by Armenian officials.""",
[R('tripartite declaration','document',[],TD+' (headline)',T,['whole-document','headline']),
 R('the statement of the Armenian Foreign Ministry dated August 3','document',[],'Statement of the Armenian MFA of 3 August 2022','unknown',['whole-document']),
 R('the trilateral statement','document',[],TD,T,['whole-document']),
 R('the provisions of the statement signed by the leaders of the three countries on November 10, 2020','clause',[],TD+' (its provisions)',T,['plain']),
 R('Article 4 of the tripartite statement','point',['4'],TD+' (its paragraph 4 called "Article")',T,['plain'])],
[N('Press Service Department','an office, not a document'),N('this fact','not a document')], allow_overlap=True)

add('ho-en-002','en','https://en.apa.az/foreign-policy/mfa-armenia-does-not-withdraw-remnants-of-its-army-contrary-to-trilateral-statement-371926','APA (statement of the MFA of Azerbaijan)','2022-03-28',
"""MFA: Armenia does not withdraw remnants of its army contrary to trilateral statement

Accusing Azerbaijan of not complying with the trilateral statement of November 9, 10, 2020, Armenia is a party blowing to the normalization process between the two countries by violating the provisions of the signed joint statement, despite the opportunities for cooperation in the region after the end of the conflict.

It is Armenia that continues its open territorial claims against Azerbaijan in the post-conflict phase and raises this issue, including at the level of the Foreign Ministry, in every statement made by Azerbaijan on the Karabakh region. It is Armenia that, contrary to Article 4 of the trilateral statement, still does not withdraw the remnants of Armenian armed forces from the region. Armenia violates Article 6 of the statement and continues to send servicemen to the region through the Lachin corridor. This fact has been confirmed by the international media.""",
[R('trilateral statement','document',[],TD+' (headline)',T,['whole-document','headline']),
 R('the trilateral statement of November 9, 10, 2020','document',[],TD,T,['whole-document']),
 R('the provisions of the signed joint statement','clause',[],'anaphoric: provisions of '+TD,T,['anaphoric']),
 R('Article 4 of the trilateral statement','point',['4'],TD+' (paragraph called "Article")',T,['plain']),
 R('Article 6 of the statement','point',['6'],'anaphoric: '+TD,T,['anaphoric'])],
[N('every statement made by Azerbaijan on the Karabakh region','generic set of statements, not a specific document'),N('the international media','not a document')])

add('ho-en-003','en','https://regionpress.am/en/a/RAMFA11.08.21','Region Press (statement of the MFA of Armenia)','2021-08-11',
"""Azerbaijani claims that trilateral declaration provides for withdrawal of Armenian forces from NK is explicit lie – MFA

The Azerbaijani claims that the trilateral declaration of November 9 provides for the withdrawal of Armenian units from Nagorno Karabakh is an explicit lie, reads the statement issued by the MFA Armenia, noting that the Azerbaijani armed forces have intensified their provocative measures during the last days against both the Armed Forces of the Republic of Armenia and the Defense Army of Artsakh. Civilian settlements of both Armenia and Artsakh have also been targeted.

‘’The Azerbaijani side is trying to hide its aggressive actions, accusing the Armenian side of violating the November 9 trilateral declaration, but on the other hand, openly distorts the same November 9 declaration.

We find it necessary to note that the first point of the November 9 declaration clearly defines ‘’… the sides stop in their existing positions’’. But the Azerbaijani units attacked Hin Tagher and Khtsaberd villages of Artsakh’s Hadrut region a month after the signing of the declaration, occupying those areas, killing and taking hostage Armenian servicemen.""",
[R('trilateral declaration','document',[],TD+' (headline)',T,['whole-document','headline']),
 R('the trilateral declaration of November 9','document',[],TD,T,['whole-document']),
 R('the statement issued by the MFA Armenia','document',[],'Statement of the Armenian MFA of 11 August 2021 (self: the reported statement)','unknown',['whole-document']),
 R('the November 9 trilateral declaration','document',[],TD,T,['whole-document']),
 R('the same November 9 declaration','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('the first point of the November 9 declaration','point',['1'],TD,T,['ordinal']),
 R('the declaration','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('a month after','time span'),N('Hadrut region','place name')])

add('ho-en-004','en','https://en.trend.az/azerbaijan/politics/3725428.html','Trend (MFA of Azerbaijan spokesman)','2023-03-19',
"""BAKU, Azerbaijan, March 19. Armenia has not yet completely withdrawn its armed forces from the sovereign territories of Azerbaijan, Aykhan Hajizada, Spokesman for Azerbaijani MFA, said, commenting upon the recent statement of Armenian side, Trend reports.

“Regarding the false and misleading claims of the Armenian MFA regarding the implementation of the Trilateral Statement, we would like to remind that Armenia, which refuses to fulfill the 4th, 6th and 9th paragraphs of the statement in particular and in general never complies with international agreements, has illegally intruded its military servicemen into the territory of Azerbaijan and committed military provocation against Azerbaijan only two weeks after the signing of the Trilateral Statement.""",
[R('the recent statement of Armenian side','document',[],'recent statement of the Armenian MFA (March 2023)','unknown',['whole-document']),
 R('the Trilateral Statement','document',[],TD,T,['whole-document']),
 R('the 4th, 6th and 9th paragraphs of the statement','paragraph',['4','6','9'],'anaphoric: '+TD,T,['anaphoric','ordinal','list']),
 R('the Trilateral Statement','document',[],TD,T,['whole-document'])],
[N('BAKU, Azerbaijan, March 19.','dateline'),N('international agreements','vague, unidentified set'),N('two weeks after','time span')])

add('ho-en-005','en','https://docslib.org/doc/3016249/22nd-supp-part-iii-advance-0-pdf','docslib.org (copy of the Repertoire of the Practice of the Security Council, 22nd Supplement)',None,
"""Contents

Introductory note ...... 2 I. Principle of equal rights and self-determination of peoples under Article 1, paragraph 2 ...... 4 Note ...... 4 A. Decisions relating to Article 1 (2) ...... 4 B. Constitutional discussion relating to Article 1 (2) ...... 6 C. Invocation of the principle enshrined in Article 1 (2) in communications ...... 9 II. Prohibition of the threat or use of force under Article 2, paragraph 4 ...... 11 Note ...... 11 A. Decisions relating to Article 2 (4) ...... 11 B. Constitutional discussion relating to Article 2 (4) ...... 14 C. Invocation of the principle enshrined in Article 2 (4) in communications ...... 37 III. Obligation under Article 2, paragraph 5, to refrain from assisting the target of enforcement action ...... 40""",
[R('Article 1, paragraph 2','paragraph',['2'],'UN Charter','un-charter',['nested'],('article',['1'])),
 R('Article 1 (2)','paragraph',['2'],'UN Charter','un-charter',['nested'],('article',['1'])),
 R('Article 1 (2)','paragraph',['2'],'UN Charter','un-charter',['nested'],('article',['1'])),
 R('Article 1 (2)','paragraph',['2'],'UN Charter','un-charter',['nested'],('article',['1'])),
 R('Article 2, paragraph 4','paragraph',['4'],'UN Charter','un-charter',['nested'],('article',['2'])),
 R('Article 2 (4)','paragraph',['4'],'UN Charter','un-charter',['nested'],('article',['2'])),
 R('Article 2 (4)','paragraph',['4'],'UN Charter','un-charter',['nested'],('article',['2'])),
 R('Article 2 (4)','paragraph',['4'],'UN Charter','un-charter',['nested'],('article',['2'])),
 R('Article 2, paragraph 5','paragraph',['5'],'UN Charter','un-charter',['nested'],('article',['2']))],
[N('...... 2','table-of-contents page number'),N('II.','table-of-contents section number'),N('A.','table-of-contents item letter'),N('...... 37','page number')])

add('ho-en-006','en','https://en.kokchapress.com/1970/01/01/statement-by-the-secretary-general-on-ukraine/','Kokcha Press (UN News)',None,
"""Statement by the Secretary-General – on Ukraine

We are seeing Russian military operations inside the sovereign territory of Ukraine on a scale that Europe has not seen in decades.
Day after day, I have been clear that such unilateral measures conflict directly with the United Nations Charter.
The Charter is clear: “All members shall refrain in their international relations from the threat or use of force against the territorial integrity or political independence of any state, or in any other manner inconsistent with the Purposes of the United Nations.”""",
[R('Statement by the Secretary-General – on Ukraine','document',[],'self: the Secretary-General\'s statement (title)','self',['self','headline']),
 R('the United Nations Charter','document',[],'UN Charter','un-charter',['whole-document']),
 R('The Charter','document',[],'anaphoric: UN Charter (quoting Art. 2(4) without naming it)','un-charter',['anaphoric','whole-document'])],
[N('Day after day','idiom'),N('the Purposes of the United Nations','quoted Charter wording, not a citation (judgement call)')])

add('ho-en-007','en','https://scribd.com/document/712396962/Great-Points-against-Russia','Scribd (copy of a Security Council Report text)',None,
"""The UN Charter has taken centre stage in the Council’s recent deliberations on Ukraine. Council
members have couched their interventions in the language of the Charter, particularly Article 2, which
states that international disputes should be settled in a peaceful way and that all members shall refrain
“in their international relations from the threat or use of force against the territorial integrity or political
independence of any state, or in any other manner inconsistent with the purposes of the United
Nations”. Before Russia invaded Ukraine, members focused their statements in the Chamber on the
need to de-escalate and pursue dialogue and diplomacy, staying largely within Chapter VI tools for the
pacific settlement of disputes.

Some members suggested that the buildup of troops on Ukraine’s border could be seen as a threat to
international peace and security within the context of Article 39 of the Charter, which allows the
Security Council to determine the existence o""",
[R('The UN Charter','document',[],'UN Charter','un-charter',['whole-document']),
 R('the language of the Charter','document',[],'anaphoric: UN Charter','un-charter',['anaphoric','whole-document']),
 R('Article 2','article',['2'],'UN Charter','un-charter',['plain']),
 R('Chapter VI','chapter',['VI'],'UN Charter (implicit)','un-charter',['plain']),
 R('Article 39 of the Charter','article',['39'],'UN Charter','un-charter',['plain'])],
[N('their statements in the Chamber','statements at meetings, not identified documents')])

add('ho-en-008','en','https://press.un.org/en/2020/sc14071.doc.htm','UN Meetings Coverage SC/14071','2020-01-09',
"""8699th Meeting (AM)

Marking Seventy-Fifth Anniversary of United Nations Charter, Security Council Calls on Member States to Uphold Founding Document’s Principles

The Security Council issued a presidential statement today reaffirming its commitment to the Charter of the United Nations — adopted 75 years ago this year — and calling on Member States to fully comply with the purposes and principles of the Organization’s founding document.

It approved the text at the start of a ministerial-level open debate on upholding the Charter to maintain international peace and security, with António Guterres, Secretary-General of the United Nations, and Mary Robinson, Chair of the Elders, delivering opening remarks.

Through the presidential statement (document S/PRST/2020/1), the 15-member body reaffirmed its commitment to an international order based on international law as the indispensable foundation of a more peaceful, prosperous and just world.""",
[R('United Nations Charter','document',[],'UN Charter (headline)','un-charter',['whole-document','headline']),
 R('Founding Document’s Principles','document',[],'anaphoric: UN Charter (headline)','un-charter',['anaphoric','headline']),
 R('a presidential statement','document',[],'S/PRST/2020/1','unsc-prst-2020-1',['whole-document']),
 R('the Charter of the United Nations','document',[],'UN Charter','un-charter',['whole-document']),
 R('the Organization’s founding document','document',[],'anaphoric: UN Charter','un-charter',['anaphoric','whole-document']),
 R('the text','document',[],'anaphoric: S/PRST/2020/1','unsc-prst-2020-1',['anaphoric','whole-document']),
 R('the Charter','document',[],'UN Charter','un-charter',['whole-document']),
 R('the presidential statement (document S/PRST/2020/1)','document',[],'S/PRST/2020/1','unsc-prst-2020-1',['whole-document','abbreviated'])],
[N('8699th Meeting (AM)','meeting number'),N('Seventy-Fifth Anniversary','anniversary ordinal'),N('75 years ago','time span'),N('15-member body','count')])

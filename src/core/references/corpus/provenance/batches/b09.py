import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
UC='un-charter'; UCD='Charter of the United Nations'
NT='nato-treaty'; NTD='North Atlantic Treaty'
add('fr-009','fr','http://memoireonline.com/06/09/2142/m_Essai-de-synthese-des-nouveaux-modes-de-legitimation-du-recours--la-force-et-de-leurs-relations-ave5.html','Mémoire Online (mémoire universitaire)',None,
'''La règle posée par l'article 2 § 4 ne
signifie pas que tout emploi de la force est illégal dans les relations
interétatiques, puisque la Charte des Nations Unies prévoit deux
cas d'utilisation de la force non soumis à l'interdiction de cet
article.''',
[R("l'article 2 § 4",'paragraph',['4'],'context: '+UCD,UC,['nested','abbreviated','anaphoric'],parent=('article',['2'])),
 R('la Charte des Nations Unies','document',[],UCD,UC,['whole-document']),
 R('cet\narticle','article',['2'],'anaphoric: Article 2 (§ 4) of '+UCD,UC,['anaphoric'])],
[N('deux\ncas','"two cases", not a reference')])

add('fr-010','fr','http://memoireonline.com/06/09/2142/m_Essai-de-synthese-des-nouveaux-modes-de-legitimation-du-recours--la-force-et-de-leurs-relations-ave5.html','Mémoire Online (mémoire universitaire)',None,
'''Contrairement au Pacte de la SDN et au Pacte Briand-Kellog qui
ne reconnaissent la légitime défense qu'implicitement, le
chapitre VII de la Charte se clôt sur l'article 51 qui énonce qu
:''',
[R('Pacte de la SDN','document',[],'Covenant of the League of Nations','league-covenant',['whole-document','abbreviated']),
 R('Pacte Briand-Kellog','document',[],'Kellogg–Briand Pact (1928)','kellogg-briand',['whole-document']),
 R('chapitre VII de la Charte','chapter',['VII'],'context: '+UCD,UC,['anaphoric']),
 R("l'article 51",'article',['51'],'context: Chapter VII of '+UCD,UC,['anaphoric','nested'],parent=('chapter',['VII']))],
[N('CHAPITRE II','(not in passage)')] if False else [N('qu\n:','line-break artefact')] )

add('fr-011','fr','http://memoireonline.com/06/09/2142/m_Essai-de-synthese-des-nouveaux-modes-de-legitimation-du-recours--la-force-et-de-leurs-relations-ave5.html','Mémoire Online (mémoire universitaire)',None,
'''CHAPITRE II
L'UTILISATION DE LA FORCE NON CONTRAIRE AU PRINCIPE''',
[],[N('CHAPITRE II','a chapter heading of the thesis itself, not a citation of another document')])

add('fr-012','fr','https://lexdih.wordpress.com/l/legitime-defense-des-etats/','LexDIH (lexique de droit international humanitaire)',None,
'''La Charte des Nations Unies interdit totalement et sans équivoque le recours à la force dans son article 2§4.
L’article 51 de la Charte (chapitre VII) reconnaît cependant à un Etat objet d’une agression armée la possibilité d’invoquer un droit naturel de légitime défense, individuelle ou collective, jusqu’à ce que le Conseil de sécurité ait pris les mesures nécessaires.''',
[R('La Charte des Nations Unies','document',[],UCD,UC,['whole-document']),
 R('son article 2§4','paragraph',['4'],'anaphoric: '+UCD,UC,['nested','anaphoric','abbreviated'],parent=('article',['2'])),
 R('L’article 51 de la Charte (chapitre VII)','article',['51'],UCD,UC,['nested'],parent=('chapter',['VII']))],[])

add('fr-013','fr','http://www.afri-ct.org/2015/la-charte-des-nations-unies/9','Annuaire français de relations internationales (AFRI)','2015',
'''La paix, au sens positif du terme, est envisagée dans l’article 55, inscrit dans le chap. IX, qui traite de la Coopération économique et sociale internationale.''',
[R('l’article 55, inscrit dans le chap. IX','article',['55'],'context: '+UCD,UC,['nested','abbreviated','anaphoric'],parent=('chapter',['IX']))],
[N('au sens positif du terme','"sense of the term", not a reference')])

add('fr-014','fr','http://www.afri-ct.org/2015/la-charte-des-nations-unies/9','Annuaire français de relations internationales (AFRI)','2015',
'''C’est cette conception que la Charte cherche surtout à mettre en œuvre. Elle établit à cette fin un dispositif normatif et institutionnel qui est en son cœur. Normatif avec l’article 2 § 4 limitant de façon drastique le droit des Etats membres de re''',
[R('la Charte','document',[],'anaphoric: '+UCD,UC,['anaphoric','whole-document']),
 R('l’article 2 § 4','paragraph',['4'],'anaphoric: '+UCD,UC,['nested','anaphoric','abbreviated'],parent=('article',['2']))],[])

add('fr-015','fr','https://www.republicains.fr/faut_il_introduire_le_concept_de_l_gitime_d_fense_dans_la_constitution_article_51_charte_onu','Les Républicains (tribune)','2015-10-06',
'''Faut-il introduire le concept de légitime défense dans la constitution (article 51/Charte ONU)?

Comme pour l´OTAN en son article 5 pour une implication des armées, l´ONU ne doit-elle pas faire de même par une résolution (le choix de l´article 51 se justifie-t-il et suffit-il pour une intervention armée de légitime déefense pour la lutte contre le terrorisme ?''',
[R('article 51/Charte ONU','article',['51'],UCD,UC,['headline','abbreviated']),
 R('l´OTAN en son article 5','article',['5'],NTD+' (NATO "its article 5")',NT,['abbreviated']),
 R('l´article 51','article',['51'],'context: '+UCD,UC,['anaphoric'])],
[N('la constitution','the (French) constitution mentioned generally, not a cited unit'),N('une résolution','a hypothetical resolution, not an existing document')])

add('fr-016','fr','https://www.republicains.fr/faut_il_introduire_le_concept_de_l_gitime_d_fense_dans_la_constitution_article_51_charte_onu','Les Républicains (tribune)','2015-10-06',
'''Le chapitre VII de la Charte (art.39-51), intitulé « Action en cas de menace contre la paix, de rupture de la paix et d'acte d'agression », est celui qui permet notamment l'entrée en guerre, et qui a été utilisé, par exemple, pendant la guerre de Corée. L'art. 51 de la Charte des Nations unies (26 juin 1945), tout en explicitant le droit de légitime défense, l'étend à la légitime défense collective :''',
[R('Le chapitre VII de la Charte','chapter',['VII'],UCD,UC,['plain']),
 R('art.39-51','article',['39-51'],'Chapter VII of '+UCD,UC,['range','abbreviated']),
 R("L'art. 51 de la Charte des Nations unies (26 juin 1945)",'article',['51'],UCD,UC,['abbreviated'])],
[N('la guerre de Corée','an event, not a reference')])

add('fr-017','fr','https://623398.vemnqt.asia/commentaire4384716','(forum comment)',None,
'''Le principal problème qui se pose est que l’article 51 ne définit pas
l’expression « agression armée ». Lors de la conférence de San
Francisco, les Etats ont renoncé à en donner une définition, tout comme à
en dresser une liste. En 1974, l’Assemblée générale des Nations Unies a
adopté la résolution 3314 aux termes de laquelle l’agression est
définie comme « l’emploi de la force armée par un Etat contre la
souveraineté, l’intégrité territoriale ou l’indépendance politique d’un
autre Etat, ou de toute autre manière incompatible avec la Charte des
Nations Unies ».''',
[R('l’article 51','article',['51'],'context: '+UCD,UC,['anaphoric']),
 R('la résolution 3314','document',[],'UN General Assembly resolution 3314 (XXIX) (1974), Definition of Aggression','unga-3314',['whole-document']),
 R('la Charte des\nNations Unies','document',[],UCD+' (quoted within resolution 3314)',UC,['whole-document'])],
[N('la conférence de San\nFrancisco','a conference, not a document'),N('En 1974','year')])

add('fr-018','fr','https://www.quantumnews.fr/article-51-de-lonu-definition-enjeux-et-applications','Quantum News',None,
'''L’article 51 de l’ONU n’est pas un simple détail technique : il ancre dans la Charte le droit pour tout État membre de se défendre, seul ou avec des alliés, si une agression armée survient.''',
[R('L’article 51 de l’ONU','article',['51'],UCD+' ("Article 51 of the UN")',UC,['abbreviated']),
 R('la Charte','document',[],'anaphoric: '+UCD,UC,['anaphoric','whole-document'])],
[N('un simple détail technique','not a reference')])

add('fr-019','fr','https://www.quantumnews.fr/article-51-de-lonu-definition-enjeux-et-applications','Quantum News',None,
'''Lire également : Les secrets des métiers ancestraux révélés au Salon agricole''',
[],[N('Lire également','"read also" link label – cross-reference to another news article, not a document unit')])

add('ru-009','ru','https://plugin-frontend.meduza.io/feature/2022/02/24/putin-govorit-chto-ustav-oon-daet-emu-pravo-na-samooboronu-i-vtorzhenie-v-ukrainu-shveytsarskiy-issledovatel-mezhdunarodnogo-prava-niko-krish-ob-yasnyaet-pochemu-net','Медуза','2022-02-24',
'''Рано утром 24 февраля Владимир Путин фактически объявил войну Украине. При этом он сослался на 51 статью Устава ООН, гарантирующую странам право на индивидуальную или коллективную самооборону. Эта же статья была явно упомянута в договорах о дружбе, сотрудничестве и взаимной помощи России с Донецкой и Луганской народными республиками, подписанных 22 февраля — на следующий день после признания Путиным их независимости.''',
[R('51 статью Устава ООН','article',['51'],UCD,UC,['plain','abbreviated']),
 R('Эта же статья','article',['51'],'anaphoric: '+UCD,UC,['anaphoric']),
 R('договорах о дружбе, сотрудничестве и взаимной помощи России с Донецкой и Луганской народными республиками, подписанных 22 февраля','document',[],'Treaties of friendship, cooperation and mutual assistance of 21/22 February 2022 (Russia–"DPR"/"LPR")','unknown',['whole-document'])],
[N('Рано утром 24 февраля','date')])

add('ru-010','ru','https://plugin-frontend.meduza.io/feature/2022/02/24/putin-govorit-chto-ustav-oon-daet-emu-pravo-na-samooboronu-i-vtorzhenie-v-ukrainu-shveytsarskiy-issledovatel-mezhdunarodnogo-prava-niko-krish-ob-yasnyaet-pochemu-net','Медуза','2022-02-24',
'''Путин говорит, что Устав ООН дает ему право на самооборону и вторжение в Украину. Швейцарский исследователь международного права Нико Криш объясняет, почему нет''',
[R('Устав ООН','document',[],UCD,UC,['headline','whole-document','abbreviated'])],[])

add('ru-011','ru','https://plugin-frontend.meduza.io/feature/2022/02/24/putin-govorit-chto-ustav-oon-daet-emu-pravo-na-samooboronu-i-vtorzhenie-v-ukrainu-shveytsarskiy-issledovatel-mezhdunarodnogo-prava-niko-krish-ob-yasnyaet-pochemu-net','Медуза','2022-02-24',
'''«Медуза» поговорила с профессором Женевского института международных отношений Нико Кришем о том, что это за статья и имел ли Кремль право пользоваться ей.
Статья 51
Настоящий Устав ни в коей мере не затрагивает неотъемлемого права на индивидуальную или коллективную самооборону,''',
[R('это за статья','article',['51'],'anaphoric: Article 51',UC,['anaphoric']),
 R('Статья 51','article',['51'],'heading of quoted text of '+UCD,UC,['headline','anaphoric']),
 R('Настоящий Устав','document',[],'quoted Charter text: the present Charter',UC,['anaphoric','whole-document'])],
[N('«Медуза»','outlet name')])

add('ru-012','ru','https://newlib.net/nw_rd94805/p7','newlib.net (учебник)',None,
'''2. Принцип неприменения силы и угрозы силой закреплен в и. 4 ст. 2 Устава ООН и проявляется в признании того, что запрещено не всякое применение силы, а только «агрессивное применение военной силы». Правомерное применение силы в современном международном праве отнюдь не исключается, но дозволяется только на основе Устава ООН, причем:''',
[R('и. 4 ст. 2 Устава ООН','paragraph',['4'],UCD+' (OCR "и." for "п.")',UC,['nested','abbreviated'],parent=('article',['2'])),
 R('Устава ООН','document',[],UCD,UC,['whole-document','abbreviated'])],
[N('2. Принцип','the textbook\'s own list number, not a reference')])

add('ru-013','ru','https://cyberleninka.ru/article/n/osnovaniya-samooborony-mezhdunarodnyh-mezhpravitelstvennyh-organizatsiy','КиберЛенинка (Щёкин Ю.В., 2018)','2018',
'''В статье даётся толкование ст. 21 Проекта статей об ответственности международных организаций, принятого Комиссией международного права ООН в 2011 г., предусматривающей право на самооборону как одно из условий, исключающих их противоправное поведение на международной арене.''',
[R('ст. 21 Проекта статей об ответственности международных организаций','article',['21'],'ILC Draft Articles on the Responsibility of International Organizations (2011)','ilc-ario-2011',['plain','abbreviated'])],
[N('В статье','"in the article" = this journal article (a paper), not a document unit')])

add('ru-014','ru','https://interaffairs.ru/jauthor/material/144','Международная жизнь (Б.Р. Тузмухамедов)',None,
'''В 1974 году Генеральная Ассамблея ООН утвердила Определение агрессии - этот документ хотя и не имеет обязательной юридической силы, но обладает высоким политическим авторитетом. В соответствии с ним "нападение вооруженными силами государства на сухопутные, морские или воздушные силы или морские и воздушные флоты другого государства" может квалифицироваться в качестве акта агрессии1.''',
[R('Определение агрессии','document',[],'UN General Assembly resolution 3314 (XXIX), Definition of Aggression','unga-3314',['whole-document']),
 R('этот документ','document',[],'anaphoric: Definition of Aggression','unga-3314',['anaphoric','whole-document']),
 R('В соответствии с ним','document',[],'anaphoric: Definition of Aggression (Article 3(d) quoted)','unga-3314',['anaphoric'])],
[N('агрессии1','footnote marker "1" attached to a word, not a unit number')])

add('ru-015','ru','https://interaffairs.ru/jauthor/material/144','Международная жизнь (Б.Р. Тузмухамедов)',None,
'''Отдельные выводы были опубликованы нами ранее: см., например, Тузмухамедов Б.Р. Упреждающее применение силы: возможные критерии допустимости.//Российский ежегодник международного права 2005. СПб., 2006, с. 36-55.''',
[],[N('с. 36-55','page range of a bibliographic citation, not a unit of an official document (judgement call)'),N('Российский ежегодник международного права 2005','a yearbook title with a year')])

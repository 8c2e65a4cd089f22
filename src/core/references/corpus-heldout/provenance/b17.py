from lib import *
add('ho-fr-001','fr','https://www.atypiqueinfo.fr/article-51-de-lonu-definition-role-et-impacts-internationaux','Atypique Info',None,
"""article 51 de l’ONU : comprendre le socle juridique de la légitime défense

L’article 51 de l’ONU occupe une place stratégique dans l’architecture du droit international. Inclus dans la charte des Nations unies, il fixe les règles du jeu en matière de légitime défense pour chaque État membre touché par une agression armée. Cette disposition fait cohabiter la défense des droits souverains et l’interdiction du recours à la force, accordant à la première une marge d’action limitée, précisément encadrée.

Lire également : Rumeur de transfert au FC Nantes : impact des bruits de couloir sur le vestiaire

D’un point de vue opérationnel, la définition de l’article 51 s’inscrit dans une dynamique de sécurité collective : tout État agressé peut réagir seul ou avec l’appui d’autres.""",
[R('article 51 de l’ONU','article',['51'],'UN Charter (called "l\'ONU"), subheading','un-charter',['plain','headline']),
 R('L’article 51 de l’ONU','article',['51'],'UN Charter','un-charter',['plain']),
 R('la charte des Nations unies','document',[],'UN Charter','un-charter',['whole-document']),
 R('il','article',['51'],'anaphoric pronoun: Article 51','un-charter',['anaphoric']),
 R('Cette disposition','article',['51'],'anaphoric: Article 51','un-charter',['anaphoric']),
 R('l’article 51','article',['51'],'UN Charter','un-charter',['plain'])],
[N('Lire également','navigation label'),N('D’un point de vue opérationnel','idiom ("point de vue")'),N('les règles du jeu','idiom')])

add('ho-fr-002','fr','https://pdfslide.fr/documents/la-charte-des-nations-unies-sfdi-dune-norme-sur-la-legitime-defense.html','pdfslide.fr (Cot & Pellet, La Charte des Nations Unies, commentaire)',None,
"""Tome I

3e édition mise à jour, revue et augmentée dans le cadre du

Centre de Droit international de Nanterre (CEDIN) à l’occasion du 60e anniversaire des Nations Unies

ECONOMICA

49, rue Héricart, 75015 Paris

ARTICLE 51

Aucune disposition de la présente Charte ne porte atteinte au droit naturel de légitime défense, individuelle ou collective, dans le cas où un Membre des Nations Unies est l’objet d’une agression armée, jusqu’à ce que le Conseil de sécurité ait pris les mesures nécessaires pour maintenir la paix et la sécurité internationales.""",
[R('ARTICLE 51','article',['51'],'UN Charter (heading of the commented article)','un-charter',['plain','headline']),
 R('la présente Charte','document',[],'quoted self-reference of the UN Charter inside Art. 51','un-charter',['anaphoric','whole-document'])],
[N('Tome I','volume number'),N('3e édition','edition ordinal'),N('60e anniversaire','anniversary ordinal'),N('49, rue Héricart, 75015 Paris','street address with numbers')],allow_overlap=True)

add('ho-fr-003','fr','https://defr.xcv.wiki/wiki/Recht_zur_Selbstverteidigung','xcv.wiki (machine translation of German Wikipedia)',None,
"""Droit à la légitime défense

Le droit à la légitime défense est énoncé à l' article 51 de la Charte des Nations Unies et donne à chaque État membre le droit de se défendre contre une attaque armée.

« En cas d'attaque armée contre un membre des Nations Unies, la présente charte n'affecte en rien le droit naturel à la légitime défense individuelle ou collective tant que le Conseil de sécurité n'aura pas pris les mesures nécessaires au maintien de la paix et de la sécurité internationales. Les mesures prises par un membre dans l'exercice de ce droit de légitime défense doivent être immédiatement signalées au Conseil de sécurité ; elles n'affectent en rien son autorité et son devoir, sur la base de la présente Charte, de prendre à tout moment les mesures qu'il juge nécessaires pour maintenir ou rétablir la paix et la sécurité internationales. »

- Charte des Nations Unies et Statut de la Cour internationale de Justice, Chapitre VII, Article 51 : Centre régional d'information des Nations Unies pour l'Europe occidentale""",
[R('l\' article 51 de la Charte des Nations Unies','article',['51'],'UN Charter (odd spacing in source)','un-charter',['plain']),
 R('la présente charte','document',[],'quoted self-reference of the UN Charter','un-charter',['anaphoric','whole-document']),
 R('la présente Charte','document',[],'quoted self-reference of the UN Charter','un-charter',['anaphoric','whole-document']),
 R('Charte des Nations Unies et Statut de la Cour internationale de Justice, Chapitre VII, Article 51','article',['51'],'UN Charter (citation line of a source)','un-charter',['nested'],('chapter',['VII'])),
 R('Statut de la Cour internationale de Justice','document',[],'ICJ Statute (part of the same publication title)','icj-statute',['whole-document'])],
[N('Centre régional d\'information des Nations Unies pour l\'Europe occidentale','publisher name')])

add('ho-fr-004','fr','https://lozzoo.com/?p=7248','lozzoo.com',None,
"""Comprendre l’article 51 de la Charte des Nations Unies : cadre et portée juridique
L’article 51 de l’ONU occupe une place charnière dans l’édifice du droit international. Il consacre la souveraineté des États membres tout en instaurant un filet de sécurité collective. Ce texte, issu du chapitre VII de la Charte des Nations Unies, autorise la légitime défense, individuelle ou collective, « en cas d’agression armée contre un membre de l’Organisation des Nations Unies », mais seulement en attendant que le Conseil de sécurité prenne le relais pour rétablir la paix.
Ce mécanisme repose sur une répartition précise des rôles entre plusieurs organes. Le Conseil de sécurité des Nations Unies garde la main sur la décision d’imposer des mesures coercitives, comme les sanctions des Nations Unies, des mesures qui, souvent, pèsent lourd sur les civils. Les Comités des sanctions surveillent leur mise en œuvre et conseillent le Conseil sur les ajustements à prévoir. Quant à l’Assemblée générale des Nations Unies, elle s’appuie sur son pouvoir de recommandation pour influencer la pratique du Conseil, notamment via des résolutions comme la 51/242, qui prône la limitation des impacts humanitaires et la mise en place d’exemptions humanita""",
[R('l’article 51 de la Charte des Nations Unies','article',['51'],'UN Charter (section heading)','un-charter',['plain','headline']),
 R('L’article 51 de l’ONU','article',['51'],'UN Charter','un-charter',['plain']),
 R('Il','article',['51'],'anaphoric pronoun: Article 51','un-charter',['anaphoric']),
 R('Ce texte, issu du chapitre VII de la Charte des Nations Unies','article',['51'],'anaphoric: Article 51, located in Chapter VII','un-charter',['anaphoric','nested'],('chapter',['VII'])),
 R('la 51/242','document',[],'UNGA resolution 51/242','unga-51-242',['whole-document','abbreviated'])],
[N('Ce mécanisme','anaphor to a mechanism, not a document'),N('Les Comités des sanctions','committees, not documents')])

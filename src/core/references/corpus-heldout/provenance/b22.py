from lib import *
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
add('ho-fr-005','fr','https://courrier.am/fr/node/6821','Courrier d\'Erevan',None,
"""\" L'Arménie a fait partie de la déclaration du 9 novembre et nous avons vu ce qui s'est passé au Nagorny-Karabakh.\" C'est ainsi que le secrétaire du Conseil de sécurité arménien Armen Grigoryan a commenté la déclaration d'Edmon Marukyan (chef du parti Arménie éclairée - Ndlr) sur la nécessité de revenir au 9e point de la déclaration trilatérale du 9 novembre 2020 entre l'Arménie, l'Azerbaïdjan et la Russie. Marukyan est convaincu que dans le cas contraire, la situation est lourde d'une prise de force par la partie azerbaïdjanaise du soi-disant <couloir de Zangezur> reliant le Nakhitchévan aux régions occidentales de l'Azerbaïdjan à travers le territoire de l'Arménie.
\" Je ne vois pas comment Marukyan justifie que ce point (9) peut empêcher cette situation ? Comment peut-on avancer de tels arguments ? Après tout, la déclaration du 9 novembre ne comportait pas un seul article, mais au moins huit autres, et nous avons vu ce qui s'est passé avec ces huit articles. Comment peut-on ne pas accepter ce qui s'est passé avec les 8 articles et dire que nous devrions revenir au 9e article.""",
[R('la déclaration du 9 novembre','document',[],TD,T,['whole-document']),
 R('au 9e point de la déclaration trilatérale du 9 novembre 2020 entre l\'Arménie, l\'Azerbaïdjan et la Russie','point',['9'],TD,T,['ordinal']),
 R('ce point (9)','point',['9'],'anaphoric: point 9 of '+TD,T,['anaphoric']),
 R('la déclaration du 9 novembre','document',[],TD,T,['whole-document']),
 R('au moins huit autres','point',['1-8'],'the eight other points (1–8) of '+TD+' (called "articles")',T,['anaphoric','number-word']),
 R('ces huit articles','point',['1-8'],'anaphoric: points 1–8 of '+TD,T,['anaphoric','number-word']),
 R('les 8 articles','point',['1-8'],'anaphoric: points 1–8 of '+TD,T,['anaphoric']),
 R('au 9e article','point',['9'],'anaphoric: point 9 of '+TD+' (called "article")',T,['anaphoric','ordinal'])],
[N('la déclaration d\'Edmon Marukyan','a politician\'s public statement (declaration = remark), judgement call: not an official document'),N('pas un seul article','"not a single article": negated count, no unit cited'),N('<couloir de Zangezur>','corridor name')])

add('ho-fr-006','fr','https://armenpress.am/fr/article/1069435/amp','Armenpress (français)','2021-11-30',
"""EREVAN, 30 NOVEMBRE, ARMENPRESS. Avec la déclaration signée le 26 novembre à Sochi, l'Arménie, la Russie et l'Azerbaïdjan réaffirment leur engagement à mettre en œuvre de manière cohérente et inconditionnelle toutes les dispositions de la déclaration trilatérale du 9 novembre 2020, a déclaré le porte-parole du ministère arménien des Affaires étrangères, Vahan Hunanyan, en réponse aux questions des médias concernant la déclaration trilatérale de Sochi.
Le porte-parole a souligné que la mise en œuvre complète des dispositions des déclarations trilatérales contribuera au règlement pacifique du conflit du Haut-Karabakh sous le mandat des coprésidents du Groupe de Minsk. «Cela fait référence aux obligations stipulées par le point 8 de la déclaration du 9novembre relatives au retour des prisonniers de guerre, des otages, des autres détenus qui doivent encore être remplies par l’Azerbaïdjan, ainsi que d’autres engagements non encore mis en œuvre.»
«Deuxièmement, la déclaration du 26novembre à Sotchi réaffirme la disposition de déblocage de toutes les voies de transport et des liens économiques dans la région inscrite dans la déclaration du 11janvier, et réfute une fois de plus les thèses de propagande sur le»corridor«ou la logique du corridor», a déclaré le porte-parole.""",
[R('la déclaration signée le 26 novembre à Sochi','document',[],'Trilateral Statement of 26 November 2021 (Sochi)','trilateral-2021-11-26',['whole-document']),
 R('toutes les dispositions de la déclaration trilatérale du 9 novembre 2020','clause',[],TD+' (all its provisions)',T,['plain']),
 R('la déclaration trilatérale de Sochi','document',[],'Trilateral Statement of 26 November 2021','trilateral-2021-11-26',['whole-document']),
 R('des dispositions des déclarations trilatérales','clause',[],'provisions of the trilateral statements (set of 2020, 2021 statements)','unknown',['plain']),
 R('le point 8 de la déclaration du 9novembre','point',['8'],TD+' (missing space "9novembre" in source)',T,['plain']),
 R('la déclaration du 26novembre à Sotchi','document',[],'Trilateral Statement of 26 November 2021','trilateral-2021-11-26',['whole-document']),
 R('la disposition de déblocage de toutes les voies de transport et des liens économiques dans la région inscrite dans la déclaration du 11janvier','clause',[],'provision on unblocking of Trilateral Statement of 11 January 2021','trilateral-2021-01-11',['plain'])],
[N('EREVAN, 30 NOVEMBRE, ARMENPRESS.','dateline'),N('Deuxièmement','ordinal discourse marker'),N('sous le mandat des coprésidents','mandate of the co-chairs, not a document')])

add('ho-fr-007','fr','https://www.armenews.com/spip.php?page=article&id_article=74533','Nouvelles d\'Arménie','2021-01',
"""Au cours du réunion à laquelle participaient ses conseillers, le Premier ministre Nikol Pashinyan a précisé hier les priorités de la poursuite de la mise en œuvre de la déclaration trilatérale du 10 novembre.

- Mise en œuvre complète du point 8 de la déclaration. En conséquence, il devrait y avoir un échange complet des prisonniers, otages et autres détenus, ainsi que des corps des morts. Il est également important pour nous de mener de vastes opérations de recherche et de sauvetage dans la zone des hostilités.

- Déblocage de toutes les infrastructures économiques et de transport dans la région, ce qui signifie à la fois le transport de marchandises et les communications de transport de l’Arménie à travers le territoire de l’Azerbaïdjan vers la Russie et la République islamique d’Iran, ainsi que le transport de marchandises et les communications de transport par l’Azerbaïdjan à travers le territoire de l’Arménie au Nakhitchevan.

« J’attire à nouveau l’attention sur le fait que dans la déclaration du 10 novembre, il n’y a pas de phrase concernant un « couloir » en relation avec Meghri ou tout territoire de la République d’Arménie », a noté le Premier ministre.""",
[R('la déclaration trilatérale du 10 novembre','document',[],TD,T,['whole-document']),
 R('point 8 de la déclaration','point',['8'],'anaphoric: '+TD,T,['anaphoric']),
 R('la déclaration du 10 novembre','document',[],TD,T,['whole-document'])],
[N('les priorités','priorities, not a document'),N('pas de phrase','"no sentence": negated content, not a unit citation')])

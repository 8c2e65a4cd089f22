import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
UC='un-charter'; UCD='Charter of the United Nations'
def rs(t,n,y,cats=('whole-document','list')): return R(t,'document',[],f'UNSC resolution {n} ({y})',f'unsc-{n}',list(cats))
add('fr-020','fr','http://www.voltairenet.org/article199117.html','Réseau Voltaire (projet de résolution sur Jérusalem, décembre 2017)','2017-12-18',
'''Le Conseil de sécurité,

Rappelant ses résolutions sur la question, notamment les résolutions 242 (1967), 252 (1968), 267 (1969), 298 (1971), 338 (1973), 446 (1979), 465 (1980), 476 (1980), 478 (1980) et 2334 (2016),

Guidé par les buts et principes énoncés dans la Charte des Nations Unies et rappelant notamment que l’acquisition de territoire par la force est inadmissible,''',
[R('ses résolutions sur la question','document',[],'previous UNSC resolutions on the question (set)','unknown',['anaphoric','whole-document']),
 rs('les résolutions 242 (1967)',242,1967),rs('252 (1968)',252,1968),rs('267 (1969)',267,1969),rs('298 (1971)',298,1971),rs('338 (1973)',338,1973),rs('446 (1979)',446,1979),rs('465 (1980)',465,1980),rs('476 (1980)',476,1980),rs('478 (1980)',478,1980),rs('2334 (2016)',2334,2016),
 R('la Charte des Nations Unies','document',[],UCD,UC,['whole-document'])],
[N('Le Conseil de sécurité,','the author organ')])

add('fr-021','fr','http://www.voltairenet.org/article199117.html','Réseau Voltaire (projet de résolution sur Jérusalem, décembre 2017)','2017-12-18',
'''1. Affirme que toute décision ou action qui visent à modifier le caractère, le statut ou la composition démographique de la Ville sainte de Jérusalem n’ont aucun effet juridique, sont nulles et non avenues et doivent être rapportées en application de ses résolutions sur la question et à cet égard demande à tous les États de s’abstenir d’établir des missions diplomatiques dans la Ville sainte de Jérusalem, en application de sa résolution 478 (1980) ;

2. Exige que tous les États respectent ses résolutions concernant la Ville sainte de Jérusalem et s’abstiennent de reconnaître les actions et les mesures qui y sont contraires ;''',
[R('ses résolutions sur la question','document',[],'previous UNSC resolutions on Jerusalem (set)','unknown',['anaphoric','whole-document']),
 rs('sa résolution 478 (1980)',478,1980,('whole-document',)),
 R('ses résolutions concernant la Ville sainte de Jérusalem','document',[],'UNSC resolutions on Jerusalem (set)','unknown',['anaphoric','whole-document'])],
[N('1. Affirme','the draft\'s own paragraph label'),N('2. Exige','label')])

add('de-020','de','https://de.abna24.com/story/1087660','ABNA (Deutsch)',None,
'''Wie die Ahlulbayt Nachrichtenagentur ABNA berichtet, Das zweite Komitee der UN-Generalversammlung bezeichnete jede Änderung an den Grenzen von 1967 in den besetzten Gebieten als ungültig.
Die Resolution wurde mit 153 Stimmen bei 6 Gegenstimmen und 16 Enthaltungen mehrheitlich angenommen. In der Resolution wurde außerdem die Besorgnis über die weit verbreitete Zerstörung von landwirtschaftlichen Flächen und Gärten in den besetzten Gebieten zum Ausdruck gebracht.''',
[R('Die Resolution','document',[],'anaphoric: Second Committee draft resolution on permanent sovereignty over natural resources in the OPT','unknown',['anaphoric','whole-document']),
 R('In der Resolution','document',[],'anaphoric: same resolution','unknown',['anaphoric','whole-document'])],
[N('Das zweite Komitee','"the Second Committee" – an ordinal committee name, not a document unit'),N('mit 153 Stimmen','vote count'),N('Grenzen von 1967','a year, not a reference')])

add('de-021','de','https://de.abna24.com/story/1087660','ABNA (Deutsch)',None,
'''In dieser Resolution wurde überdies das Ende aller Gewalttaten wie Ermordung, Provokation, Aufhetzung und Zerstörung gefordert und die Nutzung der Naturressourcen wie Land, Wasser und Energie als das unveräußerliche Recht des palästinensischen Volkes und der Bevölkerung in den besetzten syrischen Golanhöhen angesehen.''',
[R('In dieser Resolution','document',[],'anaphoric: the Second Committee resolution','unknown',['anaphoric','whole-document'])],[])

add('de-022','de','https://de.abna24.com/story/1087660','ABNA (Deutsch)',None,
'''Ungeachtet der UN-Resolutionen setzt das israelische Regime mit der Unterstützung der USA weiterhin seine illegalen Maßnahmen in den besetzten palästinensischen Gebieten, darunter den Bau von zionistischen Siedlungen, fort.''',
[],[N('der UN-Resolutionen','"UN resolutions" in general, no identification (judgement call: near miss)')])

import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'; FR='unga-2625'
t=J(r"ERKLÄRUNG ÜBER DIE GRUNDSÄTZE DES VÖLKERRECHTS BETREFFEND FREUNDSCHAFTLICHE BEZIEHUNGEN UND ZUSAMMENARBEIT UNTER DEN STAATEN IN ÜBEREINSTIMMUNG MIT DER CHARTA DER VEREINTEN NATIONEN (1970) 2625 (XXV). Erklärung über die Grundsätze des Völkerrechts betreffend freundschaftliche Beziehungen und Zusammenarbeit unter den Staaten in Übereinstimmung mit der Charta der Vereinten Nationen1, 2 Die Generalversammlung, eingedenk ihrer Resolutionen 1815 (XVII) vom 18. Dezember 1962, 1966 (XVIII) vom 16. Dezember 1963, 2103 (XX) vom 20. Dezember 1965, 2181 (XXI) vom 12. Dezember 1966, 2327 (XXII) vom 18. Dezember 1967, 2463 (XXIII) vom 20. Dezember 1968 und 2533 (XXIV) vom 8. Dezember 1969, in denen sie die Wichtigkeit der fortschreitenden Entwicklung und Kodifikation der Grundsätze des Völkerrechts betreffend freundschaftliche Beziehungen und Zusammenarbeit unter den Staaten bekräftigt hat, in Erwägung des Berichts des Besonderen Komitees für die Grundsätze des Völkerrechts betreffend freundschaftliche Beziehungen und Zusammenarbeit unter den Staaten,3 das vom 31. März bis zum 1. Mai 1970 in Genf zusammentrat, in Betonung der vorrangigen Bedeutung der Charta der Vereinten Nationen für die Aufrechterhaltung des internationalen Friedens und solcher Sicherheit und für die Entwicklung der freundschaftlichen Beziehungen und Zusammenarbeit unter den Staaten, in tiefer Überzeugung, dass die Annahme der Erklärung über die Grundsätze des Völkerrechts betreffend freundschaftliche Beziehungen und Zusammenarbeit unter den Staaten in Übereinstimmung mit der Charta der Vereinten Nationen anlässlich des fünfundzwanzigsten Jahrestages des Bestehens der Vereinten Nationen zur Stärkung des Weltfriedens beitrüge")
S='self'
refs=[
 R('ERKLÄRUNG ÜBER DIE GRUNDSÄTZE DES VÖLKERRECHTS BETREFFEND FREUNDSCHAFTLICHE BEZIEHUNGEN UND ZUSAMMENARBEIT UNTER DEN STAATEN IN ÜBEREINSTIMMUNG MIT DER CHARTA DER VEREINTEN NATIONEN (1970)','document',[],'title of resolution 2625 (XXV), the text the page reproduces',S,['self','whole-document','headline']),
 R('CHARTA DER VEREINTEN NATIONEN','document',[],'UN Charter, inside the title',UN,['whole-document','nested']),
 R('2625 (XXV)','document',[],'the resolution\'s own number (page = its text)',S,['self','whole-document','abbreviated']),
 R('Erklärung über die Grundsätze des Völkerrechts betreffend freundschaftliche Beziehungen und Zusammenarbeit unter den Staaten in Übereinstimmung mit der Charta der Vereinten Nationen','document',[],'title line of the Declaration (the page itself)',S,['self','whole-document','headline']),
 R('Charta der Vereinten Nationen','document',[],'UN Charter, inside the title line',UN,['whole-document','nested']),
 R('ihrer Resolutionen 1815 (XVII) vom 18. Dezember 1962','document',[],'UNGA res. 1815 (XVII)','unga-1815',['whole-document','list']),
 R('1966 (XVIII) vom 16. Dezember 1963','document',[],'UNGA res. 1966 (XVIII)','unga-1966',['whole-document','list']),
 R('2103 (XX) vom 20. Dezember 1965','document',[],'UNGA res. 2103 (XX)','unga-2103',['whole-document','list']),
 R('2181 (XXI) vom 12. Dezember 1966','document',[],'UNGA res. 2181 (XXI)','unga-2181',['whole-document','list']),
 R('2327 (XXII) vom 18. Dezember 1967','document',[],'UNGA res. 2327 (XXII)','unga-2327',['whole-document','list']),
 R('2463 (XXIII) vom 20. Dezember 1968','document',[],'UNGA res. 2463 (XXIII)','unga-2463',['whole-document','list']),
 R('2533 (XXIV) vom 8. Dezember 1969','document',[],'UNGA res. 2533 (XXIV)','unga-2533',['whole-document','list']),
 R('denen','document',[],'relative pronoun = those resolutions','unknown',['anaphoric','whole-document']),
 R('des Berichts des Besonderen Komitees für die Grundsätze des Völkerrechts betreffend freundschaftliche Beziehungen und Zusammenarbeit unter den Staaten','document',[],'report of the Special Committee (1970 session), A/8018','unknown',['whole-document']),
 R('Charta der Vereinten Nationen','document',[],'UN Charter',UN,['whole-document']),
 R('Erklärung über die Grundsätze des Völkerrechts betreffend freundschaftliche Beziehungen und Zusammenarbeit unter den Staaten in Übereinstimmung mit der Charta der Vereinten Nationen','document',[],'the Declaration itself, cited in its own preamble',S,['self','whole-document']),
 R('Charta der Vereinten Nationen','document',[],'UN Charter, inside the title',UN,['whole-document','nested']),
]
add('h2-de-001','de','https://studylibde.com/doc/7354356/erkl%C3%A4rung-%C3%BCber-die-grunds%C3%A4tze-des-v%C3%B6lkerrechts-betreffend','studylibde (German text of UNGA resolution 2625 (XXV))',None,t,refs,occ={4:0},
 near=[N('1, 2','footnote markers glued to the title ("Nationen1, 2")'),N(',3','footnote marker glued to "Staaten"'),N('31. März bis zum 1. Mai 1970','dates'),N('fünfundzwanzigsten Jahrestages','ordinal anniversary'),N('Die Generalversammlung','organ name')])

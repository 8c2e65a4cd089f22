import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'; FR='unga-2625'
t=J(r"3. Ziele und Grundsätze\n\nОглавление\n\n138\n\nDie allgemeinen Ziele der UNO zählt Art. 1 UNCh auf. Art. 1 UNCh ist zwar formal rechtsverbindlich, jedoch inhaltlich wenig bestimmt und darin Staatszielbestimmungen in Verfassungen vergleichbar. Wie diese liegt seine hauptsächliche Bedeutung in allgemeinen Zielvorgaben für die Tätigkeit der UN-Organe und in seiner Funktion als Auslegungsmaßstab.\n\n139\n\nKonkrete Rechtspflichten enthalten demgegenüber die Grundsätze, nach denen die UNO in Verfolgung ihrer Ziele tätig wird. Diese nennt Art. 2 UNCh. Eine Konkretisierung dieser Grundsätze hat die UN-Generalversammlung in ihrer Resolution betreffend die „Grundprinzipien des Völkerrechts über die freundschaftlichen Beziehungen und die Zusammenarbeit zwischen den Staaten“ vom 24.10.1970 (Friendly Relations Declaration oder Prinzipien-Deklaration) unternommen, die allerdings für sich genommen keine Rechtsverbindlichkeit besitzt (Rn. 304–307).")
add('h2-de-002','de','https://knigalit.ru/avtori/andreas-von-arnauld/book2169561/chitat/?page=89','knigalit.ru (A. von Arnauld, Völkerrecht, p. 89)',None,t,[
 R('Art. 1 UNCh','article',['1'],'UN Charter Art. 1',UN,['abbreviated','plain']),
 R('Art. 1 UNCh','article',['1'],'UN Charter Art. 1',UN,['abbreviated','plain']),
 R('seine','article',['1'],'possessive "its" = Art. 1',UN,['anaphoric']),
 R('seiner','article',['1'],'possessive "its" = Art. 1',UN,['anaphoric']),
 R('Art. 2 UNCh','article',['2'],'UN Charter Art. 2',UN,['abbreviated','plain']),
 R('ihrer Resolution betreffend die „Grundprinzipien des Völkerrechts über die freundschaftlichen Beziehungen und die Zusammenarbeit zwischen den Staaten“ vom 24.10.1970','document',[],'UNGA res. 2625 (XXV)',FR,['whole-document']),
 R('Friendly Relations Declaration','document',[],'alias of res. 2625',FR,['whole-document','abbreviated']),
 R('Prinzipien-Deklaration','document',[],'alias of res. 2625',FR,['whole-document','abbreviated','list']),
 R('die','document',[],'relative pronoun "die" = the resolution',FR,['anaphoric','whole-document']),
 R('Rn. 304–307','paragraph',['304-307'],'cross-reference to margin numbers 304–307 of the same book','self',['self','range','abbreviated']),
],occ={8:nth(t,'die','die allerdings')},near=[N('3. Ziele und Grundsätze','section heading of the book'),N('138','margin number'),N('139','margin number'),N('Оглавление','Russian UI word')])

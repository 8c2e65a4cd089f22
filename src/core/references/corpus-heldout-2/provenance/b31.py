import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
MP='minsk-package-2015'; MA='minsk-agreements'; MM='minsk-memorandum-2014'
t=J(r"Институт эффективной политики\n\nИнститут эффективной политики\n\n25 августа 2019\nИнформационно-аналитические материалы\n\nМинские Соглашения. Позиция Украины и России. Полный текст и комментарий\n\nПри этом для нас в данном контексте важен сам факт – Минские Соглашения не выполняет НИКТО.\n\n\n\nМинские Соглашения. Позиция Украины и России. Полный текст и комментарий\n\nС функциональной точки зрения Минские Соглашения представляют собой исключительно странный пакет документов – все участники переговорных взаимодействий по Донбассу (назвать эти контакты «переговорным процессом» крайне затруднительно) признают и постоянно подчеркивают непреложность, важность и значимость этих договоренностей, неизменно ссылаются на них при обосновании собственной позиции и усердно обвиняют противостоящую сторону в систематическом их нарушении.\n\nПри этом никто не торопится эти соглашения выполнять, постоянно выжидая, что движение к их реализации начнет противник, «а мы потом увидим». Другой вопрос, что внимательное рассмотрение текста этих документов и сопоставление их положений с поступающими из з")
add('h2-ru-008','ru','http://iep.md/analytic/0322-Minskie-Soglasheniya-Poziciya-Uk.phtml','Институт эффективной политики (iep.md)','2019-08-25',t,[
 R('Минские Соглашения','document',[],'the Minsk agreements (title)',MA,['whole-document','headline']),
 R('Минские Соглашения','document',[],'the Minsk agreements',MA,['whole-document']),
 R('Минские Соглашения','document',[],'the Minsk agreements (title repeated)',MA,['whole-document','headline']),
 R('Минские Соглашения','document',[],'the Minsk agreements',MA,['whole-document']),
 R('этих договоренностей','document',[],'anaphoric: the Minsk agreements',MA,['anaphoric','whole-document']),
 R('них','document',[],'pronoun "them" = the agreements',MA,['anaphoric','whole-document']),
 R('их','document',[],'pronoun "their (violation)" = the agreements',MA,['anaphoric','whole-document']),
 R('эти соглашения','document',[],'anaphoric: the Minsk agreements',MA,['anaphoric','whole-document']),
 R('их','document',[],'pronoun "their (implementation)" = the agreements',MA,['anaphoric','whole-document']),
 R('текста этих документов','document',[],'anaphoric: text of the Minsk documents',MA,['anaphoric','whole-document']),
 R('их положений','clause',[],'"their provisions" = provisions of the Minsk documents',MA,['anaphoric']),
],occ={5:nth(t,'них','них при обосновании'),6:nth(t,'их','их нарушении'),8:nth(t,'их','их реализации'),10:nth(t,'их положений','их положений')},near=[N('пакет документов','"a package of documents": predicate describing them'),N('25 августа 2019','date'),N('Полный текст и комментарий','"full text and commentary" (title part)')])

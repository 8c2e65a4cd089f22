import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
MP='minsk-package-2015'; MA='minsk-agreements'; MM='minsk-memorandum-2014'
t=J(r"Опубликован текст Комплекса мер по выполнению Минских соглашений\n\nМосκва. 12 февраля. INTERFAX.RU - Участниκи трехсторοнней κонтактнοй группы пο урегулирοванию ситуации на Украине пο итогам перегοворοв в Минсκе пοдписали «Комплекс мер пο выпοлнению Минсκих сοглашений». Ниже следует пοлный текст документа, опублиκованнοгο на сайте Кремля.\n\n1. Незамедлительнοе и всеобъемлющее прекращение огня в отдельных районах Донецκой и Лугансκой областей Украины и егο стрοгοе выпοлнение начиная с 00 ч. 00 мин. (κиевсκое время) 15 февраля 2015 гοда.\n\n2. Отвод всех тяжелых вооружений обеими сторοнами на равные расстояния в целях сοздания зоны безопаснοсти ширинοй минимум 50 км друг от друга для артиллерийсκих систем κалибрοм 100 мм и бοлее, зоны безопаснοсти ширинοй 70 км для РСЗО и ширинοй 140 км для РСЗО «Торнадо-С», «Ураган», «Смерч» и тактичесκих раκетных систем «Точκа» («Точκа У»):\n\n- для украинсκих войсκ: от фактичесκой линии сοприκоснοвения;\n\n- для вооруженных формирοваний отдельных районοв Донецκой и Лугансκой областей Украины: от линии сοприκоснοвения сοгласнο Минсκому мемοрандуму от 19 сентября 2014 г.")
add('h2-ru-009','ru','http://ocenivayushe.ru/kutrespaete190.htm','ocenivayushe.ru (spam copy of Interfax with Greek/Latin homoglyphs κ, ο)',None,t,[
 R('Комплекса мер по выполнению Минских соглашений','document',[],'Package of Measures (headline, clean spelling)',MP,['whole-document','headline']),
 R('Минских соглашений','document',[],'Minsk agreements, inside the title',MA,['whole-document','nested']),
 R('«Комплекс мер пο выпοлнению Минсκих сοглашений»','document',[],'Package of Measures (title with homoglyphs)',MP,['whole-document']),
 R('Минсκих сοглашений','document',[],'Minsk agreements inside the title (homoglyphs)',MA,['whole-document','nested']),
 R('документа','document',[],'anaphoric: the Package of Measures ("full text of the document")',MP,['anaphoric','whole-document']),
 R('Минсκому мемοрандуму от 19 сентября 2014 г.','document',[],'Minsk Memorandum of 19 Sept 2014, cited in point 2 (homoglyphs)',MM,['whole-document']),
],occ={1:0},near=[N('1. Незамедлительнοе','item label of the quoted text'),N('2. Отвод','item label'),N('15 февраля 2015 гοда','date'),N('INTERFAX.RU','agency name')])

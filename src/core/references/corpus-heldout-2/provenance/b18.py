import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'; BM='budapest-memorandum-1994'; NPT='npt-1968'; NT='nato-treaty'; MP='minsk-package-2015'
t=J(r"Меморандум про гарантії безпеки у зв'язку з приєднанням України до Договору про нерозповсюдження ядерної зброї\n\n(Перенаправлено з Будапештський меморандум)\nМеморандум про гарантії безпеки\nу зв'язку з приєднанням України до\nДоговору про нерозповсюдження ядерної зброї\n\nБудапешт: 1994\n \n[ Ukrainian text – Texte ukrainien ]\n \nМЕМОРАНДУМ\n \nПРО ГАРАНТІЇ БЕЗПЕКИ\nУ ЗВ'ЯЗКУ З ПРИЄДНАННЯМ УКРАЇНИ ДО\nДОГОВОРУ ПРО НЕРОЗПОВСЮДЖЕННЯ ЯДЕРНОЇ ЗБРОЇ")
add('h2-uk-006','uk','https://uk.m.wikisource.org/wiki/%D0%91%D1%83%D0%B4%D0%B0%D0%BF%D0%B5%D1%88%D1%82%D1%81%D1%8C%D0%BA%D0%B8%D0%B9_%D0%BC%D0%B5%D0%BC%D0%BE%D1%80%D0%B0%D0%BD%D0%B4%D1%83%D0%BC','Вікіджерела (text of the Budapest Memorandum)',None,t,[
 R("Меморандум про гарантії безпеки у зв'язку з приєднанням України до Договору про нерозповсюдження ядерної зброї",'document',[],'page title = the Memorandum the page reproduces','self',['self','whole-document','headline']),
 R('Договору про нерозповсюдження ядерної зброї','document',[],'NPT, inside the title',NPT,['whole-document','nested']),
 R('Будапештський меморандум','document',[],'redirect note naming the Memorandum (the page itself)','self',['self','whole-document']),
 R("Меморандум про гарантії безпеки\nу зв'язку з приєднанням України до\nДоговору про нерозповсюдження ядерної зброї",'document',[],'title block (line-wrapped) = the page itself','self',['self','whole-document','headline']),
 R('Договору про нерозповсюдження ядерної зброї','document',[],'NPT, inside the title block',NPT,['whole-document','nested']),
 R("МЕМОРАНДУМ\n \nПРО ГАРАНТІЇ БЕЗПЕКИ\nУ ЗВ'ЯЗКУ З ПРИЄДНАННЯМ УКРАЇНИ ДО\nДОГОВОРУ ПРО НЕРОЗПОВСЮДЖЕННЯ ЯДЕРНОЇ ЗБРОЇ",'document',[],'upper-case title of the text = the page itself','self',['self','whole-document','headline']),
 R('ДОГОВОРУ ПРО НЕРОЗПОВСЮДЖЕННЯ ЯДЕРНОЇ ЗБРОЇ','document',[],'NPT, inside the upper-case title',NPT,['whole-document','nested']),
],occ={1:0},near=[N('[ Ukrainian text – Texte ukrainien ]','language label of the UNTS copy'),N('Будапешт: 1994','place and year line')])

t=J(r"Глава украинской делегации вТКГ привел пример встречи ТКГ.\nПервый президент и глава украинской делегации в Трехсторонней контактной группе по урегулированию в Донбассе (ТКГ) Леонид Кравчук назвал Комплекс мер по выполнению Минских соглашений «огромной ошибкой», сообщает ТСН.\nКравчук заявил, что документ, который был подписан в 2015 году при президенте Петре Порошенко, является «политической петлей на шее Украины».\nПідписуйтеcь на наш Telegram-канал Lenta.UA - ЄДИНІ незалежні новини про події в Україні та світі\nОн привел пример встречи ТКГ.\n«Они повторяли одно и то же, что, мол, Украина меняет философию и порядок Минских договоренностей. Что там записаны сначала выборы, а потом граница, а Украина хочет наоборот. А дальше они не хотят слушать меня о том, что этот комплекс мер был подписан в очень сложных условиях, продолжались военные действия. Но факт остается фактом. Как избавиться от этого главного пункта?\nСейчас они нам суют в глаза этот документ. Но я им говорю, что это не единственный документ, который был принят в Минском процессе, Нормандском формате. Принято много документов, поэтом")
add('h2-ru-007','ru','https://lenta.ua/ru/kravchuk-rasskazal-o-politicheskoy-petle-na-shee-ukrainy-76400','Lenta.UA (from TSN)',None,t,[
 R('Комплекс мер по выполнению Минских соглашений','document',[],'Package of Measures (12 Feb 2015)',MP,['whole-document']),
 R('Минских соглашений','document',[],'Minsk agreements (named inside the title)','minsk-agreements',['whole-document','nested']),
 R('документ, который был подписан в 2015 году при президенте Петре Порошенко','document',[],'anaphoric: Package of Measures',MP,['anaphoric','whole-document']),
 R('Минских договоренностей','document',[],'Minsk agreements (here the Package of Measures and its sequence)','minsk-agreements',['whole-document']),
 R('там','document',[],'"there" = in the Minsk agreements',MP,['anaphoric','whole-document']),
 R('этот комплекс мер','document',[],'anaphoric: Package of Measures',MP,['anaphoric','whole-document']),
 R('этого главного пункта','point',[],'"this main point" = the elections-before-border sequencing provision (points 9/12), number not given',MP,['anaphoric']),
 R('этот документ','document',[],'anaphoric: Package of Measures',MP,['anaphoric','whole-document']),
],occ={1:0},near=[N('не единственный документ','"not the only document": generic'),N('много документов','"many documents": generic'),N('Telegram-канал Lenta.UA','channel name'),N('Первый президент','ordinal title, cites nothing')])

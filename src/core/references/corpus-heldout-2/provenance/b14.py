import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
TS='trilateral-2020-11-10'; NT='nato-treaty'; UN='un-charter'; W='washington-2025-08-08'
t=J(r"Президент США Гарри Трумэн открывает Североатлантический оборонительный договор в Вашингтоне 4 апреля 1949 года. Министры иностранных дел и послы 12 стран-участниц договора, сидящие на сцене, слушают его выступление, прежде чем поставить свои подписи под историческим документом (Фото: AP / ТАСС)\n\nСодержание:\n\nЧто такое договор НАТО\n\nСевероатлантический договор — это основополагающий документ НАТО. Он был подписан в Вашингтоне в 1949 году, поэтому его также называют Вашингтонским договором. Вступил в силу в августе 1949-го. Договор опирается на принципы Устава ООН и статью 51 о самообороне.\n\nВ договоре 14 статей, наиболее известные из которых — четвертая и пятая. Пятая статья определяет принцип коллективной обороны. За всю историю она применялась один раз — после терактов 11 сентября 2001 года в США. Четвертая статья закрепляет механизм взаимных консультаций между странами североатлантического блока при возникновении угроз безопасности, независимости или территориальной целостности любой из них. К ней обращались девять раз, включа")
add('h2-ru-001','ru','https://www.rbc.ru/base/23/10/2025/68f8e7c99a79471dfc338934','РБК','2025-10-23',t,[
 R('Североатлантический оборонительный договор','document',[],'North Atlantic Treaty (photo caption)',NT,['whole-document']),
 R('договора','document',[],'anaphoric: the Treaty ("12 states parties to the treaty")',NT,['anaphoric','whole-document']),
 R('историческим документом','document',[],'anaphoric: the Treaty ("the historic document")',NT,['anaphoric','whole-document']),
 R('договор НАТО','document',[],'North Atlantic Treaty (table-of-contents heading)',NT,['whole-document','headline']),
 R('Североатлантический договор','document',[],'North Atlantic Treaty',NT,['whole-document']),
 R('Он','document',[],'pronoun "it" = the Treaty',NT,['anaphoric','whole-document']),
 R('Вашингтонским договором','document',[],'North Atlantic Treaty (alias "Washington Treaty"), not the 2025 declaration',NT,['whole-document']),
 R('Договор','document',[],'anaphoric: the Treaty',NT,['anaphoric','whole-document']),
 R('Устава ООН','document',[],'UN Charter',UN,['whole-document','abbreviated']),
 R('статью 51','article',['51'],'UN Charter Art. 51 (document named just before)',UN,['anaphoric']),
 R('договоре','document',[],'anaphoric: the Treaty ("in the treaty there are 14 articles")',NT,['anaphoric','whole-document']),
 R('четвертая и пятая','article',['4','5'],'North Atlantic Treaty Arts 4 and 5 ("the fourth and fifth")',NT,['anaphoric','list','ordinal','number-word']),
 R('Пятая статья','article',['5'],'North Atlantic Treaty Art. 5',NT,['anaphoric','ordinal','number-word']),
 R('она','article',['5'],'pronoun "it" = Art. 5',NT,['anaphoric']),
 R('Четвертая статья','article',['4'],'North Atlantic Treaty Art. 4',NT,['anaphoric','ordinal','number-word']),
 R('К ней','article',['4'],'"to it" = Art. 4',NT,['anaphoric']),
],occ={5:nth(t,'Он',"Он был подписан")},near=[N('14 статей','"14 articles": count'),N('12 стран-участниц','count'),N('11 сентября 2001 года','date'),N('девять раз','count')])

from lib import *
add('ho-uk-016','uk','https://pdfslide.us/documents/f-united-nations-in-.html','pdfslide.us (копія українського тексту Статуту ООН, un.org.ua)',None,
"""Примітка

Статут Організації Об’єднаних Націй був під-писаний 26 червня 1945 року в Сан-Франциско на заключному засіданні Конференції Об’єднаних Націй зі створення Міжнародної Організації та набув чинності 24 жовтня 1945 року. Складовою частиною Статуту є Статут Міжнародного Суду.

Виправлення до статей 23, 27 та 61 Статуту були прийняті Генеральною Асамблеєю 17 грудня 1963 року й набули чинності 31 серпн""",
[R('Статут Організації Об’єднаних Націй','document',[],'UN Charter','un-charter',['whole-document']),
 R('Статуту','document',[],'anaphoric: UN Charter','un-charter',['anaphoric','whole-document']),
 R('Статут Міжнародного Суду','document',[],'ICJ Statute','icj-statute',['whole-document']),
 R('статей 23, 27 та 61 Статуту','article',['23','27','61'],'UN Charter','un-charter',['list'])],
[N('Примітка','section label ("Note")'),N('під-писаний','hyphenated word from line-wrap (realistic noise)'),N('31 серпн','truncated date')])

add('ho-uk-017','uk','http://referatu.net.ua/referats/135/36728/?page=18','referatu.net.ua (реферат)',None,
"""яких створюється і функціонує Міжнародний суд. Ст. 92 Статуту відзначає, що він є головним судовим органом ООН. Згідно ст. 93 Статуту всі члени Організації є ipso facto (тобто внаслідок самого факту) учас-никами Статуту Міжнародного суду. Кожний член Організації зобов'язується виконати рішення Міжнародного суду у тій справі, в якій він є стороною. Статут Між-народного суду є додатком до Статуту ООН. У його основу покладено Статут Постійної палати Міжнародного правосуд-дя. Статут Міжнародного суду — невід'ємна частина Стату-ту ООН. [49, с.29].
У заключних розділах Статуту ООН викладено норми про Секретаріат ООН (розділ XV), постанови ООН (розділ XVI), заходи щодо безпеки в перехідний після Другої світо-вої війни період (розділ XVII), поправки до Статуту ООН (розділ XVIII). Завершують Статут ООН норми його ратифі-кації і підписання (розділ XIX).""",
[R('Ст. 92 Статуту','article',['92'],'UN Charter','un-charter',['abbreviated']),
 R('ст. 93 Статуту','article',['93'],'UN Charter','un-charter',['abbreviated']),
 R('Статуту Міжнародного суду','document',[],'ICJ Statute','icj-statute',['whole-document']),
 R('Статут Між-народного суду','document',[],'ICJ Statute (hyphenated line-wrap)','icj-statute',['whole-document']),
 R('Статуту ООН','document',[],'UN Charter','un-charter',['whole-document']),
 R('його','document',[],'anaphoric pronoun: ICJ Statute','icj-statute',['anaphoric','whole-document']),
 R('Статут Постійної палати Міжнародного правосуд-дя','document',[],'Statute of the Permanent Court of International Justice (1920)','pcij-statute',['whole-document']),
 R('Статут Міжнародного суду','document',[],'ICJ Statute','icj-statute',['whole-document']),
 R('Стату-ту ООН','document',[],'UN Charter (hyphenated)','un-charter',['whole-document']),
 R('заключних розділах Статуту ООН','chapter',[],'closing chapters of the UN Charter (XV–XIX, listed next)','un-charter',['plain']),
 R('розділ XV','chapter',['XV'],'UN Charter','un-charter',['list']),
 R('розділ XVI','chapter',['XVI'],'UN Charter','un-charter',['list']),
 R('розділ XVII','chapter',['XVII'],'UN Charter','un-charter',['list']),
 R('Статуту ООН','document',[],'UN Charter','un-charter',['whole-document']),
 R('розділ XVIII','chapter',['XVIII'],'UN Charter','un-charter',['list']),
 R('Статут ООН','document',[],'UN Charter','un-charter',['whole-document']),
 R('розділ XIX','chapter',['XIX'],'UN Charter','un-charter',['plain'])],
[N('[49, с.29]','bibliographic citation with page number'),N('Другої світо-вої війни','ordinal in event name')])

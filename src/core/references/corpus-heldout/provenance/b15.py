from lib import *
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
add('ho-az-001','az','https://buta.tv/news/131771/zengezur-dehlizini-iki-boyuk-guc-destekleyir-kiviryan','BUTA.TV',None,
"""Sirr deyil ki, Azərbaycan həmişə Naxçıvanla birləşmək istəyib və bu ideya ABŞ və Türkiyə tərəfindən dəstəklənib. Lakin bu məsələ ətrafında danışıqlar heç vaxt sənədə çevrilməmişdi.
BUTA.TV xəbər verir ki, bu sözləri erməni politoloq Argişti Kiviryan yerli mediaya müsahibəsində deyib.
O xatırladıb ki, ilk dəfə belə bir sənəd 9 noyabr 2020-ci ildə ortaya çıxıb və Paşinyanın imzası onun altındadır:
“Eyni zamanda ruslar paritet vəziyyət yaratdılar, çünki 9 noyabr bəyanatı Qarabağın “erməni qalmasına” imkan verirdi. Paşinyan bu bəyanatın 9-cu bəndini yerinə yetirməmək üçün Qarabağı qurban verdi və indi Mehri mövzusuna yenidən qayıtdılar”.""",
[R('ilk dəfə belə bir sənəd 9 noyabr 2020-ci ildə ortaya çıxıb','document',[],TD+' ("the first such document appeared on 9 Nov 2020")',T,['whole-document']),
 R('onun','document',[],'anaphoric pronoun: '+TD,T,['anaphoric','whole-document']),
 R('9 noyabr bəyanatı','document',[],TD,T,['whole-document']),
 R('bu bəyanatın 9-cu bəndini','point',['9'],'anaphoric: point 9 of '+TD,T,['anaphoric','ordinal'])],
[N('heç vaxt sənədə çevrilməmişdi','"never became a document": no document cited'),N('müsahibəsində','an interview, not an official document')])

add('ho-az-002','az','https://sam.az/az/politics/450946/prezidentin-xususi-numayendesi-zengezur-dehlizinden-danisib','SAM.az','2023-10-05',
"""Azərbaycan, Ermənistanın Azərbaycanın əsas hissəsini Naxçıvanla birləşdirən “Zəngəzur dəhlizi” ilə fasiləsiz nəqliyyat üçün təhlükəsiz təminat verməsinin vacibliyini vurğulayır. Azərbaycan Prezidentinin xüsusi nümayəndəsi Elçin Əmirbəyov Azərbaycanın Ermənistanın suveren ərazisi kimi tanıyaraq, bu dəhliz üzərində ərazi hüquqlarına iddia etməməsinə aydınlıq gətirib. Əmirbəyov bildirib ki, lakin Ermənistanın dəhlizin təhlükəsizliyini necə təmin edəcəyi ilə bağlı məsələ hələ müəyyən deyil.

Qeyd etmək lazımdır ki, 2020-ci ildə imzalanan üçtərəfli bəyanatda təhlükəsizliyi Rusiyanın təmin edəcəyi razılaşdırılsa da, bu gün Ermənistan bu məsələyə yenidən baxa bilər.""",
[R('2020-ci ildə imzalanan üçtərəfli bəyanatda','document',[],TD,T,['whole-document'])],
[N('“Zəngəzur dəhlizi”','a corridor name, not a document'),N('bu məsələyə','"this issue", not a document')])

add('ho-az-003','az','https://yenixeber.az/zengezur-dehlizi-rusiyanin-yox-azerbaycan-ve-ermenistanin-problemidir-ekspert-121702','Yeni Xəbər (KONKRET.az)',None,
"""\"Zəngəzur dəhlizi Rusiyanın yox, Azərbaycan və Ermənistanın problemidir\" - Ekspert
\"9 noyabr 2020-ci il tarixində Azərbaycan, Rusiya və Ermənistan arasında imzalanan üçtərəfli bəyanatda Zəngəzur dəhlizinin adı çəkilmir, burada yalnız kommunikasiyaların açılmasından söhbət gedir\".
KONKRET.az xəbər verir ki, bunu rusiyalı politoloq Stanislav Tarasov \"hraparak\" nəşrinə müsahibəsində deyib.
Ekspert vurğulayıb ki, sözügedən məsələ Rusiyanın yox, Azərbaycan və Ermənistanın problemidir:
\"Zəngəzur dəhlizi məsələsi birmənalı olaraq Rusiyanın yox, Azərbaycan və Ermənistanın problemidir. İkincisi, Azərbaycan sözügedən müddəanı sülh müqaviləsindən çıxardı.""",
[R('9 noyabr 2020-ci il tarixində Azərbaycan, Rusiya və Ermənistan arasında imzalanan üçtərəfli bəyanatda','document',[],TD,T,['whole-document']),
 R('burada','document',[],'anaphoric adverb ("in it"): '+TD,T,['anaphoric','whole-document']),
 R('sözügedən müddəanı','clause',[],'anaphoric ("the said provision"): provision on the corridor in the draft peace treaty','az-am-peace-2025',['anaphoric']),
 R('sülh müqaviləsindən','document',[],'Armenia–Azerbaijan peace treaty (draft)','az-am-peace-2025',['whole-document'])],
[N('İkincisi','"secondly": ordinal discourse marker'),N('sözügedən məsələ','"the said issue": anaphor to an issue, not a document'),N('\"hraparak\" nəşrinə','outlet name')])

add('ho-az-004','az','https://az.armradio.am/2021/05/18/zangezur-d%C9%99hlizi-olmayacaq-er-t%C9%99hluk%C9%99sizlik-surasinin-katibi/','Armenian Public Radio (Azerbaijani service)','2021-05-18',
"""“Zəngəzur dəhlizi” olmayacaq.  Bu barədə Ermənistan Respublikası Təhlükəsizlik Şurasının katibi Armen Grigoryan “Sputnik Armenia” və “Civilnet”-ə verdiyi müsahibədə qeyd edib.

Onun sözlərinə görə, “Zangezur Dəhlizi” yalnız “Azərbaycan iddiası”dır və bunun 9 Noyabr 2020-ci il tarixli üçtərəfli bəyanatı ilə heç bir əlaqəsi yoxdur.

“Bəyanatda “dəhliz” sözü yoxdur. Üçtərəfli bəyanatın məntiqi çərçivəsində qalmışıq, qalırıq və qalacağıq. Blokdan çıxarmaq yalnız bir yolu blokdan çıxarmaq demək deyil, dəfələrlə bildirdik ki, “blokdan çıxmaq” bütün yolların açılacağını deməyin tərəfdarıyıq”- Grigoryan qeyd edib.""",
[R('9 Noyabr 2020-ci il tarixli üçtərəfli bəyanatı','document',[],TD,T,['whole-document']),
 R('Bəyanatda','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('Üçtərəfli bəyanatın','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('“Azərbaycan iddiası”','a claim, not a document'),N('“Sputnik Armenia”','outlet name')])

add('ho-az-005','az','https://heseneskeri.az/dunya/1520-prezident-ermenistanin-esassiz-iddialarini-qeti-sekilde-redd-edirik.html','heseneskeri.az','2022-11-11',
"""Prezident: “Ermənistanın əsassız iddialarını qəti şəkildə rədd edirik”
Bu sözləri Prezident İlham Əliyev Səmərqənddə keçirilən Türk Dövlətləri Təşkilatının IX Zirvə Görüşündə çıxış edərkən deyib.
Onun sözlərinə görə, biz bu gün də Azərbaycan-Ermənistan sərhədi istiqamətində öz doğma torpaqlarımızdayıq:
“Oktyabr ayında Praqa və Soçidə qəbul edilmiş birgə bəyanatlarda Azərbaycan və Ermənistan bir-birinin ərazi bütövlüyünü və suverenliyini rəsmən tanıdı. Bu bir də onu göstərir ki, Qarabağ münaqişəsi tarixdə qaldı.
İkinci Qarabağ münaqişəsinin nəticələri bölgə üçün yeni imkanlar açır.""",
[R('Praqa','document',[],'Prague quadrilateral statement of 6 October 2022 (first of a list)','unknown',['list']),
 R('Soçidə qəbul edilmiş birgə bəyanatlarda','document',[],'Sochi trilateral statement of 31 October 2022 (second of a list)','unknown',['list'])],
[N('IX Zirvə Görüşündə','summit number (Roman numeral), not a document unit'),N('İkinci Qarabağ','"Second Karabakh (war)": ordinal in event name')])

from lib import *
add('ho-tr-001','tr','https://askeriharekat.com/turkiyeye-mesru-mudafaa-hakki-taniyan-bmnin-51-maddesi-nedir/','askeriharekat.com',None,
"""Türkiye Cumhuriyeti terörle tanıştığı 1970‘li yıllardaki ermeni terör örgütü ASALA  ve bu örgütün devamı niteliğindeki PKK ile uzun yıllardır büyük bir mücadele vermeye devam ediyor. TSK iç güvenlik harekatı ile ülke sınırları içinde mücadele verirken aynı zamanda yurt dışı operasyonları da düzenlemektedir. Türkiye yurt dışı harekatını yani meşru müdahale hakkını Birleşmiş Milletlerin 51. maddesine dayandırıyor.

51. Madde Türkiye’ye Müdahale Hakkı Tanır mı?

Bu madde ise ”Hiçbir şey Birleşmiş Milletler Güvenlik Konseyi uluslararası barış ve güvenliği sağlayacak tüm önlemleri alana dek askeri saldırıya uğramış Birleşmiş Milletler üyesi ülkenin bireysel  yada kollektif meşru müdafaa hakkına zarar veremez.""",
[R('Birleşmiş Milletlerin 51. maddesine','article',['51'],'UN Charter (named only as "the United Nations")','un-charter',['plain']),
 R('51. Madde','article',['51'],'UN Charter (subheading)','un-charter',['plain','headline']),
 R('Bu madde','article',['51'],'anaphoric: Article 51 of the UN Charter','un-charter',['anaphoric'])],
[N('1970‘li yıllardaki','decade'),N('ASALA','organisation name')])

add('ho-tr-002','tr','http://hukukihaber.net/afrin-harekatinin-hukuki-dayanagi-makale,5663.html','Hukuki Haber',None,
"""Kuvvet kullanma yasağı jus cogens haline gelmiştir, yani bir devletin bir başka devlete karşı kuvvet kullanamayacağı, köleliğin yasak olması kadar tartışmasız bir kuraldır. Kural, İkinci Dünya Savaşı’nın ardından BM Sözleşmesi’nin 2. maddesinde yazılı hale getirilmiştir. Bu maddeye göre; “Tüm üyeler, uluslararası ilişkilerinde gerek herhangi bir başka devletin toprak bütünlüğüne ya da siyasi bağımsızlığına karşı, gerekse Birleşmiş Milletlerin amaçları ile bağdaşmayacak herhangi bir biçimde kuvvet kullanma tehdidine ya da kuvvet kullanılmasına başvurmaktan kaçınırlar”.""",
[R('BM Sözleşmesi’nin 2. maddesinde','article',['2'],'UN Charter (called "BM Sözleşmesi")','un-charter',['plain','abbreviated']),
 R('Bu maddeye','article',['2'],'anaphoric: Article 2 of the UN Charter','un-charter',['anaphoric'])],
[N('İkinci Dünya Savaşı’nın','ordinal in event name'),N('jus cogens','legal concept')])

add('ho-tr-003','tr','http://hukukihaber.net/afrin-harekatinin-hukuki-dayanagi-makale,5663.html','Hukuki Haber',None,
"""1- Meşru Savunma Hakkı ve “Önleyici Saldırı” Kavramı

Devletlerin; menfaatlerini ve diplomatik pazarlıkları, Uluslararası Kamu Hukuku normlarına tercih ettikleri bir gerçektir. Özellikle 11 Eylül 2001 tarihinde ABD’de gerçekleşen terör saldırılarından sonra başlayan uluslararası/sınır aşan terörle mücadele, yani “terörle savaş” süreci, devletlerin Uluslararası Kamu Hukukuna riayet edip etmedikleri yönünden incelendiğinde, başarısız bir tablo ile karşılaşılacaktır. ABD; bahsigeçen terör saldırılarını gerekçe göstererek, “gerçek ve yakın tehlike” teorisi ile “önleyici saldırı” kavramından hareketle, Birleşmiş Milletler Sözleşmesi’nin 51. maddesinde düzenlenen “meşru savunma” kavramını uluslararası ilişkilerde çok farklı bir şekle çevirme gayretine girmiştir.""",
[R('Birleşmiş Milletler Sözleşmesi’nin 51. maddesinde','article',['51'],'UN Charter (called "Sözleşme")','un-charter',['plain'])],
[N('1-','the article\'s own section number'),N('11 Eylül 2001','date')])

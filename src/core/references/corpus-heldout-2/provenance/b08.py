import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
TS='trilateral-2020-11-10'; NT='nato-treaty'; UN='un-charter'
t=J(r"Ukrayna Parlamentosu Verhovna Rada’nın bu sabahki oturumunda Birleşmiş Milletler’de yardım çağrısının yapıldığı bir metin kabul edildi.\nUNİAN Haber Ajansı’nın haberine göre 250 parlamenterin oyu ile kabul edilen metinde Kırım’daki olaylarla ilgili olarak Birleşmi Milletler göreve çağrıldı.\nSöz konusu metinde Birleşmiş Milletler’in tüzüğündeki maddelere atıfta bulunurken, ülkelerin meşru müdafaası ve diğer ülkelerden yardım talep etmesini içeren 51. maddeye değinildi.\nBirleşmiş Milletler anlaşmasının 51. Maddesi ne diyor?")
RADA='unknown'
add('h2-tr-001','tr','https://ukrturk.net/ukrayna-parlamentosu-birlesmis-milletlerden-yardim-istedi','UkrTürk',None,t,[
 R('bir metin','document',[],'appeal of the Verkhovna Rada to the UN adopted on 1 March 2014 (Crimea)',RADA,['whole-document']),
 R('metinde','document',[],'anaphoric: the Rada appeal',RADA,['anaphoric','whole-document']),
 R('Söz konusu metinde','document',[],'anaphoric ("the said text"): the Rada appeal',RADA,['anaphoric','whole-document']),
 R('Birleşmiş Milletler’in tüzüğündeki maddelere','article',[],'articles of the UN Charter ("tüzük"), unspecified',UN,['plain']),
 R('51. maddeye','article',['51'],'UN Charter Art. 51',UN,['anaphoric','ordinal']),
 R('Birleşmiş Milletler anlaşmasının 51. Maddesi','article',['51'],'UN Charter Art. 51 (subheading)',UN,['plain','ordinal','headline']),
],[N('250 parlamenterin oyu','vote count'),N('UNİAN Haber Ajansı’nın','agency name')])

t=J(r"Anadolu Ajansı saat 09:40'ta geçtiği son dakika haberinde; NATO'nun, Türkiye'nin talebi üzerine olağanüstü toplanacağını belirtti.\n\nİdlip'te, dün, Esad rejimine ait güçlerin saldırısı sonrasında 33 askerimiz şehit olmuştu.\n\nTürkiye, NATO'nun 5. madde kapsamında bir karar almasını talep ediyor\n\nWashington Antlaşması'nın 5. maddesinin altında şu karar yer alıyor:\n\n\"Taraflar, Kuzey Amerika'da veya Avrupa'da içlerinden bir veya daha çoğuna yöneltilecek silahlı bir saldırının hepsine yöneltilmiş bir saldırı olarak değerlendirileceği ve eğer böyle bir saldın olursa BM Yasası'nın 51. Maddesinde tanınan bireysel ya da toplu öz savunma hakkını kullanarak, Kuzey Atlantik bölgesinde güvenliği sağlamak ve korumak için bireysel olarak ve diğerleri ile birlikte, silahlı kuvvet kullanımı da dahil olmak üzere gerekli görülen eylemlerde bulunarak saldırıya uğrayan Taraf ya da Taraflara yardımcı olacakları konusunda anlaşmışlardır. Böylesi herhangi bir saldın ve bunun sonucu olarak alınan bütün önlemler derhal Güvenlik Konseyi'ne bildirilecektir. Güvenlik Konseyi, uluslararası barış ve güvenliği sağlamak ve korumak için gerekli önlemleri aldığı zaman, bu önlemlere son verilecektir.\"\n\nToday, the #NATO Council meets at Turkey's request to consult under Article 4 of NATO's founding Washington Treaty on the situation in Syria: https://t.co/mwiEZfNGE3")
add('h2-tr-002','tr','https://www.memurlar.net/haber/888914/','Memurlar.net','2020-02-28',t,[
 R("NATO'nun 5. madde",'article',['5'],'North Atlantic Treaty Art. 5 (named via NATO)',NT,['plain','ordinal','headline']),
 R("Washington Antlaşması'nın 5. maddesinin",'article',['5'],'North Atlantic Treaty (Washington Treaty) Art. 5 — not the 2025 Washington declaration',NT,['plain','ordinal']),
 R("BM Yasası'nın 51. Maddesinde",'article',['51'],'UN Charter Art. 51 ("BM Yasası")',UN,['plain','ordinal']),
 R("Article 4 of NATO's founding Washington Treaty",'article',['4'],'North Atlantic Treaty Art. 4 (embedded English tweet)',NT,['plain']),
],[N('saat 09:40','time'),N('33 askerimiz','count'),N('#NATO','hashtag'),N('https://t.co/mwiEZfNGE3','link'),N('şu karar','"the following decision": the quoted article text, not a separate document')])

t=J(r"NATO'nun kalbi 5. Maddeyi anlamak: Türkiye için ne ifade ediyor?\nİran’ın yolladığı balistik füzenin bölge sınırlamızda düşürülmesi, şu an en çok konuşulan konulardan. İsrail-İran arasındaki gerilim artarken, Türkiye’ye yönelik bu hamlenin yaşanması tartışmaları beraberinde getirdi. NATO, füze saldırısının önlenmesinin ardından açıklama yaptı. Bu noktada ise devreye NATO’nun 5. Maddesi giriyor. Peki bu Türkiye için ne ifade ediyor?\nKuzey Atlantik Antlaşması Örgütü'nün (NATO) temel taşı olan 5. madde, bir üye ülkeye yapılan silahlı saldırının tüm üyelere yapılmış sayılacağını ve kolektif savunmayı öngörüyor. Son yıllardaki jeopolitik gelişmeler ve artan küresel güvenlik kaygılarıyla birlikte, bu madde uluslararası tartışmaların merkezine yerleşti.\n5. madde, ittifakın savunma doktrininin temelini oluşturur. Eğer bir NATO üyesi Avrupa veya Kuzey Amerika'da silahlı bir saldırıya uğrarsa, diğer üyeler bunu kendilerine yapılmış bir saldırı olarak kabul eder. Bu durumda, saldırıya uğrayan ülkeye yardım etmek için her türlü önlemi alma yükümlülükleri doğar.\nAntlaşmanın 5. maddesi, her üyenin BM Şartı'nın 51. maddesinde belirtilen bireysel veya toplu meşru müdafaa hakkını kullanarak gerekli adımları atmasını öngörür.")
add('h2-tr-003','tr','https://www.ekonomim.com/foto-galeri/gundem/natonun-kalbi-5-maddeyi-anlamak-turkiye-icin-ne-ifade-ediyor-galeri-879625','Ekonomim','2026-03-04',t,[
 R('5. Maddeyi','article',['5'],'North Atlantic Treaty Art. 5 (headline)',NT,['anaphoric','ordinal','headline']),
 R('NATO’nun 5. Maddesi','article',['5'],'North Atlantic Treaty Art. 5',NT,['plain','ordinal']),
 R('5. madde','article',['5'],'North Atlantic Treaty Art. 5',NT,['anaphoric','ordinal']),
 R('bu madde','article',['5'],'anaphoric: Art. 5',NT,['anaphoric']),
 R('5. madde','article',['5'],'North Atlantic Treaty Art. 5',NT,['anaphoric','ordinal']),
 R('Antlaşmanın 5. maddesi','article',['5'],'North Atlantic Treaty Art. 5',NT,['anaphoric','ordinal']),
 R("BM Şartı'nın 51. maddesinde",'article',['51'],'UN Charter Art. 51',UN,['plain','ordinal']),
],[N('açıklama yaptı','NATO made a statement: unidentified'),N('Kuzey Atlantik Antlaşması Örgütü','organisation name (contains the treaty name)')])

t=J(r"Türkiye hava sahasına yöneldiği tespit edildikten sonra vurulan balistik füze, NATO'nun kolektif savunma ilkesi temelinde 5. maddeye ilişkin tartışmaları da beraberinde getirdi. Ancak bu maddenin aktive edilmesi NATO'nun gündemine gelmedi.\n\nMilli Savunma Bakanlığı (MSB), 4 Mart'ta İran'dan ateşlenen ve Türk hava sahasına yöneldiği belirlenen bir füzenin düşürüldüğünü açıkladı.\n\nİran Genelkurmay Başkanlığı, 5 Mart'ta yaptığı açıklamada Türkiye topraklarına herhangi bir füze fırlatılmadığını, \"\" belirtti.\n\nOlayın yaşandığı 4 Mart'ta ABD Savaş Bakanı Pete Hegseth, bunun 5. maddeyi tetikleyeceğini düşünmediklerini söyledi.\n\nNATO Genel Sekreteri Mark Rutte de olayı ciddi olarak değerlendirmekle birlikte, \"Kimse 5. maddeyi konuşmuyor. En önemli şey, düşmanlarımızın dün (4 Mart) NATO'nun ne kadar güçlü ve uyanık olduğunu görmüş olmalarıdır\" dedi.\n\n5. madde nedir?\n\nNATO'nun ortak savunma ilkesi olan ve müttefiklerden birine yapılan saldırının tüm müttefiklere yapılmış sayılacağı temeline dayanan Kuzey Atlantik Antlaşması'nın 5. maddesinde şu ifadelere yer veriliyor:")
add('h2-tr-004','tr','https://www.haberler.com/dunya/nato-nun-5-maddesi-nedir-hangi-durumda-devreye-19628385-haberi/','Haberler.com (AA)',None,t,[
 R('5. maddeye','article',['5'],'North Atlantic Treaty Art. 5',NT,['anaphoric','ordinal']),
 R('bu maddenin','article',['5'],'anaphoric: Art. 5',NT,['anaphoric']),
 R('5. maddeyi','article',['5'],'North Atlantic Treaty Art. 5',NT,['anaphoric','ordinal']),
 R('5. maddeyi','article',['5'],'North Atlantic Treaty Art. 5 (quoted Rutte)',NT,['anaphoric','ordinal']),
 R('5. madde','article',['5'],'North Atlantic Treaty Art. 5 (subheading)',NT,['anaphoric','ordinal','headline']),
 R("Kuzey Atlantik Antlaşması'nın 5. maddesinde",'article',['5'],'North Atlantic Treaty Art. 5',NT,['plain','ordinal']),
],[N("4 Mart'ta",'date'),N("5 Mart'ta",'date'),N('(4 Mart)','date'),N('yaptığı açıklamada','Iranian General Staff statement: not identifiable as a document')])

import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
MO='montreux-1936'; LZ='lausanne-1923'; LS='lausanne-straits-convention-1923'
t=J(r"Montrö Boğazlar Sözleşmesi nedir?\nMontrö Boğazlar Sözleşmesi 9 Kasım 1936'da yürürlüğe girdi. Anlaşmaya göre, Karadeniz'e kıyısı olmayan ülkelerin askeri gemileri 15, kıyıdaş ülkelerin askeri gemileri ise 8 gün önceden Türkiye'ye haber vererek boğazlardan geçebiliyor.\nMontrö Boğazlar Sözleşmesi'ne göre,\n-Kıyıdaş olmayan devletlerin savaş gemileri Karadeniz'de 21 günden fazla kalamıyor.\n-Karadeniz'e kıyıdaş olmayan devletlerin askeri gemileri ile bunlara yardımcı deniz araçları, sözleşme şartlarını yerine getirmek kaydıyla boğazlardan serbestçe geçme hakkına sahip.\n-Sözleşmede geçiş için belirtilen şartların başında ise gemilerin tonajı ile Karadeniz'de kalış süreleri gibi sınırlamalar bulunuyor.\n-Türk Boğazlarından bir gün içinde geçecek askeri gemilerin kıyıdaş olsun ya da olmasın toplam tonajının 15 bin tonu aşmaması gerekiyor.\n-Sözleşmede uçak gemilerine ilişkin bir madde bulunmazken, bu gemiler yapıları gereği uygulanan tonaj sınırını aştığı için boğazlardan geçerek Karadeniz'e giremiyor.\n-İlke olarak, yabancı ülke denizaltıları Türk Boğazlarına giremiyor. Kıyıdaş ülkeler ise sipariş edilmiş denizaltılarını teslim almak ya da onarıma göndermek ve getirmek için Boğazları kullanabiliyor.\n-Sözleşmeye göre, ne sebeple olursa olsun Karadeniz'e kıyıdaş olmayan ülkelere ait savaş gemileri bu denizde 21 günden fazla kalamıyor.")
add('h2-tr-009','tr','https://www.turkiyeekspreshaber.com/gundem/montro-bogazlar-sozlesmesi-nedir-h10639.html','Türkiye Ekspres Haber',None,t,[
 R('Montrö Boğazlar Sözleşmesi','document',[],'Montreux Convention (headline)',MO,['whole-document','headline']),
 R('Montrö Boğazlar Sözleşmesi','document',[],'Montreux Convention',MO,['whole-document']),
 R('Anlaşmaya','document',[],'anaphoric: the Convention',MO,['anaphoric','whole-document']),
 R("Montrö Boğazlar Sözleşmesi'ne",'document',[],'Montreux Convention',MO,['whole-document']),
 R('sözleşme şartlarını','clause',[],'"the conditions of the convention"',MO,['anaphoric']),
 R('Sözleşmede','document',[],'anaphoric: the Convention',MO,['anaphoric','whole-document']),
 R('Sözleşmede','document',[],'anaphoric: the Convention',MO,['anaphoric','whole-document']),
 R('Sözleşmeye','document',[],'anaphoric: the Convention',MO,['anaphoric','whole-document']),
],near=[N('bir madde bulunmazken','"there being no article": negated, cites nothing'),N("9 Kasım 1936'da",'date'),N('21 günden','duration'),N('15 bin tonu','tonnage')])

t=J(r"Montreux Boğazlar Sözleşmesi\n![]() |\nKaradeniz'e kıyıdaş veya değil, Türkiye dışındaki tüm yabancı\ndevletlerin savaş gemilerinin Türk Boğazlarından geçiş ve Karadeniz’de kalışını\n1936 senesinde Montrö Boğazlar Sözleşmesi düzenlenmiştir. Ayrıca bu anlaşma\nimzalandığı tarihten beri hiçbir değişikliğe uğramadan yürürlükte olmaya devam\netmektedir. Tersten ele alacak olursak Montrö ağırlıklı olarak savaş\ngemilerinin Türk Boğazlarından geçişini düzenleyen bir sözleşmedir. Bu\nsözleşmenin asıl yapılış amacını; “geçiş ve seyir serbestlii ilkesini Türkiye'nin ve\nKaradeniz’e kıyısı olan diğer devletlerin güvenlikleri çerçevesinde düzenlemek”\nolarak ifade edebiliriz. Peki, Sözleşme üzerinde anlaşmaya varılmasına giden\nsüreç nasıl gelişmiştir? Sözleşmenin teorik olarak getirdiği düzen\nnasıldır? Uygulamada sorunlar yaşanmış mıdır? Sözleşmenin yokluğu neler\ngetirebilir?\nTürkiye, uluslararası hukukta rebus sic stantibus (koşullarda\nkökü Değişiklikler) kuralını öne\nsürerek, yaklaşan İkinci Dünya Savaşı’na karşı kendini Müdafaa etme\nhakkı olduğunu söyleyerek Lozan Boğazlar Sözleşmesinin taraf\ndevletlerini, yeni bir konferans yapmaya ikna etmiş ve bu devletleri Montrö’de\nbir araya getirmeyi başarmıştır. Türkiye için Montrö\nKonferansının temel hedefi ise, başta Lozan Boğazlar Sözleşmesinin Türk\nBoğazları için getirdiği askersizleştirme gibi Türkiye'nin güvenliğine\nyönelik zaafiyetleri ve Boğazlar Komisyonu gibi egemenliğini kısıtlayan\nhükümleri bertaraf etmekti.")
add('h2-tr-010','tr','https://stealthistorian.blogspot.com/2019/07/montreux-bogazlar-sozlesmesi.html','Stealth Historian (blog)',None,t,[
 R('Montreux Boğazlar Sözleşmesi','document',[],'Montreux Convention (post title)',MO,['whole-document','headline']),
 R('Montrö Boğazlar Sözleşmesi','document',[],'Montreux Convention',MO,['whole-document']),
 R('bu anlaşma','document',[],'anaphoric: the Convention',MO,['anaphoric','whole-document']),
 R('Montrö','document',[],'"Montreux" used as short name of the Convention',MO,['whole-document','abbreviated']),
 R('Bu\nsözleşmenin','document',[],'anaphoric: the Convention (line-wrapped)',MO,['anaphoric','whole-document']),
 R('Sözleşme','document',[],'anaphoric: the Convention',MO,['anaphoric','whole-document']),
 R('Sözleşmenin','document',[],'anaphoric: the Convention',MO,['anaphoric','whole-document']),
 R('Sözleşmenin','document',[],'anaphoric: the Convention',MO,['anaphoric','whole-document']),
 R('Lozan Boğazlar Sözleşmesinin','document',[],'Lausanne Straits Convention (1923)',LS,['whole-document']),
 R('Lozan Boğazlar Sözleşmesinin','document',[],'Lausanne Straits Convention (1923)',LS,['whole-document']),
 R('hükümleri','clause',[],'"the provisions" of the Lausanne Straits Convention (demilitarisation, Straits Commission)',LS,['anaphoric']),
],near=[N('bir sözleşmedir','"is a convention": predicate'),N("Montrö’de",'place name'),N('Montrö\nKonferansının','conference, not the Convention'),N('rebus sic stantibus','legal doctrine'),N('Boğazlar Komisyonu','body name')])

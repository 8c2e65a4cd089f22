import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'
t=J(r"Hakkı Hakan Erkiner\n\nUluslararası Hukukta Kuvvet Kullanma Yasağının Kişi Bakımından (Ratione Personae), Yer Bakımından (Ratione Loci) ve Konu Bakımından (Ratione Materiae) Uygulanabilirliği\n\nDr. Öğr. Üyesi Hakkı Hakan Erkiner\nMarmara Üniversitesi Hukuk Fakültesi Devletler Umumi Hukuku Anabilim Dalı\n\nÖZET\n\nBM Şartı madde 2/4, kişi bakımından yâni ratione personae uygulanabilirlik bakımından devletlere yükümlülük yüklemektedir. Bu yükümlülük erga omnes bir yükümlülüktür. Nitekim jus cogens kurallardan erga omnes yükümlülükler doğar ve BM Şartı 2/4’ün jus cogens bir norm olduğu hususunda uluslararası hukukta bir mutâbakat vardır.[1] BM Şartı 2/4, yer bakımından yâni ratione loci uygulanabilirlik bakımından devletlerin ülkelerini korumaktadır.[2]  BM Şartı 2/4’ün konu bakımından yâni ratione materiae uygulanabilirliğini anlatmak için öncelikle maddede geçen kuvvet kavramını açıklamak gereklidir. Şart doğrudan kuvvet kullanılmasını yasaklayarak fiilen silâh kullanılmasını engellemek istemekte ve silâh kullanmanın üzerine yapıştırılan hukukî etiket ile ilgilenmemektedir. BM Şartı fiilen kuvvet kullanılmasını yasakladığı gibi onun hazırlık aşaması da olabilen kuvvet kullanma tehdidinde bulunmayı da yasaklamaktadır. Kuvvet kullanma tehdidinde bulunma fiilen kuvvet kullanmanın hazırlığı olabileceği gibi bu tehdidin yöneldiği devleti fiilen kuvvet kullanmadan istenileni yapmaya sevk etmek için korkutmak amacıyla da yapılabilir. Her hâlükârda kuvvet kullanma tehdidinde bulunmak da kuvvet kullanmanın kendisi gibi BM Şartı madde 2/4’de yasaklanmıştır.")
def p24(txt,note,cats): return R(txt,'paragraph',['4'],note,UN,cats,parent=('article',['2']))
add('h2-tr-011','tr','https://blog.muhfmed.org.tr/uluslararasi-hukukta-kuvvet-kullanma-yasaginin-kisi-bakimindan-ratione-personae-yer-bakimindan-ratione-loci-ve-konu-bakimindan-ratione-materiae-uygulanabilirligi/','MÜHFMED blog (H. H. Erkiner)',None,t,[
 p24('BM Şartı madde 2/4','UN Charter Art. 2(4), written "madde 2/4"',['nested','abbreviated']),
 p24('BM Şartı 2/4’ün','UN Charter Art. 2(4), "2/4"',['nested','abbreviated']),
 p24('BM Şartı 2/4','UN Charter Art. 2(4)',['nested','abbreviated']),
 p24('BM Şartı 2/4’ün','UN Charter Art. 2(4)',['nested','abbreviated']),
 p24('maddede','"in the article" = Art. 2(4)',['anaphoric']),
 R('Şart','document',[],'"the Charter"',UN,['anaphoric','whole-document']),
 R('BM Şartı','document',[],'UN Charter',UN,['whole-document','abbreviated']),
 p24('BM Şartı madde 2/4’de','UN Charter Art. 2(4)',['nested','abbreviated']),
],occ={5:nth(t,'Şart','Şart doğrudan')},near=[N('[1]','footnote marker'),N('[2]','footnote marker'),N('ÖZET','"abstract" heading'),N('Bu yükümlülük','anaphor to an obligation, not a document')])

t=J(r"1. BÖLÜM: BM SİSTEMİ ÇERÇEVESİNDE KUVVET KULLANIMI,\n\n1.2. BM Antlaşması’nın 51. Maddesi ve Meşru Müdafaa Hakkı\n\n14\n\n- Yine BM Antlaşması’nın VIII. Bölümünde düzenlenen bölgesel örgütler tarafından düzenlenen uluslararası barışın ve güvenliğin sağlanabilmesi için gerekli olan müşterek askeri zorlama tedbirlerine katılabilir.22\n\nBM Antlaşması’na göre GK, uluslararası barışın ve güvenliğin korunması için temel yetki organıdır ve madde 25’e göre tüm devletleri bağlayan kararlar almakla yetkilendirilmiştir. GK, madde 39’a göre barışa karşı herhangi bir tehdidin varlığına ve saldırı eylemine karar verme yetkisine sahiptir. Bu madde, 40 ve 41. maddelerde olduğu gibi üye devletleri bağlayan, barışın korunmasına veya yeniden tesis dilmesi amacıyla askeri güç kullanımına karar verme yetkisini GK’ye bırakır. GK gerekli önlemleri alır ve eğer (42. maddeye göre) alınan önlemler yetersiz kalırsa, kara, hava ve deniz kuvvetlerini uluslararası barışı korumak veya yeniden tesis etmek amacıyla kullanabilir. GK kendisine bağlı bulunan üye devletlere kuvvet kullanma yetkisini tarihte iki kez vermiştir: 1950’de Kore’de ve 1990’da Irak’ta.23\n\nYukarıda bahsedilen durumlar haricinde uluslararası ilişkilerde kuvvet kullanımı ve tehdidi BM tarafından yasaklanmıştır. 1945 yılından bu yana pek çok devlet 51. Madde’ye atıfta bulunarak uluslararası alanda gerçekleştirdikleri kuvvet kullanımlarını meşru müdafaa hakkı kapsamına sokmaya çalışmaktadırlar.")
add('h2-tr-012','tr','https://9lib.net/article/bm-antla%C5%9Fmas%C4%B1-n%C4%B1n-maddesi-ve-me%C5%9Fru-m%C3%BCdafaa-hakk%C4%B1.zpn6j5or','9lib.net (thesis excerpt)',None,t,[
 R('BM Antlaşması’nın 51. Maddesi','article',['51'],'UN Charter Art. 51 (section heading)',UN,['plain','ordinal','headline']),
 R('BM Antlaşması’nın VIII. Bölümünde','chapter',['VIII'],'UN Charter Chapter VIII',UN,['plain']),
 R('BM Antlaşması’na','document',[],'UN Charter',UN,['whole-document']),
 R('madde 25’e','article',['25'],'UN Charter Art. 25',UN,['anaphoric']),
 R('madde 39’a','article',['39'],'UN Charter Art. 39',UN,['anaphoric']),
 R('Bu madde','article',['39'],'anaphoric: Art. 39',UN,['anaphoric']),
 R('40 ve 41. maddelerde','article',['40','41'],'UN Charter Arts 40 and 41 (list, suffix on the last)',UN,['anaphoric','list','ordinal']),
 R('42. maddeye','article',['42'],'UN Charter Art. 42',UN,['anaphoric','ordinal']),
 R('51. Madde’ye','article',['51'],'UN Charter Art. 51',UN,['anaphoric','ordinal']),
],near=[N('1. BÖLÜM:','chapter label of the thesis itself'),N('1.2.','section number of the thesis'),N('14','page number'),N('.22','footnote marker'),N('.23','footnote marker'),N('iki kez','"twice": count')])

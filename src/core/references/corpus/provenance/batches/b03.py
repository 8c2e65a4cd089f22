import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
UC='un-charter'; UCD='Charter of the United Nations'
add('az-001','az','https://mtm.az/xəbərlər/azərbaycan-respublikasi-prezidentinin-ermənistan-respublikasi-bas-nazirinin-və-rusiya-federasiyasi-prezidentinin-bəyannaməsi/','MTM.az (re-publication of the Statement of 11 January 2021)',None,
'''1. Bölgədəki bütün iqtisadi və nəqliyyat əlaqələrinin blokdan çıxarılması baxımından 9 Noyabr 2020-ci il tarixli Bəyanatın 9-cu bəndini həyata keçirmək üçün Rusiya Federasiyasının Prezidenti V.V.Putinin Azərbaycan Respublikası Baş nazirinin müavinlərinin müştərək rəhbərliyi altında üçtərəfli İşçi Qrupunun yaradılması barədə təklifi dəstəklənir.

2. İşçi qrup ilk iclasını 2021-ci il yanvarın 30-dək keçirəcək və nəticələrinə əsasən Bəyanatın 9-cu bəndinin icrasından irəli gələn əsas iş sahələrinin siyahısını hazırlayacaq, dəmir yolu və avtomobil yolları rabitəsini prioritet kimi müəyyənləşdirəcək və həmçinin Azərbaycan Respublikası, Ermənistan Respublikası arasında digər razılaşma sahələrini müəyyənləşdirəcək.''',
[R('9 Noyabr 2020-ci il tarixli Bəyanatın 9-cu bəndini','point',['9'],TD,T,['plain','ordinal']),
 R('Bəyanatın 9-cu bəndinin','point',['9'],'anaphoric: '+TD,T,['anaphoric','ordinal'])],
[N('2021-ci il yanvarın 30-dək','deadline date, not a reference')])

add('az-002','az','https://www.musavat.com/news/10-noyabr-senedinde-tilsime-dusen-9-cu-bend_1062509.html','Müsavat','2024-04-20',
'''10 noyabr sənədində tilsimə düşən 9-cu bənd''',
[R('10 noyabr sənədində tilsimə düşən 9-cu bənd','point',['9'],TD,T,['headline','ordinal'])],[])

add('az-003','az','https://www.musavat.com/news/10-noyabr-senedinde-tilsime-dusen-9-cu-bend_1062509.html','Müsavat','2024-04-20',
'''Ekspert: “Bu sənəddə bir neçə komponent artıq öz əhəmiyyətini itirib, bəziləri həllini tapıb, amma...”''',
[R('Bu sənəddə','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],[])

add('az-004','az','https://www.musavat.com/news/10-noyabr-senedinde-tilsime-dusen-9-cu-bend_1062509.html','Müsavat','2024-04-20',
'''2020-ci il 10 noyabr üçtərəfli 9 bəndlik sənəddə sülh sazişi, ümumiyyətlə, nəzərdə tutulmayıb. Öhdəliklərə gəlincə, Azərbaycan üzərinə düşənləri etdi, amma Ermənistan bunlara etinasız yanaşdı, xüsusilə də qanunsuz erməni silahlı birləşmələrinin Qarabağdan çıxarılması tələbi uzun müddət gözardı edildi. Nəhayət, Azərbaycan özü bu bəndləri icra etdi.''',
[R('2020-ci il 10 noyabr üçtərəfli 9 bəndlik sənəddə','document',[],TD,T,['whole-document']),
 R('bu bəndləri','point',[],'anaphoric: points of '+TD+' (those on withdrawal of armed formations)',T,['anaphoric'])],
[N('sülh sazişi','a peace agreement mentioned generically (none existed), not a reference')])

add('az-005','az','https://www.musavat.com/news/10-noyabr-senedinde-tilsime-dusen-9-cu-bend_1062509.html','Müsavat','2024-04-20',
'''4 il əvvəl əldə olunmuş razılaşmaya əsasən, Rusiya sülhməramlı kontingenti Qarabağa 5 il müddətinə yerləşdirilmişdi və tərəflərdən biri etiraz etməzdisə, bu müddət daha 5 il  uzadıla bilərdi.''',
[R('4 il əvvəl əldə olunmuş razılaşmaya','document',[],TD+' (agreement reached 4 years earlier)',T,['anaphoric','whole-document'])],
[N('5 il müddətinə','a duration, not a reference')])

add('en-015','en','https://radar.am/en/news/politics-2630125365/','Radar Armenia','2024-05-07',
'''The Prime Minister commented on point 9 of the tripartite statement of November 2020

Prime Minister Nikol Pashinyan referred to the tripartite statement of November 9, 2020, noting that none of its points are valid today. Speaking about point 9 of the statement, he said that it is not about the connection between Azerbaijan and Nakhichevan but about the need to unblock regional economic ties and, as a result, ensure communication from country to country.''',
[R('point 9 of the tripartite statement of November 2020','point',['9'],TD,T,['headline','plain']),
 R('the tripartite statement of November 9, 2020','document',[],TD,T,['whole-document']),
 R('none of its points','point',[],'anaphoric: all points of '+TD,T,['anaphoric']),
 R('point 9 of the statement','point',['9'],'anaphoric: '+TD,T,['anaphoric'])],[])

add('en-016','en','https://radar.am/en/news/politics-2630125365/','Radar Armenia','2024-05-07',
'''Why? Because in point 9 of the tripartite declaration, there is no hint, note, or wording that Armenia's sovereignty and jurisdiction are limited in any way."

According to him, the next issue being manipulated is an attempt to create the impression that, according to point 9 of the statement of November 9, the third party should provide security on the territory of Armenia. "There is no such thing at all in point 9 of the statement of November 9. On the contrary, it is written that RA guarantees security. The guarantor is RA." According to him, there is no wording in the tripartite declaration that any part of the territory of the Republic of Armenia should be outside the control of the Government of the Republic of Armenia, and any third party, notably the Russian Federation, should control it. "It is written that the bodies of the border guard service of the FSB of Russia carry out control over transport communication. The interpretation of this point must be expressed in the decree of the President of the Russian Federation of November 10,''',
[R('point 9 of the tripartite declaration','point',['9'],TD,T,['plain']),
 R('point 9 of the statement of November 9','point',['9'],TD,T,['plain']),
 R('point 9 of the statement of November 9','point',['9'],TD,T,['plain']),
 R('the tripartite declaration','document',[],TD,T,['anaphoric','whole-document']),
 R('this point','point',['9'],'anaphoric: point 9 of '+TD,T,['anaphoric']),
 R('the decree of the President of the Russian Federation of November 10','document',[],'Decree of the President of the Russian Federation of 10 November 2020 (on the peacekeeping operation)','unknown',['whole-document'])],
[N('the next issue','"issue" = topic, not a document issue')])

add('en-017','en','https://armenpress.am/eng/news/1136512/','Armenpress','2024-05-07',
'''YEREVAN, MAY 7, ARMENPRESS. Point 9 of the trilateral statement of November 9, 2020, between Armenia, Azerbaijan, and Russia does not pertain to the connection between Azerbaijan and the Nakhchivan Autonomous Republic, the Prime Minister Nikol Pashinyan said, clarifying that Point 9 specifically addresses the unblocking of regional economic ties, noting that Azerbaijan has not unblocked any of our roads.''',
[R('Point 9 of the trilateral statement of November 9, 2020, between Armenia, Azerbaijan, and Russia','point',['9'],TD,T,['plain']),
 R('Point 9','point',['9'],'anaphoric: '+TD,T,['anaphoric'])],
[N('YEREVAN, MAY 7','dateline, not a reference')])

add('en-018','en','https://armenpress.am/eng/news/1136512/','Armenpress','2024-05-07',
'''"Azerbaijan is not taking advantage of this opportunity. Moreover, they say that if Armenia does not give us these roads, we will build them with the Islamic Republic of Iran. We say, just as Iran is ready to provide a road, we are also ready to provide it. In Point 9 of the statement of November 9, there is no wording, note that Armenia's sovereignty and jurisdiction are being limited in any way; there is no such thing,'' Pashinyan said.

Touching on another subject of speculation, Prime Minister Pashinyan refuted the notion that Point 9 of the statement states that a third country should ensure the safety of roads on the territory of Armenia. He emphasized that the tripartite declaration of November 9 is public, and anyone can read it.''',
[R('Point 9 of the statement of November 9','point',['9'],TD,T,['plain']),
 R('Point 9 of the statement','point',['9'],'anaphoric: '+TD,T,['anaphoric']),
 R('the tripartite declaration of November 9','document',[],TD,T,['whole-document'])],
[N('another subject of speculation','not a reference')])

add('hy-001','hy','armenpress.am (Armenian-language article; exact address not given by the stored copy)','Armenpress',None,
'''ԵՐԵՎԱՆ, 12 ՀՈԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: Հայաստանի վարչապետ Նիկոլ Փաշինյանն անընդունելի է համարում որևէ մեկի կողմից 2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարության միայն մի կետը վերցնելն ու դրա վրա շեշտադրում անելը։
«Արմենպրես»-ի փոխանցմամբ՝ վարչապետը թեմային անդրադարձել է այն համատեքստում, որ Ադրբեջանը պարբերաբար շեշտադրում է անում նոյեմբերի 9-ի եռակողմ հայտարարության 9-րդ կետին, որը վերաբերում է տարածաշրջանային կոմունիկացիաների ապաշրջափակմանը՝ Հայաստանին անհիմն մեղադրելով այդ կետի կատարումից հրաժարվելու մեջ։''',
[R('2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարության միայն մի կետը','point',[],TD+' (only one point, i.e. point 9, not numbered here)',T,['plain']),
 R('նոյեմբերի 9-ի եռակողմ հայտարարության 9-րդ կետին','point',['9'],TD,T,['plain','ordinal']),
 R('այդ կետի','point',['9'],'anaphoric: point 9 of '+TD,T,['anaphoric'])],
[N('12 ՀՈԿՏԵՄԲԵՐԻ','dateline')])

add('hy-002','hy','armenpress.am (Armenian-language article; exact address not given by the stored copy)','Armenpress',None,
'''«Որևէ կերպ չի կարելի եռակողմ հայտարարության մի կետը վերցնել ու ծածանել, քանի որ եռակողմ հայտարարությունն ունի 9 կետ: Եկեք անդրադառնանք մնացած կետերին. իսկ որտե՞ղ է հիմա Լաչինի միջանցքը, իսկ որտե՞ղ են հիմա խաղաղապահները, որոնք, եռակողմ հայտարարության համաձայն, պետք է տեղակայված լինեին Լեռնային Ղարաբաղում,''',
[R('եռակողմ հայտարարության մի կետը','point',[],'anaphoric: one (unnumbered) point of '+TD,T,['anaphoric']),
 R('եռակողմ հայտարարությունն','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('մնացած կետերին','point',[],'anaphoric: the remaining points of '+TD,T,['anaphoric']),
 R('եռակողմ հայտարարության համաձայն','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('ունի 9 կետ','a count of points ("has 9 points"), not a citation of point 9')])

add('tr-001','tr','https://www.trthaber.com/haber/turkiye/turkiye-mesru-savunma-hakkini-kullaniyor-434869.html','TRT Haber','2019-10-09',
'''Birleşmiş Milletler (BM) Şartı'nın 51. maddesi, Türkiye'nin uluslararası hukuk gereğince Suriye'deki terör hedeflerine yönelik başlattığı Barış Pınarı Harekatı'nın dayanaklarından biri. Madde, üye ülkelere silahlı saldırıya hedef olması durumunda meşru savunma hakkı tanıyor.

BM'nin kurucu anlaşması niteliğindeki maddenin girişinde, şu ifadeler yer alıyor:

"Bu Antlaşma'nın (BM Şartı'nın) hiçbir hükmü, BM üyelerinden birinin silahlı bir saldırıya hedef olması halinde Güvenlik Konseyi, uluslararası barış ve güvenliğin korunması için gerekli önlemleri alıncaya dek bu üyenin doğal olan bireysel ya da ortak meşru savunma hakkına halel getirmez.''',
[R("Birleşmiş Milletler (BM) Şartı'nın 51. maddesi",'article',['51'],UCD,UC,['plain','ordinal']),
 R('Madde','article',['51'],'anaphoric: Article 51 of '+UCD,UC,['anaphoric']),
 R("BM'nin kurucu anlaşması niteliğindeki maddenin",'article',['51'],'anaphoric: Article 51 of '+UCD,UC,['anaphoric']),
 R("Bu Antlaşma'nın (BM Şartı'nın)",'document',[],'quoted Charter text: the present Charter',UC,['anaphoric','whole-document','abbreviated'])],
[N('Barış Pınarı Harekatı','operation name, not a document')])

add('tr-002','tr','https://www.trthaber.com/haber/turkiye/turkiye-mesru-savunma-hakkini-kullaniyor-434869.html','TRT Haber','2019-10-09',
'''Dışişleri Bakanı Mevlüt Çavuşoğlu, Barış Pınarı Harekatı'nın başlamasının ardından Twitter hesabından yaptığı açıklamada, "Harekatımız uluslararası hukuk, Birleşmiş Milletler (BM) Şartı'nın 51. maddesi ve Birleşmiş Milletler Güvenlik Konseyi'nin (BMGK) terörle mücadeleye ilişkin kararları gereğince icra ediliyor" ifadesini kullanmıştı.''',
[R("Birleşmiş Milletler (BM) Şartı'nın 51. maddesi",'article',['51'],UCD,UC,['plain','ordinal']),
 R("Birleşmiş Milletler Güvenlik Konseyi'nin (BMGK) terörle mücadeleye ilişkin kararları",'document',[],'UN Security Council resolutions on counter-terrorism (set, unnumbered)','unknown',['whole-document'])],
[N('Twitter hesabından yaptığı açıklamada','a tweet, not a cited document')])

add('en-019','en','https://www.trthaber.com/haber/turkiye/turkiye-mesru-savunma-hakkini-kullaniyor-434869.html','TRT Haber (quoting a tweet of the Turkish Foreign Minister)','2019-10-09',
'''This operation is being carried out in accordance with international law, Article 51 of the UN Charter and UN Security Council Resolutions on fight against terrorism. #OperationPeaceSpring''',
[R('Article 51 of the UN Charter','article',['51'],UCD,UC,['plain','abbreviated']),
 R('UN Security Council Resolutions on fight against terrorism','document',[],'UN Security Council resolutions on counter-terrorism (set, unnumbered)','unknown',['whole-document'])],
[N('#OperationPeaceSpring','hashtag, not a reference')])

add('tr-003','tr','https://normhaber.com/birlesmis-milletler-antlasmasinin-51-maddesi-ne-diyor-405890','Norm Haber',None,
'''Birleşmiş Milletler Antlaşması’nın 51. Maddesi ne diyor?

Milli Savunma Bakanlığı (MSB), Pençe-Kılıç Hava Harekatı’nın terörü kaynağında yok etmek amacıyla Birleşmiş Milletler (BM) Antlaşmasının 51. maddesinden doğan meşru müdafaa hakkı doğrultusunda gerçekleştirildiğini bildirdi. Peki BM’nin 51. Maddesi nedir?''',
[R('Birleşmiş Milletler Antlaşması’nın 51. Maddesi','article',['51'],UCD,UC,['headline','ordinal']),
 R('Birleşmiş Milletler (BM) Antlaşmasının 51. maddesinden','article',['51'],UCD,UC,['plain','ordinal']),
 R('BM’nin 51. Maddesi','article',['51'],UCD+' ("the UN\'s Article 51")',UC,['abbreviated','ordinal'])],
[N('Pençe-Kılıç Hava Harekatı','operation name, not a document')])

add('tr-004','tr','https://normhaber.com/birlesmis-milletler-antlasmasinin-51-maddesi-ne-diyor-405890','Norm Haber',None,
'''“PKK/KCK/YPG ve diğer terörist unsurları etkisiz hale getirerek; Irak’ın ve Suriye’nin kuzeyinden halkımıza ve güvenlik güçlerimize yönelik terör saldırılarını bertaraf etmek ve hudut güvenliğini sağlamak, terörü kaynağında yok etmek maksadıyla; Birleşmiş Milletler Antlaşması’nın 51’inci maddesinden doğan meşru müdafaa haklarımız doğrultusunda, Irak’ın ve Suriye’nin kuzeyinde bulunan ve teröristler tarafından ülkemize saldırılarda üs olarak kullanılan bölgelere Pençe-Kılıç Hava Harekatı icra edilmiştir.”

51. MADDE NE ANLATIYOR?

Sözü geçen 51. madde, BM üyesi ülkelere, silahlı saldırı halinde meşru müdafaa hakkı tanıyor. Birleşmiş Milletler antlaşmasının 51. maddesinde şu ifadeler yer alıyor:''',
[R('Birleşmiş Milletler Antlaşması’nın 51’inci maddesinden','article',['51'],UCD,UC,['plain','ordinal']),
 R('51. MADDE','article',['51'],'context: '+UCD,UC,['headline','anaphoric']),
 R('Sözü geçen 51. madde','article',['51'],'anaphoric: '+UCD,UC,['anaphoric']),
 R('Birleşmiş Milletler antlaşmasının 51. maddesinde','article',['51'],UCD,UC,['plain','ordinal'])],
[N('PKK/KCK/YPG','organisation acronyms, not a reference')])

add('tr-005','tr','https://t24.com.tr/haber/disisleri-bakani-cavusoglu-nun-harekati-dayandirdigi-bm-antlasmasinin-51-maddesi-ne-diyor,843046','T24','2019-10-09',
'''Dışişleri Bakanı Çavuşoğlu'nun harekâtı dayandırdığı BM antlaşmasının 51. maddesi ne diyor?

09 Ekim 2019 18:44

Dışişleri Bakanı Mevlüt Çavuşoğlu, Suriye'nin kuzeyine başlatılan "Barış Pınarı" adı verilen harekâtın "BM Şartı’nın 51. maddesi ve BMGK'nın terörle mücadeleye ilişkin kararları gereğince icra edilmekte olduğunu" ifade etti.''',
[R('BM antlaşmasının 51. maddesi','article',['51'],UCD,UC,['headline','abbreviated','ordinal']),
 R('BM Şartı’nın 51. maddesi','article',['51'],UCD,UC,['abbreviated','ordinal']),
 R("BMGK'nın terörle mücadeleye ilişkin kararları",'document',[],'UN Security Council resolutions on counter-terrorism (set, unnumbered)','unknown',['whole-document','abbreviated'])],
[N('09 Ekim 2019 18:44','timestamp, not a reference')])

add('tr-006','tr','https://t24.com.tr/haber/disisleri-bakani-cavusoglu-nun-harekati-dayandirdigi-bm-antlasmasinin-51-maddesi-ne-diyor,843046','T24','2019-10-09',
'''Birleşmiş Milletler antlaşmasının 51. maddesinde şu ifadeler yer alıyor:

"Bu Antlaşmanın hiçbir hükmü, Birleşmiş Milletler üyelerinden birinin silahlı bir saldırıya hedef olması halinde, Güvenlik Konseyi uluslararası barış ve güvenliğin korunması için gerekli önlemleri alıncaya dek, bu üyenin doğal olan bireysel ya da ortak meşru savunma hakkına halel getirmez. Üyelerin bu meşru savunma hakkını kullanırken aldıkları önlemler hemen Güvenlik Konseyi’ne bildirilir ve Konsey’in işbu antlaşma gereğince uluslararası barış ve güvenliğin korunması ya da yeniden kurulması için gerekli göreceği biçimde her an hareket etme yetki ve görevini hiçbir biçimde etkilemez."

BM Antlaşması Uluslararası Örgütlenme konusundaki BM Konferansı’nın sonucunda 26 Haziran 1945’de yürürlüğe girdi.''',
[R('Birleşmiş Milletler antlaşmasının 51. maddesinde','article',['51'],UCD,UC,['plain','ordinal']),
 R('Bu Antlaşmanın','document',[],'quoted Charter text: the present Charter',UC,['anaphoric','whole-document']),
 R('işbu antlaşma','document',[],'quoted Charter text: the present Charter',UC,['anaphoric','whole-document']),
 R('BM Antlaşması','document',[],UCD,UC,['whole-document','abbreviated'])],
[N('26 Haziran 1945’de','date (and factually the signing date), not a reference')])

add('tr-007','tr','https://9lib.net/article/irak-karşı-kuvvet-kullanımı-önleyici-meşru-müdafaa-olabilir.8ydxvv1z','9lib (thesis excerpt)',None,
'''İlk yaklaşım 51 md açısından meşru müdafaa hakkının söz konusu olması için, hedef devletin bir silahlı saldırıya maruz kalması gerekir.''',
[R('51 md','article',['51'],'context: '+UCD,UC,['abbreviated','anaphoric'])],[])

add('tr-008','tr','https://9lib.net/article/irak-karşı-kuvvet-kullanımı-önleyici-meşru-müdafaa-olabilir.8ydxvv1z','9lib (thesis excerpt)',None,
'''Üstelik bu iki istisnai hal dışında devletlerin aralarındaki uzlaşmazlıkları çözmek için güç kullanmalarına uluslararası hukuk bakımından kategorik bir yasak getirilmiştir. Söz konusu yasağın açıkça ifade edildiği BM Antlaşması’nın 2. mad- desinin 4. fıkrasında bir devletin diğerine karşı güç kullanması bir yana, güç kul- lanma tehdidinde bulunması bile yasakla''',
[R('BM Antlaşması’nın 2. mad- desinin 4. fıkrasında','paragraph',['2(4)'],UCD+', Article 2, paragraph 4',UC,['nested','ordinal','abbreviated'])],
[N('bu iki istisnai hal','"these two exceptional cases", not a reference')])

add('de-001','de','https://www.klamm.de/schlaufuchs/was-besagt-artikel-51-der-un-charta-61585.html','klamm.de',None,
'''Das Recht zur Selbstverteidigung ist in Artikel 51 der Charta der Vereinten Nationen festgelegt und stellt eine Ausnahme vom Gewaltverbot dar. Es gibt jedem Mitgliedstaat das Selbstverteidigungsrecht gegen einen bewaffneten Angriff.
Artikel 51 der Gründungscharta der Vereinten Nationen erkennt allen Mitgliedern das "naturgegebene Recht zur individuellen oder kollektiven Selbstverteidigung" zu. Dieses Recht darf ein Mitgliedstaat aber nur dann ausüben, wenn es zu einem "bewaffneten Angriff" kommt oder gekommen ist. Ein Staat, der sich auf dieses Selbstverteidigungsrecht beruft, muss beweisen, dass er sich zurecht auf Artikel 51 bezieht. Außerdem müssen die ergriffenen Selbstverteidigungsmaßnahmen in Rahmen, Umfang, Dauer und Intensität verhältnismäßig sein. Der sogenannte Artikel-5-Bündnisfall der Nato, der die Mitgliedstaaten zum Beistand bei einem Angriff auf eines ihrer Mitglieder verpflichtet, beruft sich auf Artikel 51.''',
[R('Artikel 51 der Charta der Vereinten Nationen','article',['51'],UCD,UC,['plain']),
 R('Artikel 51 der Gründungscharta der Vereinten Nationen','article',['51'],UCD,UC,['plain']),
 R('Artikel 51','article',['51'],'anaphoric: '+UCD,UC,['anaphoric']),
 R('Artikel-5-Bündnisfall der Nato','article',['5'],'North Atlantic Treaty','nato-treaty',['abbreviated']),
 R('Artikel 51','article',['51'],'anaphoric: '+UCD,UC,['anaphoric'])],
[N('Gewaltverbot','legal concept, not a reference')])

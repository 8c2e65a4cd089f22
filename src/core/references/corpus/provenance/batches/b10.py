import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
UC='un-charter'; UCD='Charter of the United Nations'
RP='unsc-rules'; RPD='Provisional Rules of Procedure of the Security Council'
add('az-012','az','https://metbuat.az/news/1456216/ermeni-silahlilarinin-qarabagdan-cixarilmasi-mutleqdir.html','Metbuat.az',None,
'''"Ermənistan 10 noyabr Birgə Bəyannamənin 4-cü, 9-cu bəndini yerinə yetirmir. Ümumiyyətlə, 4-cü bəndə silahlı erməni birləşmələrinin çıxarılmasını da tamamilə qəbul etmir. Halbuki, 10 noyabr Birgə Bəyannamədə hər hansı bir "Dağlıq Qarabağ müdafiə ordusu" sözü işlənmir, heç belə bir məsələyə yanaşma yoxdur. Ermənistan rəsmilərinin "müdafiə ordusu" dedikləri qanunsuz erməni silhahli birləşmələrdir və onların çıxarılması mütlləqdir. Əgər 4-cü bənd yerinə yetirilmirsə, Bəyannamənin 7-ci bəndi - əhalinin Xankəndi, Ağdərə və Xocavəndə qayıtması da mümkün deyil".''',
[R('10 noyabr Birgə Bəyannamənin 4-cü, 9-cu bəndini','point',['4','9'],TD,T,['list','ordinal']),
 R('4-cü bəndə','point',['4'],'anaphoric: '+TD,T,['anaphoric','ordinal']),
 R('10 noyabr Birgə Bəyannamədə','document',[],TD,T,['whole-document']),
 R('4-cü bənd','point',['4'],'anaphoric: '+TD,T,['anaphoric','ordinal']),
 R('Bəyannamənin 7-ci bəndi','point',['7'],'anaphoric: '+TD,T,['anaphoric','ordinal'])],
[N('"Dağlıq Qarabağ müdafiə ordusu" sözü','a quoted term, not a reference')])

add('az-013','az','https://metbuat.az/news/1456216/ermeni-silahlilarinin-qarabagdan-cixarilmasi-mutleqdir.html','Metbuat.az',None,
'''Xatırladaq ki, Ermənistan Baş naziri Nikol Paşinyan hökumətin son iclasında bildirmişdi ki, üçtərəfli bəyanat Ermənistan ərazisi vasitəsilə hər hansı dəhlizin mövcudluğunu nəzərdə tutmur.

"Ermənistanın imzaladığı heç bir sənəddə belə bir şey nəzərdə tutulmayıb. Sizə xatırlatmaq istərdim ki, bu regionun iqtisadi və nəqliyyat əlaqələrinin qarşısının alınması haqqındadır. Üçtərəfli bəyannamədə bu prosesdə Ermənistan Respublikasının suverenliyinə hər hansı məhdudiyyət nəzərdə tutulmur''',
[R('üçtərəfli bəyanat','document',[],TD,T,['whole-document']),
 R('Üçtərəfli bəyannamədə','document',[],TD,T,['whole-document'])],
[N('Ermənistanın imzaladığı heç bir sənəddə','"in no document signed by Armenia" – a negated generic, not a specific document')])

add('az-014','az','https://metbuat.az/news/1510939/resmi-bakidan-pasinyana.html','Metbuat.az (XİN mətbuat katibinin şərhi)','2024-10-12',
'''“Ermənistan baş nazirinin 12 oktyabr tarixində “Sülh qovşağı: təhlükəsizlik və demokratiyanın vəhdəti” adlı forumda çıxışı zamanı 10 noyabr 2020 tarixli üçtərəfli bəyanatla bağlı səsləndirdiyi iddialar reallıqların təhrif olunması cəhdidir”.

Metbuat.az xəbər verir ki, bu barədə Xarici İşlər Nazirliyinin mətbuat katibi Ayxan Hacızadənin Ermənistan baş nazirinin Azərbaycana qarşı səsləndirdiyi fikirlərə dair şərhində bildirilib.

Qeyd olunub ki, üçtərəfli bəyanata istinadən kommunikasiyaların açılması məsələsində Ermənistan baş nazirinin açıqlaması Ermənistan rəhbərliyinin üzərinə götürdüyü öhdəliklərə dair etinasızlığı növbəti dəfə nümayiş etdirir:''',
[R('10 noyabr 2020 tarixli üçtərəfli bəyanatla','document',[],TD,T,['whole-document']),
 R('üçtərəfli bəyanata istinadən','document',[],TD,T,['anaphoric','whole-document'])],
[N('“Sülh qovşağı: təhlükəsizlik və demokratiyanın vəhdəti” adlı forumda','a forum title, not a document'),N('12 oktyabr tarixində','date')])

add('az-015','az','https://metbuat.az/news/1510939/resmi-bakidan-pasinyana.html','Metbuat.az (XİN mətbuat katibinin şərhi)','2024-10-12',
'''“Üçtərəfli bəyanatın 9-cu bəndində Ermənistanın kommunikasiyaların açılması xüsusunda hansı öhdəliklərinin olduğu, nəqliyyat əlaqəsi üzrə nəzarətin hansı formada təşkil olunacağı açıq-aydın təsvir olunub. Ümumiyyətlə, Ermənistanın 10 noyabr tarixli üçtərəfli bəyanatdan irəli gələn digər öhdəlikləri pozan fəaliyyətlərinə nəzər salsaq, ilk növbədə, Ermənistanın 2023-cü ilin sentyabr ayınadək öz qanunsuz silahlı birləşmələrini Azərbaycanın Qarabağ bölgəsindən çıxarmaması, humanitar məqsədlər üçün nəzərdə tutulmuş Laçın dəhlizi vasitəsilə Azərbaycan ərazilərinə əlavə silah-sursat, hərbi texnika, minalar ötürməsi, Azərbaycana qarşı mina terrorunu davam etdirməsi xatırlanmalıdır”.''',
[R('Üçtərəfli bəyanatın 9-cu bəndində','point',['9'],TD,T,['plain','ordinal']),
 R('10 noyabr tarixli üçtərəfli bəyanatdan','document',[],TD,T,['whole-document'])],
[N('2023-cü ilin sentyabr ayınadək','date')])

add('az-016','az','https://metbuat.az/news/1397372/ermenistan-gerginliyi-alovlandirmaga-cehd-edir.html','Metbuat.az (XİN)','2021-01',
'''"Ermənistan xarici işlər naziri Ara Ayvazyanın Azərbaycanın Qarabağ bölgəsinə qanunsuz səfəri və burada qondarma qurumun nümayəndələri ilə görüşlər keçirməsi və “sənədlər” imzalaması 10 noyabr tarixli üçtərəfli bəyanata ziddir və hərbi əməliyyatların dayandırılmasından sonra bölgədə sülh, təhlükəsizlik və əməkdaşlığın yaradılması çərçivəsinə tamamilə uyğun gəlmir".''',
[R('10 noyabr tarixli üçtərəfli bəyanata','document',[],TD,T,['whole-document'])],
[N('“sənədlər”','"documents" in scare quotes, unidentified papers signed by the minister – not a citation')])

add('az-017','az','https://metbuat.az/news/1397372/ermenistan-gerginliyi-alovlandirmaga-cehd-edir.html','Metbuat.az (XİN)','2021-01',
'''XİN rəsmisi bildirib ki, məhz Ermənistan baş naziri 10 noyabr tarixli bəyanata imza atıb və bu xüsusda hökumət üzərinə öhdəliklər götürüb. Bu öhdəliklərin rəsmi Yerevan tərəfindən pozulması təxribatdır və daxili auditoriyaya hesablanmış bu kimi əməllər bölgədə vəziyyətin normallaşmasına xidmət etmir:

"Ermənistan rəsmiləri əsassız xülyalardan çıxış etməməli, bölgədə yaranmış yeni reallığı qəbul etməlidir. 10 noyabr tarixli birgə bəyanatın icrasının təmin olunması və bölgədə yaranmış yeni təhlükəsizlik formatı, eləcə də əməkdaşlıq imkanlarından çıxış edərək addımların atılması sülh və təhlükəsizlik şəraitində birgəyaşayışa töhfə verə bilər.''',
[R('10 noyabr tarixli bəyanata','document',[],TD,T,['whole-document']),
 R('10 noyabr tarixli birgə bəyanatın','document',[],TD,T,['whole-document'])],[])

add('az-018','az','https://axar.az/news/gundem/701941.html','Axar.az','2022-12-25',
'''Nə 9 (10) noyabr tarixli Üçtərəfli Bəyanatda Ermənistan tərəfi belə öhdəlik götürüb, nə də digər şəkildə.

Axar.az xəbər verir ki, bu sözləri Ermənistan XİN başçısı Ararat Mirzoyan Azərbaycan XİN başçısı Ceyhun Bayramovun rusiyalı həmkarı Sergey Lavrovla keçirdiyi mətbuat konfransında Ermənistanın 2020-ci ilin noyabrında 8 kəndi azad edəcəyini vəd etdiyi, ancaq bu razılaşmanı yerinə yetirmədiyi haqda açıqlamasını “Azadlıq” radiosuna şərh edərkən deyib.

O bildirib ki, dərc olunan müqavilələrdə yazılanlardan və imzalananlardan başqa heç bir müqavilə yoxdur.

O iddia edib ki, Azərbaycanın xarici işlər nazirinin bu sözləri uydurmadır və 10 noyabr Bəyanatının maddələrinin ölkəsi tərəfindən pozulmasına haqq qazandırmaqdır:''',
[R('9 (10) noyabr tarixli Üçtərəfli Bəyanatda','document',[],TD,T,['whole-document']),
 R('bu razılaşmanı','document',[],'alleged (unwritten) agreement on 8 villages – not a document','unknown',['anaphoric']),
 R('10 noyabr Bəyanatının maddələrinin','point',[],TD+' ("its articles/points", unnumbered)',T,['plain'])],
[N('dərc olunan müqavilələrdə','"in the published agreements" generically, not a specific document'),N('8 kəndi','"8 villages" – a number, not a unit'),N('12 Punto 14 Punto','(not in passage)')] if False else
[N('dərc olunan müqavilələrdə','"in the published agreements" generically, not a specific document'),N('8 kəndi','"8 villages" – a number, not a unit')])

add('az-019','az','https://newscenter.az/2023/06/28/azerbaycan-xin-ermenistan-silahli-quvveleri-cenubi-qafqaz-regionunda-sabitliyi-pozan-esas-amildir.html','Newscenter.az','2023-06-28',
'''A.Hacızadə Cənubi Qafqaz regionunda sabitliyi pozan əsas amilin Ermənistan silahlı qüvvələri olduğunu qeyd edib: “Beynəlxalq hüquq normalarına və üçtərəfli bəyanatdan irəli gələn öhdəliklərə zidd olaraq, Ermənistan hərbçiləri Azərbaycan ərazisindən tam çıxarılmayıb”.''',
[R('üçtərəfli bəyanatdan','document',[],TD,T,['whole-document'])],
[N('Beynəlxalq hüquq normalarına','"norms of international law", not a document')])

add('az-020','az','https://hit.az/az/read/248874','Hit.az (XİN)',None,
'''Ermənistastanın bütün bu iddialarının heç bir əsasının olmadığı dəfələrlə sübut edilib və BMT Təhlükəsizlik Şurasının qətnamələri də Ermənistan qüvvələrinin qeyd şərtsiz və dərhal çıxarılmasını tələb edib.
Hit.az xəbər verir ki, bunu Xarici İşlər Nazirliyinin mətbuat katibi Ayxan Hacızadə Ermənistanın baş naziri Nikol Paşinyanın hökumətin iclası zamanı səsləndirdiyi fikirləri şərh edərkən deyib.
O bildirib ki, Ermənistan tərəfi üçtərəfli bəyanata uyğun olaraq qüvvələrini tam olaraq Azərbaycan ərazisindən çıxarmalıdır.''',
[R('BMT Təhlükəsizlik Şurasının qətnamələri','document',[],'UNSC resolutions 822, 853, 874, 884 (1993) (implied set)','unsc-822',['whole-document']),
 R('üçtərəfli bəyanata','document',[],TD,T,['whole-document'])],
[N('30 il müddətində','duration (not in this passage)')] if False else [N('hökumətin iclası','a cabinet meeting, not a document')])

add('ru-016','ru','https://voicepress.az/ru/2020/11/lavrov-armeniya-priznala-zayavlenie-be/','VoicePress','2020-11-21',
'''Попытки пересмотреть трехстороннее заявление по Нагорному Карабаху неприемлемы.
Как сообщает VOİCEPRESS, об этом на брифинге в Ереване сказал министр иностранных дел России Сергей Лавров.
По его словам, заявление по урегулированию нагорно-карабахского конфликта, подписанное 10 ноября лидерами России, Азербайджана и Армении, не подлежит сомнению:
«На переговорах с руководством Армении было признано, что это заявление является безальтернативным. Было подчеркнуто единогласно, что попытки подвергнуть сомнению это заявление не только внутри Армении, но и за рубежом являются неприемлемыми. Они подчеркнули, что это заявление помогло решить серьезнейшие проблемы, помогло спасти жизни».''',
[R('трехстороннее заявление по Нагорному Карабаху','document',[],TD,T,['whole-document']),
 R('заявление по урегулированию нагорно-карабахского конфликта, подписанное 10 ноября лидерами России, Азербайджана и Армении','document',[],TD,T,['whole-document']),
 R('это заявление','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('это заявление','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('это заявление','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('на брифинге в Ереване','an event')])

add('ru-017','ru','https://panorama.am/ru/news/2020/11/10/Զախարովա-ԼՂ/2398556','Panorama.am (ТАСС)','2020-11-10',
'''Москва исходит из того, что заявление президента Азербайджана Ильхама Алиева, премьер-министра Армении Никола Пашиняна и президента России Владимира Путина о полном прекращении военных действий в Нагорном Карабахе должно выполняться всеми сторонами, подписавшими его. Об этом заявила во вторник официальный представитель МИД РФ Мария Захарова в интервью телеканалу RTVI, передает ТАСС.
«Документ имеет статус заявления. Мы исходим из того, что оно должно быть выполнено всеми сторонами, которые поставили подписи, а подписи поставлены», – сказала она.
Захарова призвала на данном этапе не рассуждать о «сценариях нереализуемости этого документа».''',
[R('заявление президента Азербайджана Ильхама Алиева, премьер-министра Армении Никола Пашиняна и президента России Владимира Путина о полном прекращении военных действий в Нагорном Карабахе','document',[],TD,T,['whole-document']),
 R('его','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('Документ','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('этого документа','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('статус заявления','"status of a statement" – a genre, not a reference')])

add('ru-018','ru','https://1news.az/news/20250829045324730-Zakharova-otvetila-Pashinyanu-po-povodu-otkaza-ot-trekhstoronnikh-dogovorennostei','1news.az (Sputnik Армения)','2025-08-29',
'''«Трехсторонние договоренности Армении, России и Азербайджана, достигнутые в 2020-2022 гг. и касающиеся разблокировки всех коммуникаций на Южном Кавказе, остаются актуальными».

Об этом заявила на брифинге официальный представитель МИД РФ Мария Захарова, передает Sputnik Армения.

Комментируя подписанные в Вашингтоне документы, Захарова отметила важность того, чтобы мирные процессы на Южном Кавказе носили устойчивый, долгосрочный характер, учитывали интересы всех стран региона и их соседей.''',
[R('Трехсторонние договоренности Армении, России и Азербайджана, достигнутые в 2020-2022 гг.','document',[],'Trilateral statements of 9/10 Nov 2020, 11 Jan 2021, 26 Nov 2021, 31 Oct 2022 (set)',T,['whole-document','range']),
 R('подписанные в Вашингтоне документы','document',[],'Washington documents of 8 August 2025 (Joint Declaration etc.)','washington-2025-08-08',['whole-document'])],
[N('2020-2022 гг.','a year range (inside the reference), not a unit range')])

add('ru-019','ru','https://utro.az/ru/posts/detail/glava-mid-azerbaidzana-u-armenii-slova-rasxodyatsya-s-delom-1663847893','Utro.az','2022-09-22',
'''Однако генеральный секретарь Совета безопасности Армении в июле этого года признал, что террористы еще не были выведены из Карабаха. Таким образом, в течение как минимум 2 лет армяне нарушают трехстороннее соглашение. Как получается, что в Лачыне и его окрестностях в 2021 году было обнаружено более 1300 мин армянского производства? Как в таком случае говорить о приверженности трехстороннему соглашению?''',
[R('трехстороннее соглашение','document',[],TD,T,['whole-document']),
 R('трехстороннему соглашению','document',[],TD,T,['whole-document'])],
[N('более 1300 мин','count')])

add('en-042','en','https://www.securitycouncilreport.org/monthly-forecast/2014-04/in_hindsight_obligatory_abstentions.php','Security Council Report','2014-04',
'''Article 27(3) of the UN Charter not only enshrines the veto power of permanent members, but also institutes a limitation of this power through the principle of obligatory abstentions. In providing that “in decisions under Chapter VI, and under paragraph 3 of Article 52, a party to a dispute shall abstain from voting”, the Charter seeks to ensure that a Council member “should not be allowed to be party, judge and jury at the same time” (S/PV.4753).''',
[R('Article 27(3) of the UN Charter','paragraph',['3'],UCD,UC,['nested','abbreviated'],parent=('article',['27'])),
 R('Chapter VI','chapter',['VI'],'quoted Charter text (Art. 27(3)): '+UCD,UC,['anaphoric']),
 R('paragraph 3 of Article 52','paragraph',['3'],'quoted Charter text: '+UCD,UC,['nested','anaphoric'],parent=('article',['52'])),
 R('the Charter','document',[],'anaphoric: '+UCD,UC,['anaphoric','whole-document']),
 R('(S/PV.4753)','document',[],'Security Council verbatim record S/PV.4753','unknown',['whole-document','abbreviated'])],
[N('the principle of obligatory abstentions','a principle, not a document')])

add('en-043','en','https://www.securitycouncilreport.org/monthly-forecast/2014-04/in_hindsight_obligatory_abstentions.php','Security Council Report','2014-04',
'''This, however, only applies under all of the following conditions: the decision to be voted is not procedural; the decision falls under Chapter VI or Article 52 (3); there is a dispute; and a Council member is a party to the dispute. Obligatory abstentions do not affect the veto of Chapter VII decisions.

The practice of the Security Council, and its members, in terms of raising and complying with Article 27(3) abstentions, has been inconsistent since 1946, and basically inexistent since 17 April 2000, the last time the issue was raised by a member state to no effect in the Council (S/PV.4128).''',
[R('Chapter VI','chapter',['VI'],'context: '+UCD,UC,['anaphoric','list']),
 R('Article 52 (3)','paragraph',['3'],'context: '+UCD,UC,['nested','anaphoric','abbreviated','list'],parent=('article',['52'])),
 R('Chapter VII','chapter',['VII'],'context: '+UCD,UC,['anaphoric']),
 R('Article 27(3)','paragraph',['3'],'context: '+UCD,UC,['nested','anaphoric','abbreviated'],parent=('article',['27'])),
 R('(S/PV.4128)','document',[],'Security Council verbatim record S/PV.4128','unknown',['whole-document','abbreviated'])],
[N('since 17 April 2000','date')])

add('en-044','en','https://cambridge.org/core/journals/american-journal-of-international-law/article/abs/practice-of-voluntary-abstentions-by-permanent-members-of-the-security-council-under-article-27-paragraph-3-of-the-charter-of-the-united-nations/7DD3E8E791694AD27FC7D08F791679CD','American Journal of International Law (Cambridge Core)','1967',
'''This concerns the interpretation of Article 27, paragraph 3, of the Charter of the United Nations, which deals with voting in the Security Council on non-procedural matters. Both Portugal and South Africa last year reserved the position of their governments regarding the validity of Security Council Eesolution 221 of April 9, 1966, in the vote on which both France and the Soviet Union abstained. This is the resolution by which the Council, acting under Chapter VII of the Charter, called for certain measures to enforce an embargo on oil and petroleum products from reaching Southern Ehodesia through the port of Beira in Mozambique,''',
[R('Article 27, paragraph 3, of the Charter of the United Nations','paragraph',['3'],UCD,UC,['nested'],parent=('article',['27'])),
 R('Security Council Eesolution 221 of April 9, 1966','document',[],'UN Security Council resolution 221 (1966) (OCR "Eesolution")','unsc-221',['whole-document']),
 R('the resolution','document',[],'anaphoric: resolution 221 (1966)','unsc-221',['anaphoric','whole-document']),
 R('Chapter VII of the Charter','chapter',['VII'],UCD,UC,['plain'])],
[N('last year','relative date')])

add('en-045','en','https://cambridge.org/core/journals/american-journal-of-international-law/article/abs/practice-of-voluntary-abstentions-by-permanent-members-of-the-security-council-under-article-27-paragraph-3-of-the-charter-of-the-united-nations/7DD3E8E791694AD27FC7D08F791679CD','American Journal of International Law (Cambridge Core)','1967',
'''1 E.g., Hans Kelsen, , “Organization and Procedure of the Security Council,” 59 Harvard Law Review 10981099 (1946)Google Scholar, and The Law of the United Nations 239-244 (1950); Goodrich and Hambro, The Charter of the Unite''',
[],
[N('59 Harvard Law Review 10981099 (1946)','law-review volume/page citation, not an official document unit'),N('239-244','page range of a book'),N('1 E.g.','footnote number')])

add('en-046','en','https://docslib.org/doc/2575009/chapter-iv-voting','Repertoire of the Practice of the Security Council (via docslib)',None,
'''PART II. PROCEEDINGS OF THE SECURITY COUNCIL REGARDING VOTING UPON THl: QUESTlON WHETHER THE MATTER WAS PROCEDURAL WITHIN THE MEANING OF ARTICLE 27. PARAGRAPH 2, OF THE CHARTER''',
[R('ARTICLE 27. PARAGRAPH 2, OF THE CHARTER','paragraph',['2'],UCD,UC,['nested','headline'],parent=('article',['27']))],
[N('PART II.','part number of the Repertoire chapter itself (table of contents heading)')])

add('en-047','en','https://docslib.org/doc/2575009/chapter-iv-voting','Repertoire of the Practice of the Security Council (via docslib)',None,
'''l * 2. Consideration whether the decision that the matter is procedural is itself a procedural decision ...... _...... 46 l * 3. Consideration of the USC of rule 30 of the provisional rules of procedure of the Security Council in determining''',
[R('rule 30 of the provisional rules of procedure of the Security Council','rule',['30'],RPD,RP,['plain'])],
[N('...... 46','page number in a table of contents'),N('l * 2.','table-of-contents item number')])

from lib import *
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
add('ho-az-006','az','https://az.trend.az/azerbaijan/politics/3308230.html','Trend (Azərbaycanca)','2020-09-30',
"""BMT Təhlükəsizlik Şurasının qapalı keçən iclasının yekununda elan olundu ki, Azərbaycan və Ermənistan tərəfləri arasında döyüşlər dayandırılsın, tərəflər sülh prosesinə dəvət edilsin, danışıqlar davam etdirilsin. İlk növbədə, BMT-nin belə bir qərar qəbul etməyə mənəvi haqqı yoxdur.

BMT Nizamnaməsinin 2-ci maddəsinin 4-cü bəndinə əsasən, bütün üzvlərin beynəlxalq münasibətlərdə həm digər dövlətlərin ərazi bütövlüyünə və siyasi müstəqilliyinə qarşı, həm də BMT-nin məqsədlərinə uyğun olmayacaq şəkildə qüvvə tətbiqi ilə qorxutmaları və birbaşa qüvvə tətbiq etmələri qadağan edilir.""",
[R('BMT Nizamnaməsinin 2-ci maddəsinin 4-cü bəndinə','paragraph',['4'],'UN Charter Art. 2(4)','un-charter',['nested','ordinal'],('article',['2']))],
[N('belə bir qərar','"such a decision": the outcome of a closed meeting (press elements), not a formal document'),N('İlk növbədə','"first of all": ordinal discourse marker')])

add('ho-az-007','az','https://news.day.az/azerinews/1777173.html','Day.Az (Nizami Səfərov)',None,
"""BMT-nin Təhlükəsizlik Şurasının və Baş Assambleyanın Qarabağla əlaqədar qəbul etdiyi qətnamələrdə erməni işğalçı qüvvələrin Azərbaycan ərazisindən \"dərhal, tamamilə və qeyd-şərtsiz çıxarılması\", heç bir dövlət tərəfindən işğal nəticəsində yaranmış vəziyyətin tanınmaması və belə vəziyyətin davam etməsinə səy göstərməməsi və s. mühüm müddəaların əksini tapmaşına rəğmən, ATƏT-in Minsk qrupu milli maraqlarımıza cavab verməyən status quo-nun saxlanılmasına çalışırdı. Beynəlxalq təşkilatların fəaliyyətsizliyi fonunda Ermənistan sil-silə silahlı təxribatlar törədərək, Azərbaycanı yeni müharibə ilə hədələyirdi. Bu cür şəraitdə Azərbaycan bütün məsələləri BMT Nizamnaməsinin 51-ci maddəsinə uyğun olaraq özünümüdafiə hüququndan istifadə etməklə həll etdi və düşməni kapitulyasiya aktına imza atmağa məcbur etdi.""",
[R('BMT-nin Təhlükəsizlik Şurasının və Baş Assambleyanın Qarabağla əlaqədar qəbul etdiyi qətnamələrdə','document',[],'UNSC resolutions 822, 853, 874, 884 (1993) and UNGA resolutions on Karabakh (set, identified by topic)','unknown',['whole-document']),
 R('mühüm müddəaların','clause',[],'anaphoric: provisions of those resolutions','unknown',['anaphoric']),
 R('BMT Nizamnaməsinin 51-ci maddəsinə','article',['51'],'UN Charter','un-charter',['ordinal']),
 R('kapitulyasiya aktına','document',[],TD+' (called "act of capitulation")',T,['whole-document'])],
[N('status quo-nun','Latin term'),N('sil-silə','"one after another", not a reference')])

add('ho-az-008','az','https://www.mustaqil.az/?p=68938','Müstəqil.Az (Report)',None,
"""Müstəqil.Az Report-a istinadən bildirir ki, BMT Nizamnaməsinin məlum 51-ci maddəsi BMT Nizamnaməsinin 51-ci maddəsində deyilir:

“Bu Nizamnamənin heç bir müddəası, əgər Birləşmiş Millətlərin üzvünə qarşı silahlı basqın baş verərsə, Təhlükəsizlik Şurası tərəfindən beynəlxalq sülhün və təhlükəsizliyin qorunub saxlanması üçün zəruri olan tədbirlə görülənə qədər, ayrılmaz xarakter daşıyan fərdi və ya kollektiv özünümüdaafiə hüququna xələl gətirmir”.

Qeyd olunmalıdır ki, ilk silahlı hücumdan sonra təcavüzə məruz qalmış dövlət tərəfindən həmin silahlı hücuma cavab olaraq atılan bütün addımlar, məhz özünümüdafiə hüququn ümumi əhatə dairəsinə daxil olur.""",
[R('BMT Nizamnaməsinin məlum 51-ci maddəsi','article',['51'],'UN Charter (garbled duplicated sentence in the source)','un-charter',['ordinal']),
 R('BMT Nizamnaməsinin 51-ci maddəsində','article',['51'],'UN Charter','un-charter',['ordinal']),
 R('Bu Nizamnamənin heç bir müddəası','clause',[],'quoted self-reference of the UN Charter ("no provision of this Charter")','un-charter',['anaphoric'])],
[N('ilk silahlı hücumdan','"the first armed attack": ordinal of an event')])

add('ho-az-009','az','https://metbuat.az/news/1445103/ermenistan-birge-beyannamenin-sertlerine-zidd-davranir.html','Metbuat.az','2022-08',
"""\"10 noyabr Birgə Bəyannamənin 4-cü bəndində hərhansı bir ziddiyyət yoxdur. Ermənistanın bu bəndi manipulyasiya etməsi, istədiyi şəkildə izah etməsi, yalnız qarşıdurmanı tətikləyir\".

Bu fikirləri Metbuat.az-a politoloq Məhəmməd Əsədullazadə deyib. Ekspert hesab edir ki, əgər Ermənistan tərəfi, həm də Azərbaycan və digər dövlətlər \"Dağlıq Qarabağı\" tanımırsa, Azərbaycanın ərazi bütövlüyünü tanıyırsa, demək hər hansı bir \"müdafiə ordusudan\" söhbət belə getməz.""",
[R('10 noyabr Birgə Bəyannamənin 4-cü bəndində','point',['4'],TD+' ("Joint Declaration")',T,['ordinal']),
 R('bu bəndi','point',['4'],'anaphoric: point 4 of '+TD,T,['anaphoric'])],
[N('\"müdafiə ordusudan\"','quoted term ("defence army"), not a document')])

add('ho-hy-011','hy','https://oragir.live/?l=en&p=39062','Oragir',None,
"""Եռակողմ հայտարարության վերանայում․ Հայաստանը պետք է դիմի ՄԱԿ ԱԽ
Հայաստանը Ադրբեջանի սպառնալիքների ֆոնին պետք է դիմի ՄԱԿ Անվտանգության խորհուրդ և օրինականացի ինքնապաշտպանության իր իրավունքը։ Այս մասին հայտարարել է «Լուսավոր Հայաստան» կուսակցության պատգամավոր Տարոն Սիմոնյանը։ Պատգամավորը հիշեցնում է, որ Ադրբեջանը հայտարարել է, որ կստիպի Հայաստանին միջանցք բացել Սյունիքի տարածքով։ Սա ուժի կիրառման ուղիղ սպառնալիք է, ինչն արգելված է ՄԱԿ Կանոնադրության 2-րդ հոդվածով։ Եթե այս ամենին ավելացնենք մարտի 15-16 կայանալիք ադրբեջանական զորավարժությունները, որը համընկնում է Մոսկվայի պայմանագրի 100-ամյա ժամկետի ավարտին և դիտվում է որպես ուժի ցուցադրման գործոողություն, հետևաբար՝ ուժի կիրառման սպառնալիք, ապա պատկերը դառնում է ավելի ամբողջական, նշել է Սիմոնյանը։""",
[R('Եռակողմ հայտարարության','document',[],TD+' (headline)',T,['whole-document','headline']),
 R('ՄԱԿ Կանոնադրության 2-րդ հոդվածով','article',['2'],'UN Charter','un-charter',['ordinal']),
 R('Մոսկվայի պայմանագրի','document',[],'Treaty of Moscow of 16 March 1921 (Soviet Russia–Turkey)','moscow-treaty-1921',['whole-document'])],
[N('«Լուսավոր Հայաստան»','party name'),N('մարտի 15-16','date range, not a unit range'),N('100-ամյա ժամկետի','centenary')])

add('ho-hy-012','hy','http://parliament.am/news.php?cat_id=2&NewsID=13331&year={$Year}&month={$Month}&day={$Day}','National Assembly of Armenia (parliament.am)','2020-09-28',
"""28.09.2020
ՀՀ ԱԺ հայտարարությունը 2020թ. սեպտեմբերի 27-ին Արցախի Հանրապետության դեմ Ադրբեջանի սանձազերծած ռազմական ագրեսիան դատապարտելու վերաբերյալ
1 / 1

Հայաստանի Հանրապետության Ազգային ժողովը խստորեն դատապարտում է Ադրբեջանի Հանրապետության՝ 2020 թվականի սեպտեմբերի 27-ի առավոտյան Արցախի Հանրապետության դեմ սանձազերծած ագրեսիան եւ լայնամասշտաբ զինված հարձակումը, որով կոպտորեն ոտնահարվել է միջազգային վեճերը բացառապես խաղաղ միջոցներով լուծելու սկզբունքը:""",
[R('ՀՀ ԱԺ հայտարարությունը 2020թ. սեպտեմբերի 27-ին Արցախի Հանրապետության դեմ Ադրբեջանի սանձազերծած ռազմական ագրեսիան դատապարտելու վերաբերյալ','document',[],'self: title of the statement of the National Assembly of Armenia of 28 Sept 2020','self',['self','headline'])],
[N('28.09.2020','date'),N('1 / 1','page counter'),N('2020 թվականի սեպտեմբերի 27-ի','date')])

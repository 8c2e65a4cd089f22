import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
TS='trilateral-2020-11-10'
t=J(r"Azərbaycan Respublikası Xarici İşlər Nazirliyi Ermənistan XİN-in 3 avqust 2022-ci il tarixli bəyanatına dair şərh yayıb.\n\nMetbuat.az-a Nazirliyin mətbuat xidmətindən verilən məlumata görə, şərhdə deyilir:\n\n\"Ermənistan XİN-in Azərbaycan tərəfini əsassız şəkildə ittiham edən 3 avqust tarixli bəyanatını qətiyyətlə rədd edirik.\n\nErmənistan XİN-in Azərbaycanı üçtərəfli bəyanatı pozmaqda ittiham etməsi riyakarlıqdan başqa bir şey deyildir. Xatırladırıq ki, Ermənistan tərəfindən üç ölkə liderlərinin imzaladığı 10 noyabr 2020-ci il tarixli bəyanatın müddəalarının yerinə yetirilmədiyi, xüsusilə də erməni silahlı dəstələrinin hələ də Azərbaycan ərazilərindən çıxarılmadığı dəfələrlə tərəfimizdən bəyan edilib. Üçtərəfli bəyanatın 4-cü maddəsinə əsasən “Rusiya Federasiyasının sülhməramlı kontingenti erməni silahlı qüvvələrinin çıxarılması ilə paralel şəkildə yerləşdirilir”.")
AMS='unknown'
add('h2-az-014','az','https://metbuat.az/news/1444428/ermenistan-xin-in-3-avqust-tarixli-beyanatini-qetiyyetle-red.html','Metbuat.az (Azerbaijani MFA comment)',None,t,[
 R('Ermənistan XİN-in 3 avqust 2022-ci il tarixli bəyanatına','document',[],'statement of the Armenian MFA of 3 Aug 2022',AMS,['whole-document']),
 R('şərhdə','document',[],'"in the comment" = the Azerbaijani MFA comment (the text quoted below)',"unknown",['anaphoric','whole-document']),
 R('3 avqust tarixli bəyanatını','document',[],'anaphoric: the Armenian MFA statement of 3 Aug 2022',AMS,['anaphoric','whole-document']),
 R('üçtərəfli bəyanatı','document',[],'Trilateral Statement',TS,['whole-document']),
 R('üç ölkə liderlərinin imzaladığı 10 noyabr 2020-ci il tarixli bəyanatın müddəalarının','clause',[],'provisions of the Trilateral Statement',TS,['plain']),
 R('Üçtərəfli bəyanatın 4-cü maddəsinə','point',['4'],'Trilateral Statement point 4 (called "maddə")',TS,['plain','ordinal']),
],near=[N('şərh yayıb','"issued a comment": light-verb predicate'),N('Metbuat.az-a','outlet name')])

t=J(r"Soyqırımı cinayəti. Bu gün soyqırımı olaraq adlandırılan cinayət ilk dəfə Nürnberq Tribunalında insanlıq əleyhinə işlənmiş cinayət olaraq mühakimə edilmişdir. Bu cinayət Keçmiş Yuqoslaviya üçün Beynəlxalq Cinayət Tribunalı (KYBCT) və Ruanda üçün Beynəlxalq Cinayət Tribunalı (RBCT) yaradılmasından əvvəl ilk dəfə həmin tribunalda mühakimə edilmişdir (11).\nSoyqırım cinayətinin “Soyqırım cinayətinin qarşısının alınması və cəzalandırılmasına dair” 1948-ci il Konvensiyasında (Soyqırım Konvensiyası) tərifi təqdim edilmiş, beynəlxalq hüququn adətlərindən biri və jus cogens normalarından biri halına gəlmişdir. Yuxarıda göstərilən konvensiyanın 2-ci Maddəsində soyqırım, milli, etnik, irqi və ya dini qrupu tamamilə və ya qismən məhv etmək niyyəti ilə törədilmiş aşağıdakı hərəkətlərdən hər hansı birinin törədilməsi olaraq tərif edilmişdir:\na. Qrup üzvlərini öldürmək;\nb. Qrup üzvlərinə ciddi fiziki və ya mənəvi ziyan vurmaq;\nc. Qrupun tam və ya qismən fiziki məhvi məqsədilə qrupda həyat şərtlərini düşünülmüş şəkildə aşağı salmaq;\nd. Qrupda olacaq doğumların qarşısını almaq üçün tədbirlər görmək;\ne. Uşaqları bir qrupdan zorla digər qrupa köçürmək (12).\nBu müddəalar KYBCT Nizamnaməsi (Maddə 4(2)), RBCT Nizamnaməsi (Maddə 2(2)) və Beynəlxalq Cinayət Məhkəməsi (BCM) Nizamnaməsində (Maddə 6) təkrarlanmışdır. Eyni zamanda, ölkələrin bir çoxu bu müddəaları öz qanunvericiliklərində əks etdirmişdir (Soyqırım Konvensiyasını təsdiqləyən ölkələrdə).")
GC='genocide-convention-1948'
add('h2-az-015','az','https://az.strategiya.az/news.php?id=112518','Strategiya.az',None,t,[
 R('“Soyqırım cinayətinin qarşısının alınması və cəzalandırılmasına dair” 1948-ci il Konvensiyasında','document',[],'Genocide Convention (1948)',GC,['whole-document']),
 R('Soyqırım Konvensiyası','document',[],'short title in parentheses',GC,['whole-document','abbreviated']),
 R('Yuxarıda göstərilən konvensiyanın 2-ci Maddəsində','article',['2'],'"Article 2 of the above-mentioned convention"',GC,['anaphoric','ordinal']),
 R('Bu müddəalar','article',['2'],'"these provisions" = Art. 2 (a)–(e) of the Convention',GC,['anaphoric']),
 R('KYBCT Nizamnaməsi (Maddə 4(2))','paragraph',['2'],'ICTY Statute Art. 4(2)','icty-statute',['nested','abbreviated'],parent=('article',['4'])),
 R('RBCT Nizamnaməsi (Maddə 2(2))','paragraph',['2'],'ICTR Statute Art. 2(2)','ictr-statute',['nested','abbreviated','list'],parent=('article',['2'])),
 R('Beynəlxalq Cinayət Məhkəməsi (BCM) Nizamnaməsində (Maddə 6)','article',['6'],'Rome Statute of the ICC, Art. 6','rome-statute',['plain','list']),
 R('bu müddəaları','article',['2'],'"these provisions" (genocide definition)',GC,['anaphoric']),
 R('Soyqırım Konvensiyasını','document',[],'Genocide Convention',GC,['whole-document','abbreviated']),
],near=[N('(11)','footnote marker'),N('(12)','footnote marker'),N('a.','item label of the quoted definition'),N('Nürnberq Tribunalında','tribunal, not a document'),N('öz qanunvericiliklərində','national legislation in general')])

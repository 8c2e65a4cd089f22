import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
TS='trilateral-2020-11-10'; UN='un-charter'
t=J(r"Praqada imzalanan sənəddə qeyd olunub ki, Azərbaycanla Ermənistan arasındakı delimitasiya və sülh sazişi BMT Nizamnaməsinə və 1991-ci ilin Alma-Ata Bəyannaməsindəki müvafiq sərhədlərə əsaslanmalıdır.\nBizim.Media xəbər verir ki, bunu Rusiya xarici işlər naziri Sergey Lavrov bu gün keçirdiyi mətbuat konfransında bildirib.\n“Alma-Ata Bəyannaməsində isə qeyd olunub ki, bütün ittifaq respublikaları Müstəqil Dövlətlər Birliyini formalaşdırır və SSRİ-nin İttifaq dövlətləri arasındakı mövcud olan sərhədlərin pozulmamasını təsdiqləyir.\nMÖVZU İLƏ BAĞLI:\n“Azərbaycan Qarabağ ermənilərinin hüquqlarını təmin etməyə hazırdır” - Lavrov\nBaşqa sözlə, həmin vaxt Dağlıq Qarabağ Muxtar Vilayəti birmənalı olaraq Azərbaycan Sovet Sosialist Respublikasının tərkib hissəsi olub. Bu, həm Azərbaycan, həm Ermənistan, həm Fransa, həm də cənab Mişel (Şarl Mişel-red.) tərəfindən sənəd çərçivəsində təsdiq olunub. Yəni, Alma-Ata Bəyannaməsinin heç bir qeyd-şərtsiz tanınması, əlbəttə ki, gələcək işi yüngülləşdirir.")
PR='prague-statement-2022'; AA='alma-ata-1991'
add('h2-az-011','az','https://bizim.media/az/region/107291/lavrov-alma-ata-beyannamesi-imzalananda-daliq-qaraba-azerbaycan-ssr-in-terkibinde-olub','Bizim.Media (Lavrov press conference)',None,t,[
 R('Praqada imzalanan sənəddə','document',[],'quadrilateral statement of Prague, 6 Oct 2022',PR,['whole-document']),
 R('sülh sazişi','document',[],'Armenia–Azerbaijan peace agreement (future)','az-am-peace-2025',['whole-document']),
 R('BMT Nizamnaməsinə','document',[],'UN Charter',UN,['whole-document','abbreviated']),
 R('1991-ci ilin Alma-Ata Bəyannaməsindəki','document',[],'Alma-Ata Declaration of 21 Dec 1991',AA,['whole-document']),
 R('Alma-Ata Bəyannaməsində','document',[],'Alma-Ata Declaration',AA,['whole-document']),
 R('sənəd çərçivəsində','document',[],'"within the framework of the document" = the Prague statement',PR,['anaphoric','whole-document']),
 R('Alma-Ata Bəyannaməsinin','document',[],'Alma-Ata Declaration',AA,['whole-document']),
],near=[N('MÖVZU İLƏ BAĞLI:','"related topic" UI label'),N('Bizim.Media','outlet name'),N('mətbuat konfransında','press conference, not a document')])

t=J(r"17.06.2015 [14:53] - Gündəm, Siyasət, Hüquq\nAzərbaycan Xarici İşlər Nazirliyi (XİN) Avropa İnsan Hüquqları Məhkəməsinin Böyük Palatasının “Çıraqov və digərləri Ermənistana qarşı” işi ilə bağlı verdiyi qərarla bağlı bəyanat verıb.\nXİN-dən bildirilib ki, sözügedən iş erməni təcavüzü dövründə Azərbaycanın Laçın rayonu ərazisindən qovulmuş altı Azərbaycan vətəndaşının Ermənistan Respublikasına qarşı 6 aprel 2005-ci il tarixli iddia müraciətinə əsaslanır.\nİddiaçiların “İnsan hüquq və əsas azadlıqlarının müdafiəsi haqqında” Konvensiya çərçivəsində bir sıra hüquqlarının (mülkiyyətin qorunması hüququ (1 saylı Protokolun 1-ci maddəsi), şəxsi həyata və ailə həyatına hörmət hüququ (Konvensiyanın 8-ci maddəsi) və səmərəli hüquqi müdafiə vasitələri hüququ (Konvensiyanın 13-cü maddəsi)) Ermənistan tərəfindən pozulmasının davam etdiyini bildirərək, Məhkəmə iddiaçıların xeyrinə qərar verib:\n“Məhkəmə qərarı Ermənistanın Azərbaycan ərazilərinin qeyri-qanuni işğalı və işğal olunmuş ərazilərində hərbi mövcudluğunu davamlı inkarına birdəfəlik son qoyub.")
EC='echr-1950'; CH='echr-chiragov-2015'
add('h2-az-012','az','http://davam.sapphire.mysitepreview.co.uk/21483-rsmi-bak-avropa-mhkmsinin-azrbaycanl-kknlrl-bal-xard-qrarla-laqdar-byanat-verdi.html','copy of an Azerbaijani news site (Azerbaijani MFA statement)','2015-06-17',t,[
 R('“Çıraqov və digərləri Ermənistana qarşı” işi ilə bağlı verdiyi qərarla','document',[],'ECtHR Grand Chamber judgment Chiragov and Others v. Armenia (16 June 2015)',CH,['whole-document']),
 R('6 aprel 2005-ci il tarixli iddia müraciətinə','document',[],'application of 6 April 2005 (no. 13216/05)','unknown',['whole-document']),
 R('“İnsan hüquq və əsas azadlıqlarının müdafiəsi haqqında” Konvensiya','document',[],'European Convention on Human Rights',EC,['whole-document']),
 R('1 saylı Protokolun 1-ci maddəsi','article',['1'],'Protocol No. 1 to the ECHR, Article 1','echr-protocol-1',['plain','ordinal']),
 R('Konvensiyanın 8-ci maddəsi','article',['8'],'ECHR Art. 8',EC,['anaphoric','ordinal']),
 R('Konvensiyanın 13-cü maddəsi','article',['13'],'ECHR Art. 13',EC,['anaphoric','ordinal']),
 R('Məhkəmə qərarı','document',[],'"the Court\'s judgment" = Chiragov',CH,['anaphoric','whole-document']),
],near=[N('bəyanat verıb','"made a statement": predicate (light verb)'),N('qərar verib','"ruled": light-verb idiom'),N('17.06.2015 [14:53]','dateline'),N('sözügedən iş','"the said case": a case, not a document'),N('Böyük Palatasının','chamber name'),N('altı Azərbaycan vətəndaşının','count')])

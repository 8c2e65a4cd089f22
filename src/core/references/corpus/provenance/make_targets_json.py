import json
T=[
 ("trilateral-2020-11-10","trilateral-2020-11-10_en-azmfa.txt","en","Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation (English rendering of the MFA of Azerbaijan)","2020-11-10","https://belgrade.mfa.gov.az/en/news/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation-enru","paragraphs 1–5 and start of 6 only"),
 ("trilateral-2020-11-10","trilateral-2020-11-10_en-kremlin.txt","en","Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation (Kremlin English wording, via NEWS.ru)","2020-11-10","https://news.ru/en/cis-countries/full-text-of-statement-between-azerbaijan-and-armenia-revealed/","paragraphs 1–3 and start of 4 only"),
 ("trilateral-2020-11-10","trilateral-2020-11-10_en.txt","en","Statement of 10 November 2020 (English translation of the Russian MFA)","2020-11-10","https://uprootedpalestinians.wordpress.com/2020/11/11/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation/","paragraphs 1–6 (6 truncated)"),
 ("trilateral-2020-11-10","trilateral-2020-11-10_ru.txt","ru","Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации (fragments)","2020-11-10","https://vestikavkaza.ru/news/rossia-opublikovala-oficialnyj-tekst-karabahskogo-soglasenia.html","quoted fragments of points 1–3 only"),
 ("trilateral-2020-11-10","trilateral-2020-11-10_de.txt","de","Erklärung vom 10. November 2020 (German translation, Réseau Voltaire)","2020-11-10","https://www.voltairenet.org/article211616.html","paragraphs 1–6"),
 ("trilateral-2021-01-11","trilateral-2021-01-11_ru.txt","ru","Заявление лидеров Азербайджана, Армении и России от 11 января 2021 года","2021-01-11","https://www.massa.az/news/ru/14775/","points 1–2 only"),
 ("trilateral-2021-01-11","trilateral-2021-01-11_az.txt","az","Azərbaycan, Ermənistan və Rusiya liderlərinin 11 yanvar 2021-ci il Bəyannaməsi","2021-01-11","https://mtm.az/","points 1–3 only"),
 ("un-charter","un-charter_en.txt","en","Charter of the United Nations (1945 text; selected chapters I, V (part), VI, VII, VIII, XV (part), XVI (part), Art. 111)","1945-06-26","GitHub file id 16190605352 (TOO project; authority https://www.un.org/en/about-us/un-charter/)","selected articles; 1945 wording"),
 ("un-charter","un-charter_fr.txt","fr","Charte des Nations Unies — Article 51","1945-06-26","https://pdfslide.fr/documents/la-charte-des-nations-unies-sfdi-dune-norme-sur-la-legitime-defense.html","Article 51 only"),
 ("un-charter","un-charter_es.txt","es","Carta de las Naciones Unidas — Artículos 51, 99, 109","1945-06-26","https://www.yumpu.com/es/document/view/7724253/articulo-51-naciones-unidas","Articles 51, 99, 109 (109(3) truncated)"),
 ("un-charter","un-charter_de.txt","de","Charta der Vereinten Nationen — Artikel 27, 52 (Anfang)","1945-06-26","https://allmystery.de/themen/pr71294-97","Art. 27 and 52(1)"),
 ("un-charter","un-charter_tr.txt","tr","Birleşmiş Milletler Antlaşması — Madde 51","1945-06-26","https://t24.com.tr/haber/disisleri-bakani-cavusoglu-nun-harekati-dayandirdigi-bm-antlasmasinin-51-maddesi-ne-diyor,843046","Article 51 only"),
 ("un-charter","un-charter_ar.txt","ar","ميثاق الأمم المتحدة — المادة 51","1945-06-26","https://www.followmenews.com/2014/01/01/","Article 51 only"),
 ("nato-treaty","nato-treaty_en.txt","en","The North Atlantic Treaty (preamble, Articles 1–5)","1949-04-04","https://studylib.es/doc/78196/the-north-atlantic-treaty","preamble, Arts 1–3, Art 4 truncated, Art 5 first paragraph"),
 ("nato-treaty","nato-treaty_de.txt","de","Nordatlantikvertrag — Artikel 4 und 5","1949-04-04","http://www.general-anzeiger-bonn.de/news/thema/Hintergrund-Artikel-4-und-5-des-Nato-Vertrages-article1687845.html","Articles 4 and 5"),
 ("unsc-2334","unsc-2334_en.txt","en","UN Security Council resolution 2334 (2016) — preamble","2016-12-23","https://un-report.blogspot.com/2016/12/security-council-draft-resolution-calls.html","preamble only"),
 ("unsc-2334","unsc-2334_fr.txt","fr","Résolution 2334 (2016) du Conseil de sécurité — préambule","2016-12-23","https://fr.wikisource.org/wiki/Page:ONU_-_Résolutions_et_décisions_du_conseil_de_sécurité,_01-08-2015_au_31-07-2016.djvu/66","first preambular paragraphs only"),
 ("unsc-2335","unsc-2335_en.txt","en","UN Security Council resolution 2335 (2016)","2016-12-30","https://lawglobalhub.com/united-nations-security-council-resolution-2335-the-situation-concerning-iraq","complete"),
 ("minsk-package-2015","minsk-package-2015_ru.txt","ru","Комплекс мер по выполнению Минских соглашений (points 9–11)","2015-02-12","https://hello.chitka.online/b/maidan/p/118","points 9, 10, start of 11"),
 ("washington-2025-08-08","washington-2025-08-08_it.txt","it","Dichiarazione congiunta di Washington (8 agosto 2025), traduzione italiana","2025-08-08","https://gazzettadiplomatica.it/armenia-azerbaigian-il-testo-integrale-dellaccordo-di-pace-sottoscritto-a-washington","points 1–3, start of 4"),
]
AL={
 "trilateral-2020-11-10":["Trilateral Statement of 9/10 November 2020","tripartite statement","November 10 statement","November 9 statement","ceasefire agreement of 10 November 2020","Заявление от 9 ноября 2020 года","трехстороннее заявление","10 noyabr üçtərəfli bəyanatı","Birgə Bəyannamə","նոյեմբերի 9-ի եռակողմ հայտարարություն","البيان الثلاثي"],
 "trilateral-2021-01-11":["Statement of 11 January 2021","Заявление от 11 января 2021 года","11 yanvar Bəyannaməsi"],
 "un-charter":["UN Charter","Charter of the United Nations","Устав ООН","Charte des Nations Unies","Carta de las Naciones Unidas","UN-Charta","Satzung der Vereinten Nationen","BM Şartı","BM Antlaşması","ميثاق الأمم المتحدة","《联合国宪章》","Статут ООН","ՄԱԿ-ի կանոնադրություն","BMT Nizamnaməsi"],
 "nato-treaty":["North Atlantic Treaty","Washington Treaty","NATO-Vertrag","Nordatlantikvertrag","NATO founding treaty"],
 "unsc-2334":["resolution 2334 (2016)","S/RES/2334 (2016)","القرار 2334","résolution 2334"],
 "unsc-2335":["resolution 2335 (2016)","S/RES/2335 (2016)"],
 "minsk-package-2015":["Package of Measures for the Implementation of the Minsk Agreements","Minsk II","Комплекс мер","Комплекс заходів","Мінський комплекс заходів"],
 "washington-2025-08-08":["Washington Declaration","Joint Declaration of 8 August 2025","Совместная декларация (Вашингтон)","Վաշինգտոնյան հռչակագիր"],
}
out=[dict(targetKey=k,file='targets/'+f,language=lg,title=t,date=d,aliases=AL.get(k,[]),source=s,coverage=c) for k,f,lg,t,d,s,c in T]
json.dump(out,open('targets.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(out))

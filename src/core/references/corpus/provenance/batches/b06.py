import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
UC='un-charter'; UCD='Charter of the United Nations'
NT='nato-treaty'; NTD='North Atlantic Treaty (Washington, 4 April 1949)'
def q(n,y=1993): return f'UN Security Council resolution {n} ({y})'
add('es-001','es','https://es.scribd.com/document/411151834/ART-51-ONU-docx','Scribd (documento de usuario)',None,
'''Artículo 51[editar]

El Artículo 51 establece el derecho de los países a emplear la legítima defensa, incluso legítima
defensa colectiva, contra un ataque armado.

.Este artículo fue citado por los Estados Unidos para apoyar el Caso de Nicaragua y la legalidad de
la Guerra de Vietnam.''',
[R('Artículo 51[editar]','article',['51'],'context: '+UCD,UC,['headline','anaphoric']),
 R('El Artículo 51','article',['51'],'context: '+UCD,UC,['anaphoric']),
 R('Este artículo','article',['51'],'anaphoric: Article 51 of '+UCD,UC,['anaphoric'])],
[N('[editar]','wiki edit link, not a reference'),N('el Caso de Nicaragua','a court case name, not a document unit (judgement call)')])

add('es-002','es','https://es.scribd.com/document/411151834/ART-51-ONU-docx','Scribd (documento de usuario)',None,
'''Ninguna disposición de esta Carta menoscabará el derecho inmanente de legítima defensa,''',
[R('esta Carta','document',[],'quoted Charter text: the present Charter',UC,['anaphoric','whole-document'])],
[N('Ninguna disposición','"no provision" – generic, not a unit citation')])

add('es-003','es','https://iberos.info/articulo-51-de-la-carta-de-las-naciones-unidas/','Iberos.info',None,
'''¿Qué es el Artículo 51 de la Carta de las Naciones Unidas?

El Artículo 51 de la Carta de las Naciones Unidas establece el derecho a la legítima defensa individual o colectiva de un Estado contra un ataque armado. Este artículo se encuentra dentro del capítulo VII de la Carta, que trata sobre la acción en caso de amenazas a la paz, quebrantamiento de la paz y actos de agresión.''',
[R('Artículo 51 de la Carta de las Naciones Unidas','article',['51'],UCD,UC,['headline','plain']),
 R('El Artículo 51 de la Carta de las Naciones Unidas','article',['51'],UCD,UC,['plain']),
 R('Este artículo','article',['51'],'anaphoric: Article 51',UC,['anaphoric']),
 R('capítulo VII de la Carta','chapter',['VII'],'anaphoric: '+UCD,UC,['anaphoric'])],
[N('quebrantamiento de la paz','part of the chapter title, not a reference')])

add('es-004','es','https://iberos.info/articulo-51-carta-de-las-naciones-unidas/','Iberos.info',None,
'''El Artículo 51 de la Carta de las Naciones Unidas establece el derecho de legítima defensa individual o colectiva de los Estados miembros en caso de un ataque armado contra ellos. Este artículo es una excepción al principio de la prohibición del uso de la fuerza por parte de los Estados, que se establece en el Artículo 2 de la Carta.

Errores comunes relacionados con el Artículo 51''',
[R('El Artículo 51 de la Carta de las Naciones Unidas','article',['51'],UCD,UC,['plain']),
 R('Este artículo','article',['51'],'anaphoric: Article 51',UC,['anaphoric']),
 R('el Artículo 2 de la Carta','article',['2'],'anaphoric: '+UCD,UC,['anaphoric']),
 R('el Artículo 51','article',['51'],'anaphoric: '+UCD,UC,['anaphoric','headline'])],
[N('Errores comunes','heading text, not a reference')])

add('es-005','es','https://iberos.info/articulo-51-de-la-carta-de-la-onu/','Iberos.info',None,
'''El Articulo 51 de la Carta de la ONU establece el derecho inherente a la autodefensa individual o colectiva de un Estado contra un ataque armado. Esta disposición se encuentra en el Capítulo VII de la Carta, que se refiere a la acción en caso de amenaza o ruptura de la paz y actos de agresión.''',
[R('El Articulo 51 de la Carta de la ONU','article',['51'],UCD,UC,['plain','abbreviated']),
 R('Esta disposición','article',['51'],'anaphoric: Article 51',UC,['anaphoric']),
 R('el Capítulo VII de la Carta','chapter',['VII'],'anaphoric: '+UCD,UC,['anaphoric'])],[])

add('es-006','es','https://iberos.info/articulo-51-de-la-carta-de-la-onu/','Iberos.info',None,
'''Un ejemplo de aplicación del Articulo 51 es el caso de la Guerra del Golfo de 1991, en la cual Estados Unidos lideró una coalición internacional para liberar a Kuwait de la invasión de Irak. La coalición argumentó que estaba actuando en legítima defensa en virtud del Articulo 51, ya que Kuwait había sido atacado por Irak.''',
[R('del Articulo 51','article',['51'],'context: '+UCD,UC,['anaphoric']),
 R('del Articulo 51,','article',['51'],'context: '+UCD,UC,['anaphoric'])],
[N('la Guerra del Golfo de 1991','an event with a year, not a reference')])

add('es-007','es','https://globalrights.info/2023/12/gaza-israel-antonio-guterres-activa-articulo-99-de-la-carta-de-naciones-unidas/print','GlobalRights.info (Nicolas Boeglin)','2023-12-12',
'''Gaza/Israel: António Guterres activa Artículo 99 de la Carta de Naciones Unidas''',
[R('Artículo 99 de la Carta de Naciones Unidas','article',['99'],UCD,UC,['headline','plain'])],[])

add('es-008','es','https://globalrights.info/2023/12/gaza-israel-antonio-guterres-activa-articulo-99-de-la-carta-de-naciones-unidas/print','GlobalRights.info (Nicolas Boeglin)','2023-12-12',
'''Por vez primera desde muchos años, el Secretario General de Naciones Unidas se ha dirigido al Consejo de Seguridad haciendo uso de las atribuciones que le asigna el Artículo 99 de la Carta de Naciones Unidas (véase texto[2]), el cual se lee de la siguiente manera:

Artículo 99El Secretario General podrá llamar la atención del Consejo de Seguridad hacia cualquier asunto que en su opinión pueda poner en peligro el mantenimiento de la paz y la seguridad internacionales“.

Se trata de un artículo de la Carta de Naciones Unidas pocamente activado desde 1945. Según este estudio especializado[3], ha sido utilizado en tan solo una decena de ocasiones desde 1945 por un Secretario General en el ejercicio de sus funciones (Nota 1).

Como previsible, la carta del Secretario General refiere  al drama inhumano que se vive en Gaza''',
[R('el Artículo 99 de la Carta de Naciones Unidas','article',['99'],UCD,UC,['plain']),
 R('Artículo 99','article',['99'],'context (quoted heading): '+UCD,UC,['anaphoric']),
 R('un artículo de la Carta de Naciones Unidas','article',['99'],'anaphoric: Article 99 of '+UCD,UC,['anaphoric']),
 R('la carta del Secretario General','document',[],'Letter of the UN Secretary-General to the Security Council invoking Article 99 (6 December 2023)','unknown',['whole-document'])],
[N('[2]','footnote marker, not a reference to a unit'),N('(Nota 1)','footnote reference inside the article itself (judgement call: near miss)'),N('este estudio especializado[3]','a study, cited only via footnote')])

add('es-009','es','https://milenio.com.ar/columnas-de-opinion/autodefensa-a-medida-cuando-el-articulo-51-se-estira-hasta-romperse','Milenio (Argentina)',None,
'''Cuando un Estado invoca “legítima defensa”, no basta con decirlo: debe existir un ataque armado y la respuesta debe ser necesaria y proporcional, además de informarse al Consejo de Seguridad. Si el Art. 51 se estira como excusa para cualquier operación, la excepción se vuelve regla y la Carta pierde su función de límite.''',
[R('el Art. 51','article',['51'],'context: '+UCD,UC,['abbreviated','anaphoric']),
 R('la Carta','document',[],'anaphoric: '+UCD,UC,['anaphoric','whole-document'])],[])

add('es-010','es','https://milenio.com.ar/columnas-de-opinion/autodefensa-a-medida-cuando-el-articulo-51-se-estira-hasta-romperse','Milenio (Argentina)',None,
'''La Carta de la ONU se creó para que la fuerza no sea el idioma habitual entre Estados. Por eso la regla es simple: prohibición de amenaza o uso de la fuerza. Y por eso también la excepción es estricta: el Artículo 51 reconoce el derecho de legítima defensa “si ocurre un ataque armado”. No si hay sospechas, no si hay irritación geopolítica, no si existe una amenaza difusa. Ataque armado.
Además, el art. 51 trae un requisito que se omite en el debate público: el Estado que actúa debe informar inmediatamente al Consejo de Seguridad.''',
[R('La Carta de la ONU','document',[],UCD,UC,['whole-document','abbreviated']),
 R('el Artículo 51','article',['51'],'anaphoric: '+UCD,UC,['anaphoric']),
 R('el art. 51','article',['51'],'anaphoric: '+UCD,UC,['anaphoric','abbreviated'])],
[N('la regla es simple','"the rule" in a general sense, not a document')])

add('es-011','es','https://revistas.urosario.edu.co/index.php/acdi/article/download/13482/13339?inline=1','Anuario Colombiano de Derecho Internacional (Universidad del Rosario)',None,
'''El deber de comunicar al Consejo de Seguridad los actos realizados conforme al artículo 51 de la Carta de Naciones Unidas, cuenta con una regulación mínima que ha sido desarrollada por la práctica estatal. A través de una metodología jurídica tradicional, estudiamos el contenido de esta obligación, la práctica, especialmente la antiterrorista, y las aportaciones estatales recientes, para proponer el contenido mínimo de información que los Estados deberían aportar en sus comunicaciones: una referencia expresa al artículo 51 en sus misivas,''',
[R('artículo 51 de la Carta de Naciones Unidas','article',['51'],UCD,UC,['plain']),
 R('artículo 51 en sus misivas','article',['51'],'anaphoric: '+UCD,UC,['anaphoric'])],
[N('una referencia expresa','the word "reference" itself, not a reference')])

add('en-026','en','https://revistas.urosario.edu.co/index.php/acdi/article/download/13482/13339?inline=1','Anuario Colombiano de Derecho Internacional (Universidad del Rosario)',None,
'''The reporting requirement to the Security Council acts carried out in accordance with article 51 of the UN Charter has a minimum regulation developed by state practice. Using a traditional legal methodology, we study the content of this obligation, practice, especially anti-terrorism practice, and recent state contributions, to propose the minimum content of information that states should provide in their communications: a specific reference to article 51 in their letters,''',
[R('article 51 of the UN Charter','article',['51'],UCD,UC,['plain','abbreviated']),
 R('article 51 in their letters','article',['51'],'anaphoric: '+UCD,UC,['anaphoric'])],
[N('a specific reference','the word "reference" itself, not a reference')])

add('es-012','es','https://www.yumpu.com/es/document/view/7724253/articulo-51-naciones-unidas','Repertorio de la práctica seguida por los órganos de las Naciones Unidas (via Yumpu)',None,
'''INDICE<br />

Párrafos<br />

Texto del Artículo <strong>51</strong><br />

Nota preliminar 1-3<br />

I. Reseña general 4-15<br />

II. Reseña analítica de la práctica 16-28<br />''',
[R('Texto del Artículo <strong>51</strong>','article',['51'],'context: '+UCD,UC,['anaphoric'])],
[N('Nota preliminar 1-3','table-of-contents paragraph range of the Repertory itself, not a citation'),N('I. Reseña general 4-15','table-of-contents entry'),N('II. Reseña analítica de la práctica 16-28','table-of-contents entry')])

add('es-013','es','https://www.yumpu.com/es/document/view/7724253/articulo-51-naciones-unidas','Repertorio de la práctica seguida por los órganos de las Naciones Unidas (via Yumpu)',None,
'''1. Durante el período que se examina se hizo referencia<br />

al Artículo <strong>51</strong> de la Carta en diversas ocasiones<br />

en el curso de las actuaciones del Consejo de Seguridad<br />''',
[R('Artículo <strong>51</strong> de la Carta','article',['51'],UCD,UC,['plain'])],
[N('el período que se examina','reporting period, not a reference')])

add('az-006','az','https://lib.aliyevheritage.org/az/1177226.html','Heydər Əliyev İrsi kitabxanası',None,
'''1993-cü ildə Ermənistan Silahlı Qüvvələri tərəfindən Azərbaycan torpaqlarının işğal olunması ilə əlaqədar BMT Təhlükəsizlik Şurası tərəfindən 822, 853, 874 və 884 saylı qətnamələr qəbul edilib. Qətnamələrdə erməni silahlı qüvvələrinin Azərbaycan torpaqlarından çıxarılması tələbi səslənsə də, onlara bu günə kimi əməl olunmayıb.''',
[R('822','document',[],q(822),'unsc-822',['whole-document','list']),
 R('853','document',[],q(853),'unsc-853',['whole-document','list']),
 R('874','document',[],q(874),'unsc-874',['whole-document','list']),
 R('884 saylı qətnamələr','document',[],q(884),'unsc-884',['whole-document','list']),
 R('Qətnamələrdə','document',[],'anaphoric: UNSC resolutions 822, 853, 874, 884 (1993)','unsc-822',['anaphoric','whole-document'])],
[N('1993-cü ildə','year, not a reference')])

add('az-007','az','https://qanunyolutv.az/siyaset/5763-azrbaycan-ordusu-beynlxalq-hququ-dalti-mld-tmin-edir.html','Qanun Yolu TV',None,
'''BMT Təhlükəsizlik Şurası Ermənistanın Azərbaycan torpaqlarını - Ağdam, Kəlbəcər, Zəngilan, Qubadlı, Cəbrayıl və Füzulini işğal etməsi ilə bağlı 1993-cü ildə 4 qətnamə (822, 853, 874 və 884) qəbul edib. Bu qətnamələrin hər birində ermənilərin təcavüzkar siyasəti pislənilsə də və erməni hərbi birləşmələrinin zəbt etdikləri Azərbaycan torpaqlarından qeyd-şərtsiz çıxmaları birmənalı şəkildə tələb olunsa da, bu tələblər indiyə qədər yerinə yetirilməyib.1993-cü il noyabrın 12-də qəbul edilən 884 saylı qətnamədə Azərbaycanın Zəngilan rayonunun və Horadiz şəhərinin işğalı pislənilir və işğalçı qoşunların həmin ərazilərdən, eləcə də ATƏT-in Minsk Qrupunun iclasında razılaşdırılmış “BMT Təhlükəsizlik Şurasının 822, 853, 874 saylı qətnamələrini icra etmək üçün təcili addımlara dair yenilənmiş vaxt cədvəli”nə uyğun olaraq işğalçı qoşunların Azərbaycanın işğal edilmiş digər ərazilərindən çıxarılması tələb edilir.''',
[R('4 qətnamə (822','document',[],q(822),'unsc-822',['whole-document','list']),
 R('853','document',[],q(853),'unsc-853',['whole-document','list']),
 R('874','document',[],q(874),'unsc-874',['whole-document','list']),
 R('884)','document',[],q(884),'unsc-884',['whole-document','list']),
 R('Bu qətnamələrin hər birində','document',[],'anaphoric: UNSC resolutions 822, 853, 874, 884','unsc-822',['anaphoric','whole-document']),
 R('1993-cü il noyabrın 12-də qəbul edilən 884 saylı qətnamədə','document',[],q(884),'unsc-884',['whole-document']),
 R('“BMT Təhlükəsizlik Şurasının 822, 853, 874 saylı qətnamələrini icra etmək üçün təcili addımlara dair yenilənmiş vaxt cədvəli”','document',[],'OSCE Minsk Group "Updated timetable of urgent steps to implement UNSC resolutions 822, 853 and 874"','osce-timetable-1993',['whole-document']),
 R('822, 853, 874 saylı qətnamələrini','document',[],'UNSC resolutions 822, 853, 874 (1993) (nested in the timetable title)','unsc-822',['list','whole-document'])],
[N('1993-cü ildə 4 qətnamə','a count of resolutions (part of the list reference context)')])

add('az-008','az','https://qanunyolutv.az/siyaset/5763-azrbaycan-ordusu-beynlxalq-hququ-dalti-mld-tmin-edir.html','Qanun Yolu TV',None,
'''Lakin Təhlükəsizlik Şurasının qətnamələri 27 il kağız üzərində qalıb. Ermənistan beynəlxalq hüququ və TŞ qətnamələrini ayaq altına ataraq öz qoşunlarını nəinki Azərbaycan ərazilərindən çıxarıb, əksinə işğalı möhkəmləndirmək və Azərbaycan torpaqlarını ilhaq etmək xətti tutub.''',
[R('Təhlükəsizlik Şurasının qətnamələri','document',[],'anaphoric: UNSC resolutions 822, 853, 874, 884 (1993)','unsc-822',['anaphoric','whole-document']),
 R('TŞ qətnamələrini','document',[],'anaphoric: UNSC resolutions 822, 853, 874, 884 (1993)','unsc-822',['anaphoric','whole-document','abbreviated'])],
[N('27 il','duration, not a reference')])

add('az-009','az','http://vetennamine.az/bmt/','Vətən naminə',None,
'''BMT Təhlükəsizlik Şurasının 1967-ci ildə qəbul etdiyi 242 saylı qətnamədə 3 məsələnin həyata keçirilməsı İsraildən birmənalı şəkildə tələb olunurdu: 1) İsrail qoşunlarının işğal olunmuş Fələstin ərazilərindən qeyd-şərtsiz çıxması; 2) Fələstin sərhədlərinin İsrail tərəfindən tanınması; 3) Fələstin qaçqınlarının öz yurd-yuvalarına qayıtmaları. İsrail qətnamənin tələblərinə nəinki riayət etmədi, əvvəlki siyasətinə davam edərək, yeni-yeni əraziləri də zəbt etdi.''',
[R('BMT Təhlükəsizlik Şurasının 1967-ci ildə qəbul etdiyi 242 saylı qətnamədə','document',[],'UN Security Council resolution 242 (1967)','unsc-242',['whole-document']),
 R('qətnamənin','document',[],'anaphoric: resolution 242 (1967)','unsc-242',['anaphoric','whole-document'])],
[N('1) İsrail qoşunlarının','the author\'s own enumeration, not paragraph 1 of the resolution'),N('2) Fələstin sərhədlərinin','author\'s enumeration'),N('3) Fələstin qaçqınlarının','author\'s enumeration')])

add('az-010','az','http://vetennamine.az/bmt/','Vətən naminə',None,
'''BMT-nin Təhlükəsizlik Şurasının Dağlıq Qarabağa dair 874 və 884-cü qətnamələri''',
[R('874','document',[],q(874),'unsc-874',['headline','whole-document','list']),
 R('884-cü qətnamələri','document',[],q(884),'unsc-884',['headline','whole-document','list','ordinal'])],[])

add('az-011','az','http://genderi.org/bmt-tehlukesizlik-surasnn-daglq-qarabag-munaqisesi-uzre-qetnam.html','genderi.org (BMT TŞ qətnamələrinin mətni)',None,
'''BMT-nin Təhlükəsizlik Şurasının 30 aprel 1993-cü il  

822 saylı Qətnaməsi 

 

Təhlükəsizlik  Şurası, Təhlükəsizlik  Şurasının sədrinin 29 yanvar 1993-cü və 6 aprel 1993-cü il tarixli Dağlıq Qarabağ haqqında olan bəyanatlarına istinad edərək; Baş Katibin 15 aprel 1993-cü il tarixli məruzəsini 

nəzərə alaraq;''',
[R('BMT-nin Təhlükəsizlik Şurasının 30 aprel 1993-cü il  \n\n822 saylı Qətnaməsi','document',[],q(822),'unsc-822',['headline','self','whole-document']),
 R('Təhlükəsizlik  Şurasının sədrinin 29 yanvar 1993-cü və 6 aprel 1993-cü il tarixli Dağlıq Qarabağ haqqında olan bəyanatlarına','document',[],'Statements by the President of the Security Council of 29 January and 6 April 1993','unknown',['whole-document','list']),
 R('Baş Katibin 15 aprel 1993-cü il tarixli məruzəsini','document',[],'Report of the Secretary-General of 14/15 April 1993 (S/25600)','unknown',['whole-document'])],[])

add('de-003','de','https://www.oe24.at/welt/ukraine-krieg/das-steht-in-artikel-vier-und-fuenf-des-nato-vertrages/536163415','oe24','2022-11-16',
'''Die Artikel vier und fünf des NATO-Gründungsvertrages vom 4. April 1949 sind Kernelemente des Verteidigungsbündnisses. Vor allem Artikel Fünf gilt als Herzstück - in ihm ist der sogenannte Bündnisfall geregelt.

Artikel Vier besagt: "Die Parteien werden einander konsultieren, wenn nach Auffassung einer von ihnen die Unversehrtheit des Gebiets, die politische Unabhängigkeit oder die Sicherheit einer der Parteien bedroht ist." Konkrete Reaktionen muss das nicht zur Folge haben.

Der Artikel wurde NATO-Angaben zufolge seit der Gründung des Bündnisses 1949 sieben Mal in Anspruch genommen.''',
[R('Die Artikel vier und fünf des NATO-Gründungsvertrages vom 4. April 1949','article',['4','5'],NTD,NT,['list','number-word']),
 R('Artikel Fünf','article',['5'],'anaphoric: '+NTD,NT,['anaphoric','number-word']),
 R('in ihm','article',['5'],'anaphoric: Article 5',NT,['anaphoric']),
 R('Artikel Vier','article',['4'],'anaphoric: '+NTD,NT,['anaphoric','number-word']),
 R('Der Artikel','article',['4'],'anaphoric: Article 4',NT,['anaphoric'])],
[N('sieben Mal','count, not a reference')])

add('de-004','de','https://www.oe24.at/welt/ukraine-krieg/das-steht-in-artikel-vier-und-fuenf-des-nato-vertrages/536163415','oe24','2022-11-16',
'''Artikel Fünf ist in der NATO-Gesichte erst ein einziges Mal aktiviert worden, nach den Anschlägen am 11. September 2001. Dies führte dazu, dass Deutschland und andere NATO-Staaten sich am Krieg gegen die Taliban und die Terrororganisation Al-Kaida in Afghanistan beteiligten. Aus dem Wortlaut des Artikels geht aber nicht hervor, dass NATO-Staaten zum Beispiel eigene Truppen zur Unterstützung entsenden müssen.''',
[R('Artikel Fünf','article',['5'],'context: '+NTD,NT,['anaphoric','number-word']),
 R('dem Wortlaut des Artikels','article',['5'],'anaphoric: Article 5',NT,['anaphoric'])],
[N('am 11. September 2001','date, not a reference')])

add('de-005','de','http://www.general-anzeiger-bonn.de/news/thema/Hintergrund-Artikel-4-und-5-des-Nato-Vertrages-article1687845.html','General-Anzeiger Bonn',None,
'''Hintergrund: Artikel 4 und 5 des Nato-Vertrages

Brüssel · Die Artikel vier und fünf des Nato-Gründungsvertrages vom 4. April 1949 haben offizieller Übersetzung zufolge folgenden Wortlaut:''',
[R('Artikel 4 und 5 des Nato-Vertrages','article',['4','5'],NTD,NT,['headline','list']),
 R('Die Artikel vier und fünf des Nato-Gründungsvertrages vom 4. April 1949','article',['4','5'],NTD,NT,['list','number-word'])],
[N('offizieller Übersetzung zufolge','mentions a translation, not a reference')])

add('de-006','de','http://www.general-anzeiger-bonn.de/news/thema/Hintergrund-Artikel-4-und-5-des-Nato-Vertrages-article1687845.html','General-Anzeiger Bonn (quoting the official German translation of the North Atlantic Treaty)',None,
'''Artikel 5 Die Parteien vereinbaren, dass ein bewaffneter Angriff gegen eine oder mehrere von ihnen in Europa oder Nordamerika als ein Angriff gegen sie alle angesehen wird; sie vereinbaren daher, dass im Falle eines solchen bewaffneten Angriffs jede von ihnen in Ausübung des in Artikel 51 der Satzung der Vereinten Nationen anerkannten Rechts der individuellen oder kollektiven Selbstverteidigung der Partei oder den Parteien, die angegriffen werden, Beistand leistet,''',
[R('Artikel 5','article',['5'],'heading: '+NTD,NT,['headline','anaphoric']),
 R('Artikel 51 der Satzung der Vereinten Nationen','article',['51'],UCD,UC,['plain'])],[])

add('de-007','de','https://odvt.org/dw/de/deutschland-und-artikel-5-des-nato-vertrages/a-273717','Deutsche Welle (mirror)',None,
'''Der NATO-Bündnisfall wird in Artikel 5 des Nordatlantikvertrags von 1949 definiert. Darin vereinbaren die Vertragsparteien, "dass ein bewaffneter Angriff gegen eine oder mehrere von ihnen in Europa oder Nordamerika als ein Angriff gegen sie alle angesehen werden wird". Im Fall eines solchen Angriffs soll jede Partei - entsprechend dem Selbstverteidigungsrecht nach Artikel 51 der UN-Charta - den Angegriffenen Beistand leisten,''',
[R('Artikel 5 des Nordatlantikvertrags von 1949','article',['5'],NTD,NT,['plain']),
 R('Darin','article',['5'],'anaphoric: Article 5',NT,['anaphoric']),
 R('Artikel 51 der UN-Charta','article',['51'],UCD,UC,['plain','abbreviated'])],[])

add('de-008','de','https://odvt.org/dw/de/deutschland-und-artikel-5-des-nato-vertrages/a-273717','Deutsche Welle (mirror)',None,
'''Von jedem bewaffneten Angriff und den Gegenmaßnahmen muss nach dem NATO-Vertrag "unverzüglich" dem UN-Sicherheitsrat Mitteilung gemacht werden. Sobald der Sicherheitsrat diejenigen Schritte unternommen hat, die notwendig sind, um den internationalen Frieden und die internationale Sicherheit wieder herzustellen und zu erhalten, sind die Maßnahmen einzustellen. Allerdings definiert Artikel 6 des NATO-Vertrags, dass es um einen "bewaffneten Angriff auf das Gebiet eines der Vertragsstaaten in Europa oder Nordamerika oder auf die Schiffe oder Flugzeuge" in diesem Raum gehen muss.''',
[R('nach dem NATO-Vertrag','document',[],NTD,NT,['whole-document']),
 R('Artikel 6 des NATO-Vertrags','article',['6'],NTD,NT,['plain'])],
[N('diejenigen Schritte','"those steps", not a reference')])

add('de-009','de','https://odvt.org/dw/de/deutschland-und-artikel-5-des-nato-vertrages/a-273717','Deutsche Welle (mirror)',None,
'''Im Zusammenhang mit den genannten "anderen Risiken" erklären die NATO-Partner weiter, nach Artikel 4 des NATO-Vertrages existierten Mechanismen der Konsultatio''',
[R('Artikel 4 des NATO-Vertrages','article',['4'],NTD,NT,['plain'])],
[N('den genannten "anderen Risiken"','"the mentioned other risks" – anaphora to content, not to a document unit')])

add('de-010','de','https://dict.la/例句/德语/Nato-Vertrags','dict.la (Satzbeispiele aus Presse)',None,
'''Laut Artikel 5, dem Beistandskapitel des Nato-Vertrags, bleibt es jedem Mitgliedsland selbst überlassen, wie und mit welchen Kräften es dem bedrohten Nato-Partner beisteht.
( Quelle: Tagesspiegel vom 26.03.2003)
Im fernen Brüssel, wo die Verteidigungsminister der Allianz unter großen Sicherheitsvorkehrungen tagten, wusste man jedenfalls nichts von der unmittelbar bevorstehenden Verkündigung der Beistandspflicht nach Artikel 5 des Nato-Vertrags.
( Quelle: Die Welt 2001)
Dass Ankara auf den Affront aus Brüssel trotz der leisen Töne erstmals den politisch brisanten Artikel IV des Nato-Vertrags geltend machte und Konsultationen einforderte, liegt einerseits am Druck aus Washington.''',
[R('Artikel 5, dem Beistandskapitel des Nato-Vertrags','article',['5'],NTD,NT,['plain']),
 R('Artikel 5 des Nato-Vertrags','article',['5'],NTD,NT,['plain']),
 R('Artikel IV des Nato-Vertrags','article',['4'],NTD+' (Roman numeral)',NT,['plain'])],
[N('( Quelle: Tagesspiegel vom 26.03.2003)','source attribution with date, not a reference to a document unit'),N('( Quelle: Die Welt 2001)','source attribution')])

add('de-011','de','https://www.europesays.com/2339429','Europe Says (re-publication)',None,
'''Artikel 5 ist der Kern des Nato-Vertrags. Die 32 Mitgliedsländer der Allianz sagen einander darin zu, einen bewaffneten Angriff auf ein Land als Angriff auf alle Staaten anzusehen und sich bei der Abwehr gegenseitig beizustehen – frei nach dem berühmten Musketier-Motto: Einer für alle, alle für einen.''',
[R('Artikel 5 ist der Kern des Nato-Vertrags','article',['5'],NTD,NT,['plain']),
 R('darin','article',['5'],'anaphoric: Article 5',NT,['anaphoric'])],
[N('Die 32 Mitgliedsländer','count, not a reference')])

add('de-012','de','https://www.europesays.com/2339429','Europe Says (re-publication)',None,
'''Artikel 5 war die völkerrechtliche Grundlage für den höchst effektiven militärischen Schutzschirm, den Amerika über Europa aufgespannt hat. Die Abschreckungskraft von Artikel 5 hängt jedoch weitgehend von der Glaubwürdigkeit ab, mit der US-Präsidenten versichern, dass sie sich im Ernstfall daran halten.''',
[R('Artikel 5 war','article',['5'],'context: '+NTD,NT,['anaphoric']),
 R('von Artikel 5','article',['5'],'context: '+NTD,NT,['anaphoric']),
 R('daran','article',['5'],'anaphoric: Article 5',NT,['anaphoric'])],[])

import sys; sys.path.insert(0,'/work/refs-corpus')
from lib import add,R,N
UC='un-charter'; UCD='Charter of the United Nations'
MX='montreux-1936'; MXD='Montreux Convention Regarding the Regime of the Straits (1936)'
add('es-014','es','http://www.colombiaun.org/Historia/Participacion%201945-1995/Articulos/capitulo_IV.html','Misión de Colombia ante la ONU / Cancillería ("Colombia en la ONU 1945-1995")',None,
'''El único cambio sustancial que se logró en San Francisco fue el reconocimiento de los Organismo Regionales y el ofrecimiento de una convocatoria a una conferencia sobre posible revisión de la Carta después de que transcurrieran diez años. La Carta establece un difícil mecanismo para su modificación para el cual está consagrado en el artículo 109 que dice:

"1. Se podría celebrar una Conferencia General de los Miembros de las Naciones Unidas con el propósito de revisar esta Carta, en la fecha y lugar que se determine por el voto de las dos terceras partes de los Miembros de la Asamblea General y por el voto de cualesquiera 7 Miembros del Consejo de Seguridad.''',
[R('la Carta','document',[],'anaphoric: '+UCD,UC,['anaphoric','whole-document']),
 R('La Carta','document',[],'anaphoric: '+UCD,UC,['anaphoric','whole-document']),
 R('el artículo 109','article',['109'],'anaphoric: '+UCD,UC,['anaphoric']),
 R('esta Carta','document',[],'quoted Charter text: the present Charter',UC,['anaphoric','whole-document'])],
[N('diez años','duration'),N('"1. Se podría','the quoted article\'s own paragraph number (label), not a citation'),N('cualesquiera 7 Miembros','count')])

add('es-015','es','http://www.colombiaun.org/Historia/Participacion%201945-1995/Articulos/capitulo_IV.html','Misión de Colombia ante la ONU / Cancillería ("Colombia en la ONU 1945-1995")',None,
'''Capítulo IV: La Reforma de la Carta''',
[R('la Carta','document',[],UCD,UC,['headline','anaphoric','whole-document'])],
[N('Capítulo IV','chapter number of this book itself, not a citation of another document')])

add('es-016','es','https://pdfslide.es/documents/parte-iii-propsitos-y-principios-de-la-carta-de-las-de-seguridad-con-relacin.html','Repertorio de la práctica del Consejo de Seguridad (via pdfslide)',None,
'''I. El principio de la igualdad de derechos y de la libre determinación de los pueblos en virtud del Artículo 1, párrafo 2 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 210

Nota . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 210

A. Decisiones relacionadas con el Artículo 1 2) . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 210

B. Debate constitucional relativo al Artículo 1 2) . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 211

C. Invocación del principio consagrado en el Artículo 1 2) en las comunicaciones . . . . . 213

II. Prohibición de recurrir a la amenaza o al uso de la fuerza en virtud del Artículo 2, párrafo 4 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 213''',
[R('Artículo 1, párrafo 2','paragraph',['2'],'context: '+UCD,UC,['nested','anaphoric'],parent=('article',['1'])),
 R('Artículo 1 2)','paragraph',['2'],'context: '+UCD,UC,['nested','anaphoric','abbreviated'],parent=('article',['1'])),
 R('Artículo 1 2)','paragraph',['2'],'context: '+UCD,UC,['nested','anaphoric','abbreviated'],parent=('article',['1'])),
 R('Artículo 1 2)','paragraph',['2'],'context: '+UCD,UC,['nested','anaphoric','abbreviated'],parent=('article',['1'])),
 R('Artículo 2, párrafo 4','paragraph',['4'],'context: '+UCD,UC,['nested','anaphoric'],parent=('article',['2']))],
[N('. . . 210','page number in table of contents'),N('I. El principio','section number of the Repertoire itself'),N('A. Decisiones','sub-section letter of the Repertoire itself')])

add('es-017','es','http://derechointernacionalcr.blogspot.com/2017/09/sobrevuelo-de-japon-por-un-misil.html','Derecho Internacional Público (blog, Costa Rica)','2017-09-04',
'''EL pasado 29 de agosto, al confirmarse, un día anterior, el sobrevuelo de Japón por un misil balístico lanzado por Corea del Norte, el Conssejo de Seguridad adoptó una Declaración S/PRST/2017/16 de su Presidencia, en nombre de los 15 integrantes del máximo órgano de Naciones Unidas (véase texto completo en español al final de esta nota). En el texto, se puede leer que el tema de las armas nucleares preocupan mayormente ante el riesgo de escalada que significan:''',
[R('una Declaración S/PRST/2017/16 de su Presidencia','document',[],'Statement by the President of the Security Council S/PRST/2017/16','unknown',['whole-document']),
 R('En el texto','document',[],'anaphoric: S/PRST/2017/16','unknown',['anaphoric','whole-document'])],
[N('(véase texto completo en español al final de esta nota)','cross-reference to the end of the blog post itself (layout), not to a document unit'),N('los 15 integrantes','count')])

add('es-018','es','http://derechointernacionalcr.blogspot.com/2017/09/sobrevuelo-de-japon-por-un-misil.html','Derecho Internacional Público (blog, Costa Rica)','2017-09-04',
'''Es de notar que no se trata de una resolución, sino de una declaracion de la Presidencia del Consejo de Seguridad.

Unos dias después, el 3 de setiembre, Corea del Norte procedió a un nuevo ensayo, esta vez el de una arma de hidrógeno (véase nota de prensa).

La última resolución del Consejo de seguridad como tal sobre Corea del Norte fue la resolución S/RES/2371 (2017) adoptada por 15 votos a favor y ninguno en contra el 5 de agosto del 2017, estableciendo en 30 puntos de su parte dispositiva, una serie de sanciones militares, financieras y comerciales así como restricciones en materia de transporte a Corea del Norte (véase versión en español de dicha resolución al final de esta nota).''',
[R('La última resolución del Consejo de seguridad como tal sobre Corea del Norte','document',[],'UN Security Council resolution 2371 (2017)','unsc-2371',['whole-document']),
 R('la resolución S/RES/2371 (2017)','document',[],'UN Security Council resolution 2371 (2017)','unsc-2371',['whole-document','abbreviated']),
 R('30 puntos de su parte dispositiva','point',['1-30'],'anaphoric: operative part (30 paragraphs) of resolution 2371 (2017)','unsc-2371',['anaphoric','range']),
 R('dicha resolución','document',[],'anaphoric: resolution 2371 (2017)','unsc-2371',['anaphoric','whole-document'])],
[N('no se trata de una resolución','"it is not a resolution" – generic, no document identified'),N('(véase nota de prensa)','link to an unidentified press note'),N('15 votos a favor','vote count')])

add('es-019','es','https://www.lanacion.com.ar/agencias/medio-oriente-antonio-guterres-condena-la-escalada-nid28022026/','La Nación (agencias)','2026-02-28',
'''"Todos los Estados miembros deben respetar sus obligaciones en virtud del derecho internacional, incluida la Carta de las Naciones Unidas. La Carta prohíbe claramente 'la amenaza o el uso de la fuerza contra la integridad territorial o la independencia política de cualquier Estado, o en cualquier forma incompatible con los Propósitos de las Naciones Unidas'", declaró Guterres,''',
[R('la Carta de las Naciones Unidas','document',[],UCD,UC,['whole-document']),
 R('La Carta prohíbe','paragraph',['4'],'anaphoric: '+UCD+' – the quoted words are Article 2(4)',UC,['anaphoric'],parent=('article',['2']))],
[N('los Propósitos de las Naciones Unidas','"the Purposes" (Chapter I) named by content inside a quotation – judgement call: near miss')])

add('es-020','es','https://revistafortuna.com.mx/2026/01/05/mexico-cuestiona-en-la-onu-la-tardanza-del-consejo-de-seguridad-tras-la-agresion-militar-a-venezuela','Revista Fortuna','2026-01-05',
'''Al fijar la posición del gobierno mexicano, el representante señaló que la acción militar constituye una clara violación al artículo 2 de la Carta de la ONU y un golpe severo al multilateralismo.''',
[R('artículo 2 de la Carta de la ONU','article',['2'],UCD,UC,['plain','abbreviated'])],
[N('la posición del gobierno mexicano','a position, not a document')])

add('es-021','es','https://revistafortuna.com.mx/2026/01/05/mexico-cuestiona-en-la-onu-la-tardanza-del-consejo-de-seguridad-tras-la-agresion-militar-a-venezuela','Revista Fortuna','2026-01-05',
'''En su intervención, la delegación mexicana enfatizó que el Consejo de Seguridad tiene la responsabilidad y la obligación de actuar de manera decisiva y sin dobles estándares ante violaciones graves a la Carta de las Naciones Unidas, con el''',
[R('la Carta de las Naciones Unidas','document',[],UCD,UC,['whole-document'])],
[N('Tiempo de lectura aprox: 1 minutos, 21 segundos','(not in passage)')] if False else [N('dobles estándares','"double standards", not a document')])

add('tr-015','tr','https://9lib.net/article/montreux-boğazlar-sözleşmesi-nin-getirdiği-hükümler.4yr64n7y','9lib (tez)',None,
'''Montreux Boğazlar Sözleşmesi, 29 madde, 4 ek ve bunlara ekli 1 protokolden oluşmaktaydı. Boğazlarla ilgili rejimi belirleyen Montreux Boğazlar Sözleşmesi’ne göre, savaş gemisi kapsamına girmeyen, ticaret yapsın ya da yapmasın, her gemi ticaret gemisi olarak değerlendirilmiştir211.''',
[R('Montreux Boğazlar Sözleşmesi','document',[],MXD,MX,['whole-document']),
 R('Montreux Boğazlar Sözleşmesi’ne','document',[],MXD,MX,['whole-document'])],
[N('29 madde, 4 ek ve bunlara ekli 1 protokolden','counts of articles/annexes ("29 articles, 4 annexes, 1 protocol"), not citations'),N('değerlendirilmiştir211','footnote number glued to a word')])

add('tr-016','tr','https://9lib.net/article/montreux-boğazlar-sözleşmesi-nin-getirdiği-hükümler.4yr64n7y','9lib (tez)',None,
'''İsteğe bağlı hizmetler için alınacak ücretlerin miktarı belli zamanlarda, Türkiye Cumhuriyeti Hükümeti tarafından açıklanacaktı (EK- 3, Mad. 2,3).''',
[R('(EK- 3, Mad. 2,3)','article',['2','3'],'context: '+MXD+', Annex III, Articles 2 and 3',MX,['nested','list','abbreviated','anaphoric'],parent=('annex',['3']))],[])

add('tr-017','tr','https://9lib.net/article/montreux-boğazlar-sözleşmesi-nin-getirdiği-hükümler.4yr64n7y','9lib (tez)',None,
'''Montreux Boğazlar Sözleşmesi’nin Getirdiği Hükümler

Belgede Montreux boğazlar sözleşmesi (sayfa 99-109)''',
[R('Montreux Boğazlar Sözleşmesi’nin Getirdiği Hükümler','document',[],MXD,MX,['headline','whole-document'])],
[N('(sayfa 99-109)','page range of the thesis, not a unit of the Convention')])

add('tr-018','tr','https://www.denizcilikdergisi.com/yazarlar/kapt-saim-oguzulgen/montreux-sozlesmesi-mi-turk-bogazlari-sozlesmesi-mi/','Denizcilik Dergisi',None,
'''Öznesi Türk Boğazları olan dünya coğrafyasının en önemli suyollarından biri ile ilgili, son olarak zamanımızdan 86 yıl önce 22 Haziran 1936 tarihinde İsviçre’nin Montreux şehrinde başlayan  Boğazlar Konferansı’nın tutanaklarının 20 Temmuz 1936 tarihinde imzalanmasıyla sonuçlanması sonrasında, 31 Temmuz 1936 tarihinde Türkiye Büyük Millet Meclisi’nde kabul edilmiş olan 3056 sayılı “BOĞAZLAR MUKAVELENAMESİ” İsimli ulusal yasamızın isminin yerine, “Montrö Sözleşmesi” isminin kullanılagelmesi ile ilgili değerlendirmelerim.''',
[R('Boğazlar Konferansı’nın tutanaklarının','document',[],'Minutes (records) of the Montreux Straits Conference (1936)','unknown',['whole-document']),
 R('3056 sayılı “BOĞAZLAR MUKAVELENAMESİ” İsimli ulusal yasamızın','document',[],'Turkish Law No. 3056 approving the Straits Convention (31 July 1936)','unknown',['whole-document']),
 R('“Montrö Sözleşmesi”','document',[],MXD,MX,['whole-document'])],
[N('86 yıl önce','"86 years ago"')])

add('tr-019','tr','https://turkcetarih.com/tarih/denizcilik-tarihi/montreux-bogazlar-sozlesmesi/','Türkçe Tarih',None,
'''Türkiye, Lozan Barış Antlaşmasıyla beraber imzalanan Boğazlar Sözleşmesi’nin getirdiği kısıtlamalardan dolayı gittikçe artan bir kaygı içerisinde olduğu görülmüştür. Lozan Antlaşması imzalanırken, Boğazlarda hakimiyetin sınırlandırılmasını kabul etmiş olan Türkiye, süreç içerisinde bu yönde ki çabalarının sonuçsuz kaldığını ve silahlanma yarışının başladığını görmesi üzerine huzursuzluğu artmıştır.''',
[R('Lozan Barış Antlaşmasıyla','document',[],'Treaty of Lausanne (1923)','lausanne-1923',['whole-document']),
 R('Boğazlar Sözleşmesi’nin','document',[],'Lausanne Straits Convention (1923)','lausanne-straits-1923',['whole-document']),
 R('Lozan Antlaşması','document',[],'Treaty of Lausanne (1923)','lausanne-1923',['whole-document'])],
[N('silahlanma yarışının','not a reference')])

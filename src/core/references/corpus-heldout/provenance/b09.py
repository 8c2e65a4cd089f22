from lib import *
BM='Budapest Memorandum on Security Assurances, 5 December 1994'
add('ho-uk-009','uk','https://mis.dp.ua/polityka/budapeshtskyj-memorandum-garantiyi-bezpeky-chy-porozhni-obiczyanky','mis.dp.ua','2024-12-05',
"""Будапештський меморандум: гарантії безпеки чи порожні обіцянки?
Рівно 30 років тому, 5 грудня 1994 року Україна, Російська Федерація, Сполучене Королівство Великої Британії та Північної Ірландії, а також Сполучені Штати Америки підписали Меморандум про гарантії безпеки у зв’язку з приєднанням України до Договору про нерозповсюдження ядерної зброї. У межах цього документу Україна відмовилася від третього за розміром ядерного арсеналу у світі, залишеного їй після розпаду Радянського Союзу. В обмін вона отримала гарантії територіальної цілісності та суверенітету. Однак через майже три десятиліття постає питання: чи виконуються ці гарантії?
Основні положення Будапештського меморандуму""",
[R('Будапештський меморандум','document',[],BM+' (headline)','budapest-memorandum-1994',['whole-document','headline']),
 R('Меморандум про гарантії безпеки у зв’язку з приєднанням України до Договору про нерозповсюдження ядерної зброї','document',[],BM+' (full title)','budapest-memorandum-1994',['whole-document']),
 R('Договору про нерозповсюдження ядерної зброї','document',[],'NPT (inside the title)','npt-1968',['whole-document']),
 R('цього документу','document',[],'anaphoric: '+BM,'budapest-memorandum-1994',['anaphoric','whole-document']),
 R('Основні положення Будапештського меморандуму','clause',[],BM+' (its main provisions; subheading)','budapest-memorandum-1994',['plain','headline'])],
[N('Рівно 30 років тому','time span'),N('третього за розміром','ordinal rank, not a unit'),N('ці гарантії','assurances (content), not a document (judgement call)')])

add('ho-uk-010','uk','https://glavcom.ua/country/politics/richnitsja-pidpisannja-budapeshtskoho-memorandum-chi-je-tam-harantiji-bezpeki--893460.html','Главком','2022-12-05',
"""5 грудня 1994 року Україна підписала Будапештський меморандум, у якому задекларувала свій неядерний статус. Повна назва документа: Меморандум про гарантії безпеки у зв’язку з приєднанням України до Договору про нерозповсюдження ядерної зброї.

Документ підписали в Будапешті (звідки й назва меморандуму) другий президент України Леонід Кучма, президент США Білл Клінтон, президент Росії Борис Єльцин та прем’єр Великої Британії Джон Мейджор.

Документ складається із шести пунктів, у ньому зазначається, що Україна вирішила відмовитися від ядерного статусу та ліквідувати арсенал ядерної зброї.""",
[R('Будапештський меморандум','document',[],BM,'budapest-memorandum-1994',['whole-document']),
 R('у якому','document',[],'anaphoric relative pronoun: '+BM,'budapest-memorandum-1994',['anaphoric','whole-document']),
 R('Повна назва документа','document',[],'anaphoric: '+BM,'budapest-memorandum-1994',['anaphoric','whole-document']),
 R('Меморандум про гарантії безпеки у зв’язку з приєднанням України до Договору про нерозповсюдження ядерної зброї','document',[],BM+' (full title)','budapest-memorandum-1994',['whole-document']),
 R('Договору про нерозповсюдження ядерної зброї','document',[],'NPT','npt-1968',['whole-document']),
 R('Документ','document',[],'anaphoric: '+BM,'budapest-memorandum-1994',['anaphoric','whole-document']),
 R('Документ','document',[],'anaphoric: '+BM,'budapest-memorandum-1994',['anaphoric','whole-document']),
 R('у ньому','document',[],'anaphoric pronoun: '+BM,'budapest-memorandum-1994',['anaphoric','whole-document'])],
[N('складається із шести пунктів','count of points (number word), not a citation'),N('назва меморандуму','"the name of the memorandum" – about its name; judgement call: not labelled'),N('другий президент','ordinal, not a unit')])

add('ho-uk-011','uk','https://zn.ua/ukr/amp/international/memorandum-pro-vichni-cinnosti-312404_.html','Дзеркало тижня',None,
"""Однак кинувши погляд назад, із прикрістю усвідомлюєш, що Захід, визнавши незалежність, дав Україні надію, але нічого не гарантував, і гарантувати поки що не планує. За своє ядерне роззброєння в 1990-х Україна отримала близьку до максимальної в тих умовах компенсацію, і одним з її складників був Будапештський меморандум, що містив зобов'язання перед Україною, які важко назвати гарантіями.
Будапештський меморандум містить чотири зобов'язання США, Сполученого Королівства і Росії стосовно України: поважати незалежність, суверенітет та наявні кордони України; утримуватися від погрози силою або її застосування проти України, крім як з метою самооборони або в якийсь інший спосіб відповідно до Статуту ООН; утримуватися від економічного примусу""",
[R('Будапештський меморандум','document',[],BM,'budapest-memorandum-1994',['whole-document']),
 R('Будапештський меморандум','document',[],BM,'budapest-memorandum-1994',['whole-document']),
 R('Статуту ООН','document',[],'UN Charter (inside the paraphrase of the Memorandum)','un-charter',['whole-document'])],
[N('чотири зобов\'язання','count of obligations (number word)'),N('в 1990-х','decade')])

add('ho-uk-012','uk','https://www.nato.int/fr/what-we-do/introduction-to-nato/collective-defence-and-article-5?selectedLocale=uk','NATO (Ukrainian-language page)','2025-11-18',
"""Колективна оборона – це головний принцип, на якому ґрунтується НАТО. У Статті 5 Північноатлантичного договору йдеться, що збройний напад на одного з членів Альянсу вважатиметься нападом на них усіх. Починаючи з 1949 року, це непохитне зобов’язання пов’язує групу країн-однодумців з Європи та Північної Америки, які зобов’язалися захищати один одного у дусі солідарності.""",
[R('У Статті 5 Північноатлантичного договору','article',['5'],'North Atlantic Treaty','nato-treaty',['plain'])],
[N('Починаючи з 1949 року','year'),N('це непохитне зобов’язання','the commitment (content), judgement call: not labelled')])

add('ho-uk-013','uk','https://24tv.ua/5-stattya-nato-shho-vona-oznachaye-i-yaki-garantiyi-bezpeki-mozhe-otrimati-ukrayina_n2896889','24 Канал (Sky News)','2025-08-19',
"""Що таке і як працює 5 стаття НАТО?

Стаття 5 є основним принципом Організації Північноатлантичного договору, до якої входять 32 країни. Вона передбачає, що збройний напад на одного або декількох членів вважатиметься нападом на всіх членів Альянсу.

Окрім того, кожна країна-член "таких заходів, які вважатиме за необхідні", зокрема застосування збройної сили, для "відновлення та підтримання безпеки в Північноатлантичному регіоні".

Це не означає автоматичну військову допомогу, і кожен союзник самостійно вирішує, які дії він вважає необхідними,

– йдеться в повідомленні.

Стаття поширюється на територію держав-членів в Європі та Північній Америці, а також на Туреччину, але не на бази в іноземних державах або на територіях за межами зони НАТО.""",
[R('5 стаття НАТО','article',['5'],'North Atlantic Treaty (called "NATO")','nato-treaty',['plain','headline']),
 R('Стаття 5','article',['5'],'North Atlantic Treaty','nato-treaty',['plain']),
 R('Вона','article',['5'],'anaphoric pronoun: Article 5','nato-treaty',['anaphoric']),
 R('Стаття','article',['5'],'anaphoric: Article 5','nato-treaty',['anaphoric'])],
[N('Організації Північноатлантичного договору','name of the organisation (NATO), not the treaty'),N('32 країни','count'),N('в повідомленні','the Sky News report, not an official document')])

add('ho-uk-014','uk','https://glavcom.ua/columns/gay/zdajetsja-shcho-bilshist-tikh-khto-obhovorjuje-5-stattju-jiji-ne-chitali-1074937.html','Главком (колонка)','2025-08-23',
"""Більшість тих хто обговорює 5 статтю її не читали, як і Статут НАТО цілком

Що насправді говорить 5 стаття НАТО

Останнім часом іде багато спекулятивних розмов, щодо 5 статті НАТО і застосування подібного механізму, щодо укладання мирної угоди між Україною та РФ. Різні ЗМІ питають мою думку щодо цього, тому вирішив зробити допис. Попередньо проконсультувався з товаришем, який працює в офісі НАТО.

Складається враження, що більшість тих хто обговорює 5 статтю її не читали, як і Статут НАТО цілком.

Тому публікую переклад витримок тут без особистих висновків.

Стаття 5

«Сторони погоджуються, що збройний напад на одну або кількох із них у Європі чи у Північній Америці вважатиметься нападом на них усіх: і, відповідно, вони домовляються, що в разі здійснення такого нападу кожна з них, реалізуючи своє законне право на індивідуальну чи колективну самооборону, підтверджене Статтею 51 Статуту Організації Об'єднаних Націй, надасть допомогу""",
[R('5 статтю','article',['5'],'North Atlantic Treaty (headline)','nato-treaty',['plain','headline']),
 R('її','article',['5'],'anaphoric pronoun: Article 5','nato-treaty',['anaphoric']),
 R('Статут НАТО','document',[],'North Atlantic Treaty (called "NATO Statute")','nato-treaty',['whole-document','headline']),
 R('5 стаття НАТО','article',['5'],'North Atlantic Treaty','nato-treaty',['plain','headline']),
 R('5 статті НАТО','article',['5'],'North Atlantic Treaty','nato-treaty',['plain']),
 R('мирної угоди між Україною та РФ','document',[],'a prospective peace agreement (not yet existing); judgement call: labelled as identified by parties','unknown',['whole-document']),
 R('5 статтю','article',['5'],'North Atlantic Treaty','nato-treaty',['plain']),
 R('її','article',['5'],'anaphoric pronoun: Article 5','nato-treaty',['anaphoric']),
 R('Статут НАТО','document',[],'North Atlantic Treaty','nato-treaty',['whole-document']),
 R('переклад витримок','document',[],'anaphoric: extracts of the North Atlantic Treaty','nato-treaty',['anaphoric','whole-document']),
 R('Стаття 5','article',['5'],'North Atlantic Treaty (heading of the quoted article)','nato-treaty',['plain','headline']),
 R('Статтею 51 Статуту Організації Об\'єднаних Націй','article',['51'],'UN Charter','un-charter',['plain'])],
[N('допис','a blog post, not an official document'),N('в офісі НАТО','office')])

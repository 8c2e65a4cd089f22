from lib import *
add('ho-ar-001','ar','https://ashrfmshrf.wordpress.com/2007/03/03/%D9%85%D9%8A%D8%AB%D8%A7%D9%82-%D8%A7%D9%84%D8%A3%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A1-%D8%A7%D9%84%D8%A3%D9%88%D9%84/','ashrfmshrf.wordpress.com (copy of the UN Charter, Arabic)',None,
"""ميثاق الأمم المتحدة
مـذكرة تمهيـدية
وقـِّع ميثاق الأمم المتحدة في 26 حزيران/يونيه 1945 في سان فرانسيسكو في ختام مؤتمر الأمم المتحدة الخاص بنظام الهيئة الدولية وأصبح نافذاً في 24 تشرين الأول/اكتوبر 1945. ويعتبر النظام الأساسي لمحكمة العدل الدولية جزءاً متمماً للميثاق.

وقد اعتمدت الجمعية العامة في 17 كانون الأول/ديسمبر 1963 التعديلات التي أدخلت على المواد 23 و 27 و 61 من الميثاق، والتي أصبحت نافذة في 31 آب/أغسطس 1965. كما اعتمدت الجمعية العامة في 20 كانون الأول/ديسمبر 1965 التعديلات التي أدخلت على المادة 109 وأصبحت نافذة في 12 حزيران/يونيه 1968.

ويقضي تعديل المادة 23 بزيادة عدد أعضاء مجلس الأمن من أحد عشر عضواً الى خمسة عشر عضواً. وتنص المادة 27 المعدّلة على أن تصدر قرارات مجلس الأمن في المسائل الإجرائية بموافقة أصوات تسعة من أعضائه (سبعة في السابق)، وفي كافة المسائل الأخرى بموافقة أصوات تسعة من أعضائه (سبعة في السابق) يكون من بينها أصوات أعضاء مجلس الأمن الدائمين الخمسة.""",
[R('ميثاق الأمم المتحدة','document',[],'UN Charter (title)','un-charter',['whole-document','headline']),
 R('ميثاق الأمم المتحدة','document',[],'UN Charter','un-charter',['whole-document']),
 R('النظام الأساسي لمحكمة العدل الدولية','document',[],'ICJ Statute','icj-statute',['whole-document']),
 R('للميثاق','document',[],'UN Charter','un-charter',['whole-document']),
 R('المواد 23 و 27 و 61 من الميثاق','article',['23','27','61'],'UN Charter','un-charter',['list']),
 R('المادة 109','article',['109'],'UN Charter','un-charter',['plain']),
 R('المادة 23','article',['23'],'UN Charter','un-charter',['plain']),
 R('المادة 27 المعدّلة','article',['27'],'UN Charter (as amended)','un-charter',['plain'])],
[N('مـذكرة تمهيـدية','section label ("introductory note")'),N('من أحد عشر عضواً الى خمسة عشر عضواً','number words counting members'),N('(سبعة في السابق)','number word, not a reference'),N('الدائمين الخمسة','number word')])

add('ho-ar-002','ar','https://ashrfmshrf.wordpress.com/2007/03/03/%D9%85%D9%8A%D8%AB%D8%A7%D9%82-%D8%A7%D9%84%D8%A3%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A1-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A/','ashrfmshrf.wordpress.com (copy of the UN Charter, Arabic, part 2)',None,
"""المادة 40
منعاً لتفاقم الموقف، لمجلس الأمن، قبل أن يقوم توصياته أو يتخذ التدابير المنصوص عليها في المادة 39، أن يدعو المتنازعين للأخذ بما يراه ضرورياً أو مستحسناً من تدابير مؤقتة، ولا تخل هذه التدابير المؤقتة بحقوق المتنازعين ومطالبهم أو بمركزهم، وعلى مجلس الأمن أن يحسب لعدم أخذ المتنازعين بهذه التدابير المؤقتة حسابه.

المادة 41
لمجلس الأمن أن يقرر ما يجب اتخاذه من التدابير التي لا تتطلب استخدام القوات المسلحة لتنفيذ قراراته، وله أن يطلب إلى أعضاء “الأمم المتحدة” تطبيق هذه التدابير، ويجوز أن يكون من بينها وقف الصلات الاقتصادية والمواصلات الحديدية والبحرية والجوية والبريدية والبرقية واللاسلكية وغيرها من وسائل المواصلات وقفا جزئياً أو كليا وقطع العلاقات الدبلوماسية.

المادة 42
إذا رأى مجلس الأمن أن التدابير المنصوص عليها في المادة 41 لا تفي بالغرض أو ثبت أنها لم تف به، جاز له أن يتخذ بطريق القوات الجوية والبحرية والبرية من الأعمال ما يلزم لحفظ السلم والأمن الدولي أو لإعادته إلى نصابه.""",
[R('المادة 39','article',['39'],'self: UN Charter Art. 40 citing Art. 39','self',['self']),
 R('المادة 41','article',['41'],'self: UN Charter Art. 42 citing Art. 41','self',['self'])],
[N('المادة 40','the document\'s own article heading'),N('المادة 41','the document\'s own article heading'),N('المادة 42','the document\'s own article heading'),N('قراراته','"its decisions" in general, not a specific document')])

add('ho-ar-003','ar','https://www.nabd-elwatan.com/archives/48194?random-post=1','نبض الوطن',None,
"""قرار مجلس الأمن التابع للأمم المتحدة هو قرار الأمم المتحدة يتم اعتماده من قبل الأعضاء الخمسة عشر لمجلس الأمن في الأمم المتحدة وهو المكلف “بالتبعات الرئيسية في أمر حفظ السلم والأمن الدولي”. ينص ميثاق الأمم المتحدة في المادة 27 أن جميع القرارات غير الإجرائية تصدر بموافقة تسعة أو أكثر من أعضاء المجلس الخمسة العشر من بينها الدول الخمس دائمة العضوية، وبالتالي فإن الميثاق يمنح أي من الدول دائمة العضوية الحق بعدم تمرير أي قرار غير إجرائي حتى إذا حصل على موافقة أغلبية الأعضاء، وهو ما أطلق عليه اسم حق النقض (الفيتو). أما القرارات الإجرائية فيتم اعتمادها بموافقة تسعة أعضاء على الأقل.""",
[R('ميثاق الأمم المتحدة في المادة 27','article',['27'],'UN Charter (document named before the unit)','un-charter',['plain']),
 R('الميثاق','document',[],'anaphoric: UN Charter','un-charter',['anaphoric','whole-document'])],
[N('قرار مجلس الأمن التابع للأمم المتحدة','generic definition of "a Security Council resolution", not a specific document'),N('الخمسة عشر','number word (count of members)'),N('تسعة أو أكثر','number word (vote threshold)')])

add('ho-ar-004','ar','https://mohamah.net/law/?p=14334','محاماة نت',None,
"""أهم الجوانب القانونية لميثاق الامم المتحدة
ميثاق الامم المتحدة / أ.حنين نصار
تعريف الميثاق :-
هو الوثيقة القانونية المنشئة لمنظمة الأمم المتحدة والذي يتضمن النظام القانوني والأحكام العامة لهذه المنظمة .
ويتكون الميثاق من تسعة عشر فصلا ، تتضمن مائة وإحدى عشر مادة ، والميثاق هو في حقيقته معاهدة دولية ، ولكنها معاهدة من نوع خاص.""",
[R('لميثاق الامم المتحدة','document',[],'UN Charter (headline)','un-charter',['whole-document','headline']),
 R('ميثاق الامم المتحدة','document',[],'UN Charter','un-charter',['whole-document']),
 R('الميثاق','document',[],'anaphoric: UN Charter','un-charter',['anaphoric','whole-document']),
 R('الميثاق','document',[],'anaphoric: UN Charter','un-charter',['anaphoric','whole-document']),
 R('والميثاق','document',[],'anaphoric: UN Charter (with conjunction و- attached)','un-charter',['anaphoric','whole-document'])],
[N('تسعة عشر فصلا','count of chapters (number word), not a citation'),N('مائة وإحدى عشر مادة','count of articles (number word), not a citation'),N('معاهدة من نوع خاص','generic "treaty of a special kind"')])

add('ho-ar-005','ar','https://jordan-lawyer.com/2021/03/31/united-nations-security-council','jordan-lawyer.com','2021-03-31',
"""مجلس الأمن عضويته، لجانه، عمله، وسلطاته

يُعد مجلس الأمن من أهم أجهزة منظمة الأمم المتحدة، بل هو السلطة التنفيذية لها، والمعني بالحفاظ على السلم والأمن الدوليين، وهذا ما نص عليه ميثاق الأمم المتحدة بالفصل السابع منه، وتعد قراراته ملزمة لجميع الدول الأعضاء، وله في سبيل ذلك استخدام بعضاً من الوسائل الوقائية، والقمعية من أجل تعزيز الدور الذي أُنشأت من أجله هيئة الأمم المتحدة، وهذا ما سنتعرف عليه تفصيلياً من خلال مقالنا التالي:""",
[R('ميثاق الأمم المتحدة بالفصل السابع منه','chapter',['VII'],'UN Charter (Chapter VII, ordinal number word السابع)','un-charter',['number-word','ordinal'])],
[N('مقالنا التالي','"our following article": the web article itself, not an official document'),N('قراراته','its decisions in general')])

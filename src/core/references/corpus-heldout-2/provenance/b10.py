import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
TS='trilateral-2020-11-10'; NT='nato-treaty'; UN='un-charter'; U='unsc-2334'
t=J(r"رحبت وزارة الخارجية والمغتربين بصدور قرار مجلس الأمن رقم 2334 الذي ينص على الوقف الفوري للاستيطان الإسرائيلي في الأراضي الفلسطينية المحتلة، ورأت فيه “تثبيتا للحق وانتصارا لسيادة القانون الدولي بعد تعثر دام سنوات، دأبت إسرائيل خلالها على الضرب بعرض الحائط كافة قرارات الشرعية الدولية”.\nواعتبرت “ان صدور هذا القرار يؤكد على وحدة الموقف الدولي بإدانة الأنشطة الاستيطانية في الأراضي المحتلة إدانة تامة، وعلى أن مواصلة القوة القائمة بالاحتلال، إسرائيل، لسياساتها العنصرية والعدوانية بحق الشعب الفلسطيني لن تمر من دون رد حازم من قبل المجتمع الدولي”.\nوعبرت الوزارة عن ارتياحها لصدور هذا القرار بشبه إجماع عن مجلس الأمن، رأت أن “العبرة تبقى في ضمان تنفيذ مندرجاته دون إبطاء”، وحثت الدول المعنية كافة، ولا سيما الدول الأعضاء في مجلس الأمن، على “ممارسة الضغط اللازم على إسرائيل لضمان التطبيق الكامل وغير المشروط لهذا القرار التاريخي”.")
add('h2-ar-001','ar','https://almanartv.com.lb/1243779','Al-Manar (Lebanese Ministry of Foreign Affairs and Emigrants)',None,t,[
 R('قرار مجلس الأمن رقم 2334','document',[],'UNSC resolution 2334 (2016)',U,['whole-document']),
 R('فيه','document',[],'pronoun "in it" = resolution 2334',U,['anaphoric','whole-document']),
 R('هذا القرار','document',[],'anaphoric: resolution 2334',U,['anaphoric','whole-document']),
 R('هذا القرار','document',[],'anaphoric: resolution 2334',U,['anaphoric','whole-document']),
 R('مندرجاته','clause',[],'"its provisions" = provisions of resolution 2334',U,['anaphoric']),
 R('لهذا القرار التاريخي','document',[],'anaphoric: resolution 2334',U,['anaphoric','whole-document']),
],[N('كافة قرارات الشرعية الدولية','"all resolutions of international legitimacy": generic'),N('وزارة الخارجية والمغتربين','ministry name')])

t=J(r"الخارجية الفلسطينية: بيان مجلس الأمن حول القرار «2334» خطوة في الاتجاه الصحيح\n\nعلم فلسطين\nعلم فلسطين\n\nأشادت وزارة الخارجية الفلسطينية، اليوم الثلاثاء 31 مارس، بالإجماع الدولي في جلسة مجلس الأمن أمس الاثنين حول واجب تنفيذ قرار مجلس الأمن رقم 2334.\n\nووجهت الوزارة، الشكر للدول الأعضاء في المجلس التي أكدت موقفها من عدم شرعية الاستيطان الاستعماري في أرض دولة فلسطين، وذلك خلال جلسة المجلس المغلقة التي عقدت أمس.\n\nوقالت الخارجية الفلسطينية، في بيانً صادرٍ عنها، \"قرار مجلس الأمن هو خطوة في الاتجاه الصحيح لإجماع أعضاء مجلس الأمن الـ15 نحو تحمل جميع الدول مسؤولياتهم وواجباتهم بناء على قواعد القانون الدولي، ووضع قراراته موضع التنفيذ، خاصة في هذه الأوضاع العصيبة التي تمر بها الإنسانية وأثر ذلك على الشعب الفلسطيني الرازح تحت الاحتلال الإسرائيلي\".")
add('h2-ar-002','ar','https://akhbarelyom.com/news/newdetails/3024841/1/الخارجية-الفلسطينية--بيان-مجلس-الأمن-حول-القرار--2334--خطوة-في-الاتجاه-الصحيح','Akhbar El-Yom (Palestinian Ministry of Foreign Affairs)',None,t,[
 R('القرار «2334»','document',[],'UNSC resolution 2334 (headline)',U,['whole-document','headline']),
 R('قرار مجلس الأمن رقم 2334','document',[],'UNSC resolution 2334 (2016)',U,['whole-document']),
 R('بيانً صادرٍ عنها','document',[],'statement of the Palestinian MFA (31 March), quoted','unknown',['whole-document']),
],[N('"قرار مجلس الأمن','"the Security Council decision" = the Council\'s position at the closed meeting, not resolution 2334 (judgement call)'),N('بيان مجلس الأمن','Council statement on the closed meeting: not an identifiable document'),N('الثلاثاء 31 مارس','date'),N('مجلس الأمن الـ15','"15 members": count'),N('قراراته','"its resolutions" in general')])

t=J(r"حذّرت وزارة الخارجية الفلسطينية، الإثنين، من القراءة الإسرائيلية «المغلوطة» لقرار مجلس الأمن الدولي رقم 2334 حول الاستيطان ونتائجها.\nوأدانت الوزارة، في بيان نقلته وكالة الأنباء الفلسطينية «وفا»، بأشد العبارات التغول الاستيطاني الإسرائيلي في الأرض الفلسطينية، والتمرد الإسرائيلي المتواصل على قرارات الشرعية الدولية، مطالبة المجتمع الدولي والدول الاعضاء في مجلس الأمن بترجمة القرار الأممي بشأن الاستيطان إلى خطوات وإجراءات عملية كفيلة بلجم الاستيطان ووقفه فورًا، والتحرك بسرعة لإقامة جبهة دولية عريضة تشرف على تطبيق القرارات الدولية الخاصة بالقضية الفلسطينية، بما يضمن انهاء الاحتلال وإقامة السلام على أساس حل الدولتين.\nوأشار البيان إلى أنه «في الوقت الذي يجلس فيه المجتمع الدولي إما مرحبًا بالقرار 2334، أو مكتفيًا به كقمة ما يمكن أن يصدر عن مجلس الأمن بعد 36 عامًا من الانتظار، نرى أن نفس القرار كان حافزًا إضافيًا لحكومة الاحتلال للإعلان عن حقيقة نواياها ومواقفها ليس فقط في تمرير المزيد من الوحدات الاستيطانية، وإنما الانتقال إلى مرحلة الضم والحديث عنه علانية")
add('h2-ar-003','ar','https://amay1.sarmady.net/news/details/1066157','Al-Masry Al-Youm mirror (Palestinian MFA via WAFA)',None,t,[
 R('لقرار مجلس الأمن الدولي رقم 2334','document',[],'UNSC resolution 2334 (2016)',U,['whole-document']),
 R('بيان نقلته وكالة الأنباء الفلسطينية «وفا»','document',[],'statement of the Palestinian MFA','unknown',['whole-document']),
 R('القرار الأممي بشأن الاستيطان','document',[],'anaphoric: resolution 2334 ("the UN resolution on settlement")',U,['anaphoric','whole-document']),
 R('البيان','document',[],'anaphoric: the Palestinian MFA statement','unknown',['anaphoric','whole-document']),
 R('بالقرار 2334','document',[],'UNSC resolution 2334',U,['whole-document','abbreviated']),
 R('به','document',[],'pronoun "with it" = resolution 2334',U,['anaphoric','whole-document']),
 R('نفس القرار','document',[],'"the same resolution" = 2334',U,['anaphoric','whole-document']),
],[N('قرارات الشرعية الدولية','resolutions of international legitimacy: generic'),N('القرارات الدولية الخاصة بالقضية الفلسطينية','international resolutions on Palestine: generic set, unidentified'),N('36 عامًا','duration')])

t=J(r"أدانت أربع عشرة دولة، هي بلجيكا وكندا والدنمارك وفرنسا وألمانيا وإيطاليا وأيسلندا وأيرلندا واليابان ومالطا وهولندا والنرويج وإسبانيا والمملكة المتحدة، في بيان مشترك، موافقة المجلس الوزاري الأمني الإسرائيلي على بناء 19 مستوطنة جديدة في الضفة الغربية المحتلة.\nوشدد البيان على أن هذه الإجراءات الأحادية لا تنتهك القانون الدولي فحسب، بل تزيد أيضاً من خطر عدم الاستقرار، وقد تُعرّض للخطر تنفيذ خطة غزة الشاملة وآفاق السلام طويل الأمد في المنطقة.\nودعت الدول إسرائيل إلى التراجع عن القرار ووقف التوسع الاستيطاني، وفقاً لقرار مجلس الأمن الدولي رقم 2334.\nوجاء هذا البيان في وقت بلغ فيه التوسع الاستيطاني الإسرائيلي في الضفة الغربية أعلى مستوى له منذ عام 2017.")
J14='unknown'
add('h2-ar-004','ar','https://safir.af/ar/2025/12/25/%d8%a3%d8%af%d8%a7%d9%86%d8%aa-14-%d8%af%d9%88%d9%84%d8%a9-%d8%ba%d8%b1%d8%a8%d9%8a%d8%a9-%d8%a7%d9%84%d8%aa%d9%88%d8%b3%d8%b9-%d8%a7%d9%84%d8%a7%d8%b3%d8%aa%d9%8a%d8%b7%d8%a7%d9%86%d9%8a-%d8%a7%d9%84','Safir (safir.af)','2025-12-25',t,[
 R('بيان مشترك','document',[],'joint statement of 14 states (Dec 2025) on new settlements',J14,['whole-document']),
 R('البيان','document',[],'anaphoric: the joint statement',J14,['anaphoric','whole-document']),
 R('خطة غزة الشاملة','document',[],'Comprehensive Plan for Gaza (Sept 2025)','gaza-comprehensive-plan-2025',['whole-document']),
 R('لقرار مجلس الأمن الدولي رقم 2334','document',[],'UNSC resolution 2334 (2016)',U,['whole-document']),
 R('هذا البيان','document',[],'anaphoric: the joint statement',J14,['anaphoric','whole-document']),
],[N('أربع عشرة دولة','"fourteen states": number word, count'),N('القرار','the Israeli cabinet decision: not a published document'),N('19 مستوطنة','count'),N('2017','year')])

t=J(r"واشنطن وطهران: اختلفتا في الميدان.. واتفقتا على الاجتزاء من ميثاق الأمم المتحدة\n\nكم من الجرائم تُرتكب باسم \"المادة 51\": المُبرر والمُبرر المضاد\n\nالرؤية – هيثم الغيتاوي\n\nفي رسالتها إلى الأمم المتحدة صباح اليوم، بررت الولايات المتحدة الأمريكية قتل الجنرال الإيراني قاسم سليماني بأنه دفاع عن النفس، بموجب المادة 51 من ميثاق الأمم المتحدة، التي تطالب الدول بأن \"تبلغ فورا\" مجلس الأمن المؤلف من 15 عضوا بأي إجراءات تتخذ لدى ممارسة حق الدفاع عن النفس.\n\nومن اللافت أن التبرير الأمريكي اليوم، سبقه تبرير إيراني أمس استنادا إلى المادة نفسها؛ إذ قال وزير الخارجية الإيراني محمد جواد ظريف أن إيران اتخذت وخلصت إلى تدابير متناسبة في الدفاع عن النفس بموجب المادة 51 من ميثاق الأمم المتحدة.\n\nفعلى ما تنص هذه المادة التي تُرتكب بموجبها أعمال العنف والعنف المضاد؛ حقا وباطلا؟")
add('h2-ar-005','ar','https://alroya.om/post/254049/كم-من-الجرائم-ت-رتكب-باسم-المادة-51-الم-برر-والم-برر-المضاد','Al-Roya (Oman)','2020-01-09',t,[
 R('ميثاق الأمم المتحدة','document',[],'UN Charter (headline)',UN,['whole-document','headline']),
 R('\"المادة 51\"','article',['51'],'UN Charter Art. 51 (headline, in quotes)',UN,['anaphoric','headline']),
 R('رسالتها إلى الأمم المتحدة','document',[],'US letter to the Security Council of 8 Jan 2020 (Art. 51 report)','unknown',['whole-document']),
 R('المادة 51 من ميثاق الأمم المتحدة','article',['51'],'UN Charter Art. 51',UN,['plain']),
 R('المادة نفسها','article',['51'],'"the same article" = Art. 51',UN,['anaphoric']),
 R('المادة 51 من ميثاق الأمم المتحدة','article',['51'],'UN Charter Art. 51',UN,['plain']),
 R('هذه المادة','article',['51'],'anaphoric: Art. 51',UN,['anaphoric']),
],[N('الرؤية – هيثم الغيتاوي','byline'),N('15 عضوا','count')])

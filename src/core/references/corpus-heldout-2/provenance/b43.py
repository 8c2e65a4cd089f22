import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'
t=J(r"دعت إيران المجتمع الدولي إلى تعزيز احترام القانون الدولي وميثاق الأمم المتحدة، معتبرة أن التدخلات الأمريكية في شؤون الدول الأخرى تشكل انتهاكًا صارخًا لسيادة الدول وقواعد القانون الدولي.\n\nوأشار المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي في مدونة على منصة \"اكس\" إلى الهجوم الأمريكي على فنزويلا، مؤكدًا أن أي تدخل خارجي بالقوة أو الإكراه يتعارض مع نص وروح ميثاق الأمم المتحدة ويهدد الاستقرار الدولي.\n\nوفي اشارة الى تصريح مسؤول أممي حول \"تعارض العمل الأمريكي ضد فنزويلا مع نص وروح ميثاق الأمم المتحدة\"، قال بقائي: \"إن القضية التي تواجه المجتمع الدولي ليست طبيعة الحكومة الفنزويلية، بل ما إذا كان لأي دولة عضو الحق في تحديد المصير السياسي لدولة أخرى أو السيطرة على شؤونها بالقوة أو الإكراه أو الخنق الاقتصادي؟!. ويرتبط هذا السؤال ارتباطًا مباشرًا بالمادة 2، الفقرة 4، من ميثاق الأمم المتحدة، التي تحظر التهديد باستخدام القوة أو استخدامها ضد السلامة الإقليمية أو سيادة الدول\".")
add('h2-ar-012','ar','http://burathanews.com/arabic/international/469893','Burathanews (Iranian MFA spokesperson Baghaei)','2026-01-09',t,[
 R('ميثاق الأمم المتحدة','document',[],'UN Charter',UN,['whole-document']),
 R('ميثاق الأمم المتحدة','document',[],'UN Charter ("the letter and spirit of the Charter")',UN,['whole-document']),
 R('ميثاق الأمم المتحدة','document',[],'UN Charter (quoted UN official)',UN,['whole-document']),
 R('بالمادة 2، الفقرة 4، من ميثاق الأمم المتحدة','paragraph',['4'],'UN Charter Art. 2(4)',UN,['nested','plain'],parent=('article',['2'])),
 R('التي','paragraph',['4'],'relative pronoun = Art. 2(4)',UN,['anaphoric']),
],occ={4:nth(t,'التي','التي تحظر')},near=[N('مدونة على منصة \"اكس\"','a post on X: not a cited document'),N('تصريح مسؤول أممي','a UN official\'s remark: not a document'),N('قواعد القانون الدولي','rules of international law in general')])

t=J(r"الخارجية الإيرانية: الهجوم الأميركي على فنزويلا انتهاك صريح لميثاق الأمم المتحدة\n\nأشار المتحدث باسم وزارة الخارجية الإيرانية “إسماعيل بقائي” إلى تصريحات أدلى بها رئيس شبكة حلول التنمية المستدامة التابعة للأمم المتحدة خلال جلسة مجلس الأمن المنعقدة في 5 كانون الثاني/يناير 2026، انتقد فيها الهجوم الأميركي على فنزويلا واعتبره مخالفًا لميثاق الأمم المتحدة.\n\nوقال بقائي، في تدوينة على منصة “إكس”، إن المسؤول الأممي أكد أن “العمل الأميركي ضد فنزويلا يتعارض مع نص وروح ميثاق الأمم المتحدة”، مشددًا على أن “جوهر القضية لا يتعلق بطبيعة الحكومة الفنزويلية، بل بحق أي دولة في فرض مصير سياسي على دولة أخرى بالقوة أو الإكراه أو الخنق الاقتصادي، في مخالفة واضحة للمادة الثانية، الفقرة الرابعة، من الميثاق”.\n\nوأضاف بقائي أن “السياسة الخارجية الأميركية، منذ عام 1947، اعتمدت استخدام القوة والتدخلات السرية والضغوط الاقتصادية لتغيير حكومات دول أخرى، وهي ممارسات غير قانونية أسهمت في نزاعات دامية وعدم استقرار ومعاناة إنسانية واسعة”.")
add('h2-ar-013','ar','https://www.almanar.com.lb/article/463902/','Al-Manar (Iranian MFA spokesperson)','2026-01-08',t,[
 R('لميثاق الأمم المتحدة','document',[],'UN Charter (headline)',UN,['whole-document','headline']),
 R('لميثاق الأمم المتحدة','document',[],'UN Charter',UN,['whole-document']),
 R('ميثاق الأمم المتحدة','document',[],'UN Charter',UN,['whole-document']),
 R('للمادة الثانية، الفقرة الرابعة، من الميثاق','paragraph',['4'],'UN Charter Art. 2(4) (ordinal number words)',UN,['nested','number-word','ordinal','anaphoric'],parent=('article',['2'])),
],near=[N('تدوينة على منصة “إكس”','a post on X'),N('5 كانون الثاني/يناير 2026','date'),N('منذ عام 1947','year')])

t=J(r"صدر ميثاق الأمم المتحدة في 24 / 10 / 1945(2) وصادقت عليه الكثير من الدول واصبح نافذاً في 26/ حزيران 1945 .\nلقد تضمن الميثاق مبادئ واهداف لتنظيم المجموعة الدولية وقد احتوى الميثاق على (111) مادة موزعة على (19) فصل ويؤلف النظام الاساسي لمحكمة العدل الدولية جزء من الميثاق .. واعتبر الميثاق القانون الاعلى لجميع الاتفاقيات الدولية بموجب المادة (103)\n.\nلقد احتوى الميثاق أهداف ومبادئ أساسية والزم الدول احترامها وهذه المبادئ تضمنها الديباجة . نحن شعوب الامم وقد الينا على انفسنا ان ننقذ الاجيال المقبلة من ويلات الحرب…………. .\n1 ـ الاهداف الاساسية وفقا للمادة الاولى من الفصل الاول :من الميثاق…….-\nأ- حفظ السلم والأمن الدولي .\nب- انماء العلاقات بين الدول على اساس التساوي في الحقوق وحق تقرير المصير .\nج- تحقيق التعاون الدولي .\nء- جعل الامم المتحدة مركز لتنسيق الاعمال بين الامم .\n2 ـ المبادى التي وردت في الميثاق\nأ- مبدأ المساواة بين الاعضاء .\nب- مبدأ حسن النية في تنفيذ الالتزامات الناشئة عن الميثاق المادة (2/2) .\nج- مبدأ حل المنازعات حلاً سليماً م (2/3) .")
add('h2-ar-014','ar','https://bm-magazine.com/%d8%a7%d8%b3%d8%aa%d8%ae%d8%af%d8%a7%d9%85-%d8%a7%d9%84%d9%82%d9%88%d8%a9-%d9%81%d9%8a-%d8%a7%d9%84%d8%b9%d9%84%d8%a7%d9%82%d8%a7%d8%aa-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9-%d8%a7%d9%88-%d8%a7/','BM Magazine (article)',None,t,[
 R('ميثاق الأمم المتحدة','document',[],'UN Charter',UN,['whole-document']),
 R('عليه','document',[],'pronoun "it" (ratified it) = the Charter',UN,['anaphoric','whole-document']),
 R('الميثاق','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('الميثاق','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('النظام الاساسي لمحكمة العدل الدولية','document',[],'Statute of the International Court of Justice','icj-statute',['whole-document']),
 R('الميثاق','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('الميثاق','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('المادة (103)','article',['103'],'UN Charter Art. 103',UN,['anaphoric']),
 R('الميثاق','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('الديباجة','part',['preamble'],'the Preamble of the Charter',UN,['anaphoric']),
 R('للمادة الاولى من الفصل الاول :من الميثاق','article',['1'],'UN Charter Art. 1 in Chapter I ("the first article of the first chapter")',UN,['nested','ordinal','number-word','anaphoric'],parent=('chapter',['I'])),
 R('الميثاق','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
 R('الميثاق المادة (2/2)','paragraph',['2'],'UN Charter Art. 2(2), written "(2/2)"',UN,['nested','abbreviated','anaphoric'],parent=('article',['2'])),
 R('م (2/3)','paragraph',['3'],'UN Charter Art. 2(3), "م" = مادة',UN,['nested','abbreviated','anaphoric'],parent=('article',['2'])),
],occ={1:nth(t,'عليه','عليه الكثير')},near=[N('(111) مادة','count of articles'),N('(19) فصل','count of chapters'),N('1945(2)','footnote marker glued to the year'),N('1 ـ','list label'),N('2 ـ','list label'),N('أ-','list label')])

from lib import *
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
W='washington-2025-08-08'; WD='Joint Declaration of Washington, 8 August 2025'
add('ho-zh-009','zh','http://news.china.com/domesticgd/10000159/20161129/30057616.html','中华网 (中国网)','2016-11-29',
"""问:据报道,联合国安理会将通过一项新的朝鲜制裁决议,该决议将会将朝鲜的煤炭收入削减60%,限制在每年4亿美元左右。决议也会禁止朝鲜出口铜、镍、银、锌。中方能否证实这一消息?中方对联合国加强对朝制裁举动有何评论?是否会认真执行新的制裁?

答:我上周已回答过有关问题。我愿重申,中方支持联合国安理会就朝鲜第五次核试验作出进一步反应。同时我们主张,这一反应应指向明确,主要是针对朝鲜的核活动,不应损害朝鲜正常的人道、民生和发展需求。据我了解,安理会五个常任理事国已就决议草案内容达成共识,安理会全体成员正就草案进行协商,希望各方能够尽早达成一致,对外发出清晰和团结一致的信号。

关于你提到的决议草案中的一些内容,包括一些新的制裁内容,由于决议草案尚未通过,所以目前有关报道都是出于猜测和假设,我不便对猜测和假设进行评论。

关于中国对安理会决议的态度,我要指出的是,根据《联合国宪章》规定,联合国会员国均有义务执行安理会决议,这不是某一个国家的事,而是联合国所有会员国的事。""",
[R('一项新的朝鲜制裁决议','document',[],'draft of UNSC resolution 2321 (2016) on DPRK sanctions','unsc-2321',['whole-document']),
 R('该决议','document',[],'anaphoric: the new DPRK sanctions resolution','unsc-2321',['anaphoric','whole-document']),
 R('决议','document',[],'anaphoric: the new DPRK sanctions resolution','unsc-2321',['anaphoric','whole-document']),
 R('决议草案','document',[],'anaphoric: the draft resolution','unsc-2321',['anaphoric','whole-document']),
 R('草案','document',[],'anaphoric: the draft resolution','unsc-2321',['anaphoric','whole-document']),
 R('决议草案','document',[],'anaphoric: the draft resolution','unsc-2321',['anaphoric','whole-document']),
 R('决议草案','document',[],'anaphoric: the draft resolution','unsc-2321',['anaphoric','whole-document']),
 R('《联合国宪章》规定','document',[],'UN Charter (its provisions; implicitly Art. 25)','un-charter',['whole-document'])],
[N('第五次核试验','"fifth nuclear test": ordinal of an event'),N('60%','percentage'),N('安理会决议的态度','"attitude to SC resolutions" in general, not a specific document'),N('五个常任理事国','count (number word)')])

add('ho-zh-010','zh','http://ischool.net.cn/xwzx/PoliticsNews/201809/t20180905_12055988.htm','环球网 (转载)','2018-09-05',
"""中俄阻撓聯合國公布關于落實對朝制裁的報告?外交部回應
【環球網綜合報道】2018年9月5日外交部發言人華春瑩主持例行記者會,有記者問道,據報道,4日,美國常駐聯合國代表黑利稱,上周聯合國試圖公布關于落實對朝制裁的報告,但遭到俄羅斯和中國阻撓。俄、中在解決朝核問題上繼續在安理會制造困難。與朝對話不意味著國際社會可以放松對朝制裁。中方對此有何評論?
華春瑩回應稱,中方一貫全面、嚴格執行安理會相關決議,履行我們應盡的國際義務。同時,我們歷來認為,制裁本身不是目的,安理會的行動應支持、配合當前外交對話和半島無核化努力,推動半島問題政治解決進程。
關于美方提到的安理會朝鮮制裁委員會專家小組年度中期報告,我們認為報告應當客觀、全面、準確反映各國為執行安理會決議所作努力,報告公布要符合安理會決議規定及制裁委工作方法。""",
[R('關于落實對朝制裁的報告','document',[],'Mid-term report of the Panel of Experts of the 1718 Committee (2018) (headline)','unknown',['whole-document','headline']),
 R('關于落實對朝制裁的報告','document',[],'same report','unknown',['whole-document']),
 R('安理會朝鮮制裁委員會專家小組年度中期報告','document',[],'Panel of Experts mid-term report 2018','unknown',['whole-document']),
 R('報告','document',[],'anaphoric: the Panel of Experts report','unknown',['anaphoric','whole-document']),
 R('報告','document',[],'anaphoric: the Panel of Experts report','unknown',['anaphoric','whole-document']),
 R('安理會決議規定','document',[],'provisions of the SC DPRK resolutions (set, topic-identified)','unknown',['whole-document'])],
[N('安理會相關決議','"relevant SC resolutions": vague set (judgement call)'),N('安理會決議所作努力','generic "SC resolutions" in a generic clause'),N('制裁委工作方法','working methods (not a cited document)')])

add('ho-tr-004','tr','https://www.kibrisnethaber.com/dunya/azerbaycan-dan-ermenistan-disisleri-bakani-ayvazyan-in-h48843.html','Kıbrıs Net Haber',None,
"""Azerbaycan Dışişleri Bakanlığından yapılan yazılı açıklamada, Ermenistan Dışişleri Bakanı Ara Ayvazyan'ın ziyaretinin ve Dağlık Karabağ'da bazı \"anlaşmalar\" imzalamasının Rusya, Azerbaycan ve Ermenistan arasında 10 Kasım'da imzalanan üçlü bildiriyle çeliştiği, çatışmaların sona ermesinin ardından bölgede barış, güvenlik ve iş birliğini tesis etme girişimlerine uymadığı belirtildi. 

Açıklamada, 10 Kasım'daki bildiride Ermenistan Başbakanı Nikol Paşinyan'ın da imzasının bulunduğu hatırlatılarak, şu ifadelere yer verildi:

banner37
\"Ermenistan hükümeti bu hususta yükümlülükler almıştır. Erivan yönetiminin bu yükümlülüklerini ihlal etmesi provokasyondur. İç kamuoyu için gerçekleştirilen bu gibi eylemler bölgede durumun normalleştirilmesine hizmet etmemektedir.

Ermenistan yetkilileri asılsız fanteziler üzerine hareket etmemeli, bölgedeki yeni gerçekliği kabul etmelidir.

Üçlü bildirinin uygulanmasının sağlanması ve bölgede oluşan yeni güvenlik formatı, ayrıca iş birliği fırsatlarına dayalı adımların atılması barış içinde bir arada yaşamaya katkı sağlayabilir.""",
[R('Azerbaycan Dışişleri Bakanlığından yapılan yazılı açıklamada','document',[],'Written statement of the MFA of Azerbaijan (Dec 2020)','unknown',['whole-document']),
 R('Rusya, Azerbaycan ve Ermenistan arasında 10 Kasım\'da imzalanan üçlü bildiriyle','document',[],TD,T,['whole-document']),
 R('Açıklamada','document',[],'anaphoric: the Azerbaijani MFA statement','unknown',['anaphoric','whole-document']),
 R('10 Kasım\'daki bildiride','document',[],TD,T,['whole-document']),
 R('Üçlü bildirinin','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document'])],
[N('bazı \"anlaşmalar\"','scare-quoted unspecified "agreements", not identifiable'),N('banner37','page artefact'),N('yeni güvenlik formatı','a format, not a document')])

add('ho-tr-005','tr','https://profilbaru.com/tr/Z%C3%BCrih_Protokolleri','profilbaru.com (copy of Turkish Wikipedia)',None,
"""Zürih Protokolleri veya resmî adıyla Türkiye Cumhuriyeti ile Ermenistan Cumhuriyeti Arasında Diplomatik İlişkilerin Kurulmasına Dair Protokol ile Türkiye Cumhuriyeti ve Ermenistan Cumhuriyeti Arasında İlişkilerin Geliştirilmesine Dair Protokol, Ermenistan ve Türkiye tarafından 10 Ekim 2009 tarihinde İsviçre'nin Zürih şehrinde imzalanan ve iki ülke ilişkilerini normalleştirme sürecini başlatmayı öngören ikili bir protokol. Protokoller, resmî diplomatik ilişkilerin kurulmasını, 1993 yılından beri kapalı olan Türkiye-Ermenistan sınırının açılmasını ve Ermeni Soykırımı konusunda ortak bir tarih komisyonunun kurulmasına ilişkin hükümler içermekteydi. Hiçbir zaman yürürlüğe girmeyen anlaşma, İsviçre, Amerika Birleşik Devletleri, Avrupa Birliği, Fransa ve Rusya arabuluculuğunda imzalandı.""",
[R('Zürih Protokolleri','document',[],'Zurich Protocols of 10 October 2009 (set of two)','zurich-protocols-2009',['whole-document']),
 R('Türkiye Cumhuriyeti ile Ermenistan Cumhuriyeti Arasında Diplomatik İlişkilerin Kurulmasına Dair Protokol','document',[],'Protocol on the Establishment of Diplomatic Relations (2009)','zurich-protocols-2009',['whole-document','list']),
 R('Türkiye Cumhuriyeti ve Ermenistan Cumhuriyeti Arasında İlişkilerin Geliştirilmesine Dair Protokol','document',[],'Protocol on the Development of Relations (2009)','zurich-protocols-2009',['whole-document','list']),
 R('Protokoller','document',[],'anaphoric: the Zurich Protocols','zurich-protocols-2009',['anaphoric','whole-document']),
 R('hükümler','clause',[],'anaphoric: provisions of the Zurich Protocols','zurich-protocols-2009',['anaphoric']),
 R('Hiçbir zaman yürürlüğe girmeyen anlaşma','document',[],'anaphoric: the Zurich Protocols','zurich-protocols-2009',['anaphoric','whole-document'])],
[N('ikili bir protokol','generic description ("a bilateral protocol") in the definition sentence; judgement call'),N('1993 yılından','year')])

add('ho-hy-010','hy','http://old.araratnews.am/thurkhiayi-agn-n-mtadir-che-chegharkel-hay-thurkhakan-ardzanagruthyunnereh','Ararat News',None,
"""Թուրքիայի ԱԳՆ-ն մտադիր չէ չեղարկել հայ-թուրքական արձանագրությունները

Թուրքիայի ԱԳՆ-ն հայտարարություն է տարածել, որում նշված է, թե երկիրը հավատարիմ է 2009-ին Հայաստանի հետ կնքված փաստաթղթերին. այս մասին ասված է Թուրքիայի ԱԳՆ-ի մամուլի հաղորդագրությունում:

«Չնայած Հայաստանի բացասական դիրքորոշմանը հայ-թուրքական արձանագրությունների նկատմամբ՝ Թուրքիան հավատարիմ է արձանագրությունների հիմնական դրույթներին: Այս արձանագրությունները դեռևս Թուրքիայի Ազգային մեծ ժողովի արտաքին հարցերի հանձնաժողովի օրակարգում են»,- ասված է հաղորդագրությունում:

Նշվում է նաև, որ դրանց վավերացման համար կարևոր են  Հարավային Կովկասում բարենպաստ քաղաքական մթնոլորտը և խաղաղության ապահովումը:""",
[R('հայ-թուրքական արձանագրությունները','document',[],'Zurich Protocols of 2009 (headline)','zurich-protocols-2009',['whole-document','headline']),
 R('հայտարարություն է տարածել','document',[],'Statement of the Turkish MFA','unknown',['whole-document']),
 R('որում','document',[],'anaphoric relative pronoun: the Turkish MFA statement','unknown',['anaphoric','whole-document']),
 R('2009-ին Հայաստանի հետ կնքված փաստաթղթերին','document',[],'Zurich Protocols (documents concluded with Armenia in 2009)','zurich-protocols-2009',['whole-document']),
 R('Թուրքիայի ԱԳՆ-ի մամուլի հաղորդագրությունում','document',[],'anaphoric: the Turkish MFA press release','unknown',['anaphoric','whole-document']),
 R('հայ-թուրքական արձանագրությունների','document',[],'Zurich Protocols','zurich-protocols-2009',['whole-document']),
 R('արձանագրությունների հիմնական դրույթներին','clause',[],'anaphoric: basic provisions of the Zurich Protocols','zurich-protocols-2009',['anaphoric']),
 R('Այս արձանագրությունները','document',[],'anaphoric: the Zurich Protocols','zurich-protocols-2009',['anaphoric','whole-document']),
 R('հաղորդագրությունում','document',[],'anaphoric: the Turkish MFA press release','unknown',['anaphoric','whole-document']),
 R('դրանց','document',[],'anaphoric pronoun: the Zurich Protocols','zurich-protocols-2009',['anaphoric','whole-document'])],
[N('օրակարգում','agenda, not a document'),N('2009-ին','year (inside a reference span, listed separately as a date-like trap)')])

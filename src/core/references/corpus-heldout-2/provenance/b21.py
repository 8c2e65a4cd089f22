import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'; FR='unga-2625'
t=J(r"Kapitel I der Charta der Vereinten Nationen\nDas Kapitel I der Charta der Vereinten Nationen enthält in Artikel 1 und 2 die Ziele und Grundsätze (purposes and principles) der Vereinten Nationen (VN).[1][2]\nDie VN definieren im ersten Artikel die Ziele Weltfrieden und internationale Sicherheit, Schaffung und Stärkung von freundschaftlichen zwischenstaatlichen Beziehungen und Kooperationen wirtschaftlicher, sozialer, kultureller und humanitärer Art sowie der Stärkung der Menschenrechte.\nIm zweiten Artikel wird die Gleichheit aller Staaten festgelegt und die Lösung von zwischenstaatlichen Konflikten mit friedlichen Mitteln verlangt. Die territoriale Unversehrtheit und politische Unabhängigkeit jeden anderen Staates ist zu respektieren. Die Androhung oder Anwendung von Gewalt, sowie die Unterstützung von Aktivitäten gegen ein anderes Land sind klar verboten.\nDas Gewaltverbot ist eine deutliche Erweiterung des Briand-Kellogg-Pakts, der seit 1928 jeden Angriffskrieg völkerrechtlich ächtet.\nInhalt\n[Bearbeiten | Quelltext bearbeiten]Der Originaltext steht auf der Website der VN in englischer Sprache und auf der Seite des Regionalen Informationszentrum der Vereinten Nationen für Westeuropa (UNRIC) in deutscher Sprache zur Verfügung.[3]\nArtikel 1\n[Bearbeiten | Quelltext bearbeiten]Die Vereinten Nationen setzen sich folgende Ziele:")
add('h2-de-003','de','https://dnhewrhegkli.shop/wiki/Kapitel_I_der_Charta_der_Vereinten_Nationen','Wikipedia mirror (dnhewrhegkli.shop)',None,t,[
 R('Kapitel I der Charta der Vereinten Nationen','chapter',['I'],'UN Charter Chapter I (article title)',UN,['plain','headline']),
 R('Kapitel I der Charta der Vereinten Nationen','chapter',['I'],'UN Charter Chapter I',UN,['plain']),
 R('Artikel 1 und 2','article',['1','2'],'UN Charter Arts 1 and 2 (within chapter I)',UN,['anaphoric','list']),
 R('im ersten Artikel','article',['1'],'"in the first article" = Art. 1',UN,['anaphoric','ordinal','number-word']),
 R('Im zweiten Artikel','article',['2'],'"in the second article" = Art. 2',UN,['anaphoric','ordinal','number-word']),
 R('des Briand-Kellogg-Pakts','document',[],'Kellogg–Briand Pact (1928)','kellogg-briand-1928',['whole-document']),
 R('der','document',[],'relative pronoun = the Pact',"kellogg-briand-1928",['anaphoric','whole-document']),
 R('Der Originaltext','document',[],'"the original text" = text of the Charter',UN,['anaphoric','whole-document']),
],occ={6:nth(t,'der','der seit 1928')},near=[N('[1][2]','footnote markers'),N('[3]','footnote marker'),N('Artikel 1','section heading introducing the quoted article text (its own label)'),N('[Bearbeiten | Quelltext bearbeiten]','edit links'),N('Inhalt','section heading')])

t=J(r"I. Allgemeines\nDie Friendly Relations-Deklaration (GA Res. 2625 [XXV]; Sart. II Nr. 4) gehört neben der → Allgemeinen Erklärung der Menschenrechte (1948) und der → Uniting for Peace-Resolution (1950) zu den Beschlüssen der → UN-Generalversammlung, die für das Selbstverständnis der → Vereinten Nationen in den ersten Jahrzehnten ihres Bestehens von besonderer Bedeutung waren. Verabschiedet wurde sie am 24.10.1970 im Consensus-Verfahren, d. h. ohne förmliche Abstimmung, aber auch ohne ausdrückliche Gegenstimmen. Vorausgegangen waren seit 1964 insgesamt sechs Sitzungsperioden des 1963 von der Generalversammlung gegründeten Special Committee on Principles of International Law. Ergebnis der Beratungen des Sonderausschusses war die Declaration on Principles of International Law Concerning Friendly Relations and Co-operation among States in Accordance with the Charter of the United Nations, kurz: Friendly Relations-Deklaration (FRD) bzw. Prinzipien-Erk")
add('h2-de-004','de','http://hotlib.net/htrd/1014671/p53','hotlib.net (Lexikon Völkerrecht, entry "Friendly Relations-Deklaration")',None,t,[
 R('Friendly Relations-Deklaration','document',[],'UNGA res. 2625 (XXV)',FR,['whole-document']),
 R('GA Res. 2625 [XXV]','document',[],'UNGA res. 2625 (XXV), abbreviated symbol',FR,['whole-document','abbreviated']),
 R('Sart. II Nr. 4','document',[],'place of the text in the Sartorius II collection (no. 4) = res. 2625',FR,['whole-document','abbreviated']),
 R('Allgemeinen Erklärung der Menschenrechte (1948)','document',[],'Universal Declaration of Human Rights','udhr-1948',['whole-document','list']),
 R('Uniting for Peace-Resolution (1950)','document',[],'UNGA res. 377 (V)','unga-377',['whole-document','list']),
 R('sie','document',[],'pronoun "it" = the Friendly Relations Declaration',FR,['anaphoric','whole-document']),
 R('Declaration on Principles of International Law Concerning Friendly Relations and Co-operation among States in Accordance with the Charter of the United Nations','document',[],'full English title of res. 2625',FR,['whole-document']),
 R('Charter of the United Nations','document',[],'UN Charter, inside the title',UN,['whole-document','nested']),
 R('Friendly Relations-Deklaration (FRD)','document',[],'short title with abbreviation',FR,['whole-document','abbreviated']),
 R('Prinzipien-Erk','document',[],'"Prinzipien-Erklärung", cut off by the stored excerpt',FR,['whole-document','abbreviated']),
],occ={5:nth(t,'sie','sie am 24.10.1970')},near=[N('I. Allgemeines','section heading'),N('sechs Sitzungsperioden','count of sessions'),N('Special Committee on Principles of International Law','committee name')])

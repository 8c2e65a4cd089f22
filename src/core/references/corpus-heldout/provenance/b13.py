from lib import *
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
add('ho-de-008','de','https://dearjv.de/die-erklaerung-armeniens-aserbaidschans-und-russlands-vom-10-november-2020-zum-karabach-konflikt-aus-voelkerrechtlicher-sicht/','DEARJV (Otto Luchterhandt)',None,
"""Die Erklärung ist am 9. November 2020 spätabends vom Präsidenten der Aserbaidschanischen Republik, vom Premierminister der Republik Armenien und vom Präsidenten der Russischen Föderation unterzeichnet worden. Das geschah zeitgleich an den jeweiligen Amtssitzen, und zwar von Seiten der Präsidenten Aliev und Putin im Wege einer Videoübertragung, von Seiten des armenischen Premierministers Paschinjan außerhalb der Bildübertragung.

Die Erklärung besteht zwar nur aus neun (9) Punkten, hat für Berg-Karabach, seine armenische Bevölkerung und auch für die Republik Armenien schwerwiegende, ja schicksalhafte Bedeutung und Folgen.

Der Inhalt der Erklärung ist zwar sehr unterschiedlich, erstreckt sich aber auf die ganze Breite des Karabach-Konfliktes. 

Auslöser und entscheidendes Motiv für die Erklärung ist der Wunsch, den am 27. September 2020 gegen Berg-Karabach begonnenen und inzwischen in die 7.Woche gegangenen Krieg zwischen Aserbaidschan und Armenien durch einen sofortigen Waffenstillstand zu beenden. Dementsprechend ordnet Punkt 1 der Erklärung die vollständige Einstellung des Feuers und aller militärischen Aktionen „in der Zone des Berg-Karabach-Konflikts“ um Mitternacht vom 9. auf den 10. November 2020 an. Zugleich damit ist die Erklärung in Kraft gesetzt worden.

Die weiteren Bestimmungen der Erklärung hängen teilweise mit dem Krieg zusammen, nämlich die Rückkehr von Binnenflüchtlingen und sonstigen Flüchtlingen in ihre Wohnsitze, der Austausch von Gefangenen und von gefallenen Soldaten (Punkte 7-9),""",
[R('Die Erklärung ist am 9. November 2020 spätabends vom Präsidenten der Aserbaidschanischen Republik, vom Premierminister der Republik Armenien und vom Präsidenten der Russischen Föderation unterzeichnet worden','document',[],TD+' (identified by date and signatories; topic of the article)',T,['whole-document']),
 R('Die Erklärung','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('Der Inhalt der Erklärung','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('die Erklärung','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('Punkt 1 der Erklärung','point',['1'],'anaphoric: '+TD,T,['anaphoric']),
 R('die Erklärung','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('Die weiteren Bestimmungen der Erklärung','clause',[],'anaphoric: the further provisions of '+TD,T,['anaphoric']),
 R('(Punkte 7-9)','point',['7-9'],'anaphoric: points 7 to 9 of '+TD,T,['anaphoric','range'])],
[N('nur aus neun (9) Punkten','count of points (number word + digit), not a citation'),N('7.Woche','ordinal week'),N('27. September 2020','date')])

add('ho-de-009','de','https://de.sputniknews.com/politik/20201110328378053-moskau-jerewan-baku-unterzeichnen-vereinbarung-bergkarabach/','Sputnik Deutschland','2020-11-10',
"""Russland, Armenien und Aserbaidschan haben eine Erklärung über die Einstellung des Feuers in Bergkarabach unterzeichnet, was unter anderem der russische Präsident Wladimir Putin bei einer Sonderrede mitgeteilt hat. Den Text der Vereinbarung veröffentlichte die Nachrichtenagentur Sputnik Armenien.

Es gibt folgende Vereinbarungen:

- Der vollständige Waffenstillstand wird seit Mitternacht (Moskauer Zeit) des 10. Novembers verkündet. Aserbaidschanische und armenische Militärs bleiben in den von ihnen besetzten Stellungen.

-Die Seiten verpflichteten sich zum Austausch von Militärgefangenen.

-Jerewan soll bis zum 15. November den Bezirk Kəlbəcər an Baku zurückgeben und bis zum 1. Dezember 2020 den Bezirk Laçın, wobei es den fünf Kilometer breiten Korridor Laçın behält, der die Verbindung von Bergkarabach zu Armenien sichern wird.

Dabei betrifft dieser Punkt nicht die Stadt Şuşa, deren Befreiung zuvor in Baku verkündet worden war.""",
[R('eine Erklärung über die Einstellung des Feuers in Bergkarabach','document',[],TD,T,['whole-document']),
 R('Den Text der Vereinbarung','document',[],'anaphoric: '+TD,T,['anaphoric','whole-document']),
 R('dieser Punkt','point',['6'],'anaphoric: the point just paraphrased (point 6 of '+TD+', on Kalbajar/Lachin)',T,['anaphoric'])],
[N('folgende Vereinbarungen','the arrangements listed (content), judgement call: not a separate document'),N('Sonderrede','a speech, not a document'),N('1. Dezember 2020','date that looks like "point 1"')])

add('ho-de-010','de','https://www.zeit.de/politik/ausland/2014-09/ukraine-minsker-abkommen','Die Zeit','2014-09-07',
"""Zwölf Punkte enthält das am Freitag geschlossene Minsker Abkommen zwischen der ukrainischen Regierung und den prorussischen Separatisten. Darin haben beide Seiten weit mehr vereinbart als eine Waffenruhe – die bereits wieder gebrochen wurde – und einen Gefangenenaustausch, wie jetzt bekannt geworden ist. Die Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE), die wie Russland an der Vereinbarung beteiligt ist, hat die Details des Abkommens veröffentlicht.

Besonders auffällig: Das Abkommen bietet den Separatisten weitreichende Zugeständnisse für die Neuregelung des Status der umkämpften Gebiete in der Ostukraine – allerdings keine Anerkennung ihrer im April proklamierten Volksrepubliken, die international nicht anerkannt sind. Der \"inklusive nationale Dialog\" solle fortgesetzt werden.

Vereinbart wurde beispielsweise, \"die Dezentralisierung der Macht in der Ukraine zu verwirklichen\". Dafür soll die Ukraine das Gesetz über die \"vorübergehende Ordnung der lokalen Selbstverwaltung in den gesonderten Kreisen der Donezker und Luhansker Gebiete\" annehmen.""",
[R('das am Freitag geschlossene Minsker Abkommen','document',[],'Minsk Protocol of 5 September 2014','minsk-protocol-2014',['whole-document']),
 R('Darin','document',[],'anaphoric pronoun: Minsk Protocol','minsk-protocol-2014',['anaphoric','whole-document']),
 R('der Vereinbarung','document',[],'anaphoric: Minsk Protocol','minsk-protocol-2014',['anaphoric','whole-document']),
 R('die Details des Abkommens','document',[],'anaphoric: Minsk Protocol','minsk-protocol-2014',['anaphoric','whole-document']),
 R('Das Abkommen','document',[],'anaphoric: Minsk Protocol','minsk-protocol-2014',['anaphoric','whole-document']),
 R('das Gesetz über die \"vorübergehende Ordnung der lokalen Selbstverwaltung in den gesonderten Kreisen der Donezker und Luhansker Gebiete\"','document',[],'Law of Ukraine on special status (required by the Protocol)','ua-law-special-status-2014',['whole-document'])],
[N('Zwölf Punkte','count of points (number word), not a citation'),N('im April','month')])

add('ho-de-011','de','http://nrcu.gov.ua./ur3/news.html?newsID=60943','Radio Ukraine International (NRCU), German service',None,
"""Die Bundesregierung hält die Initiative des Präsidenten der Ukraine , Petro Poroschenko, bezüglich einer Verlängerung des am 18. Oktober auslaufenden Gesetzes über den Sonderstatus der Konfliktregion im Donbass einen wichtigen Schritt bei der Erfüllung der Minsker Abkommen. \"Deutschland schätzt positiv die Initiative des Präsidenten der Ukraine , Petro Poroschenko, über die Verlängerung des Gesetzes über Sonderregeln für die örtliche Selbstverwaltung im Donbass\", heißt es in der Meldung der DW, die am Donnerstag unter Berufung auf den Pressedienst der Bundesregierung veröffentlicht wurde. Es wird betont, dass dieses Gesetz eine Grundlage des entsprechenden Punktes der Abkommen von Minsk sei. \"Deswegen wäre dessen Verlängerung ein wichtiger Schritt für die Umsetzung der Abkommen von Minsk\", heißt es in der Erklärung der Bundesregierung.""",
[R('des am 18. Oktober auslaufenden Gesetzes über den Sonderstatus der Konfliktregion im Donbass','document',[],'Law of Ukraine on special status','ua-law-special-status-2014',['whole-document']),
 R('der Minsker Abkommen','document',[],'Minsk agreements','minsk-agreements',['whole-document']),
 R('des Gesetzes über Sonderregeln für die örtliche Selbstverwaltung im Donbass','document',[],'Law of Ukraine on special status','ua-law-special-status-2014',['whole-document']),
 R('dieses Gesetz','document',[],'anaphoric: the special-status law','ua-law-special-status-2014',['anaphoric','whole-document']),
 R('des entsprechenden Punktes der Abkommen von Minsk','point',[],'the corresponding (unnumbered) point of the Minsk agreements','minsk-agreements',['plain']),
 R('der Abkommen von Minsk','document',[],'Minsk agreements','minsk-agreements',['whole-document']),
 R('der Erklärung der Bundesregierung','document',[],'Statement of the German Federal Government (press service)','unknown',['whole-document'])],
[N('in der Meldung der DW','a news report, not an official document'),N('am 18. Oktober','date')])

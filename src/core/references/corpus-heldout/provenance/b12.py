from lib import *
add('ho-de-004','de','https://gowalz.de/library/gegen-das-vergessen/-artikel-51-der-un-charta.html','gowalz.de',None,
"""[+] Artikel 51 der UN-Charta
Das Recht auf Selbstverteidigung
GE: Als »Charta der Vereinten Nationen« (UN-Charta) wird der Gründungsvertrag der »Vereinten Nationen« (UN) bezeichnet. Die universalen Grundsätze und Ziele bilden die Verfassung der Staatengemeinschaft ab. Dazu haben sich - (Stand 2024) - alle 193 Mitgliedstaaten bekennen. Die »Charta der Vereinten Nationen« wurde am 26. Juni 1945 in San Francisco unterzeichnet und trat am 24. Oktober 1945 in Kraft. Einer der aktuell am intensivsten diskutierten Artikel im Rahmen des Ukrainekrieges, welcher 2014 begann und 2022 eskalierte, ist Artikel 51, das Recht zur Selbstverteidigung.""",
[R('Artikel 51 der UN-Charta','article',['51'],'UN Charter (headline)','un-charter',['plain','headline']),
 R('»Charta der Vereinten Nationen«','document',[],'UN Charter','un-charter',['whole-document']),
 R('(UN-Charta)','document',[],'UN Charter (abbreviation)','un-charter',['whole-document','abbreviated']),
 R('der Gründungsvertrag der »Vereinten Nationen« (UN)','document',[],'anaphoric description: UN Charter','un-charter',['anaphoric','whole-document']),
 R('Die »Charta der Vereinten Nationen«','document',[],'UN Charter','un-charter',['whole-document']),
 R('Artikel 51','article',['51'],'UN Charter (context)','un-charter',['plain'])],
[N('[+]','UI marker'),N('alle 193 Mitgliedstaaten','count'),N('Einer der aktuell am intensivsten diskutierten Artikel','generic mention of "articles", no specific unit'),N('die Verfassung der Staatengemeinschaft','metaphor ("constitution"), not a document')])

add('ho-de-005','de','https://haveaniceday.me/revolutionare-erkenntnisse-zu-kapitel-vii-artikel-51-der-un-charta/','haveaniceday.me',None,
"""Revolutionäre Erkenntnisse zu Kapitel VII, Artikel 51 der UN-Charta
Kapitel VII, Artikel 51 der Charta der Vereinten Nationen regelt das Recht auf Selbstverteidigung im Falle eines bewaffneten Angriffs auf ein Mitglied der Vereinten Nationen.
Dieser Artikel ist von zentraler Bedeutung für die Aufrechterhaltung des Weltfriedens und der internationalen Sicherheit. Er erlaubt es Staaten, sich gegen Angriffe zu verteidigen und kollektive Maßnahmen zur Abwehr einer Aggression zu ergreifen.
Artikel 51 wurde im Kontext der Erfahrungen des Zweiten Weltkriegs formuliert, als die Unfähigkeit des Völkerbundes, Aggressionen zu verhindern, deutlich wurde. Der Artikel soll sicherstellen, dass Staaten nicht gezwungen sind, auf kollektive Sicherheitsmaßnahmen zu warten, bevor sie sich gegen Angriffe verteidigen.""",
[R('Kapitel VII, Artikel 51 der UN-Charta','article',['51'],'UN Charter (headline)','un-charter',['nested','headline'],('chapter',['VII'])),
 R('Kapitel VII, Artikel 51 der Charta der Vereinten Nationen','article',['51'],'UN Charter','un-charter',['nested'],('chapter',['VII'])),
 R('Dieser Artikel','article',['51'],'anaphoric: Article 51','un-charter',['anaphoric']),
 R('Er','article',['51'],'anaphoric pronoun: Article 51','un-charter',['anaphoric']),
 R('Artikel 51','article',['51'],'UN Charter','un-charter',['plain']),
 R('Der Artikel','article',['51'],'anaphoric: Article 51','un-charter',['anaphoric'])],
[N('Revolutionäre Erkenntnisse','clickbait phrase'),N('des Zweiten Weltkriegs','ordinal in event name')])

add('ho-de-006','de','http://www.sueddeutsche.de/politik/un-charta-artikel-das-recht-auf-selbstverteidigung-1.652151','Süddeutsche Zeitung',None,
"""UN-Charta:Artikel 51: Das Recht auf Selbstverteidigung

Der Wortlaut des Artikels in der deutschen Übersetzung.

UN-Generalsekretär Kofi Annan mahnte vor der UN-Vollversammlung, dass der Artikel 51 der UN-Charta zwar das Recht auf Selbstverteidigung regele, aber keinen Präventivkrieg ohne Zustimmung des UN-Sicherheitsrates erlaube.

Artikel 51 der am 26. Juni 1945 unterzeichneten Charta der Vereinten Nationen im Wortlaut (offizielle Übersetzung):

"Diese Charta beeinträchtigt im Falle eines bewaffneten Angriffs gegen ein Mitglied der Vereinten Nationen keineswegs das naturgegebene Recht zur individuellen oder kollektiven Selbstverteidigung, bis der Sicherheitsrat die zur Wahrung des Weltfriedens und der internationalen Sicherheit erforderlichen Maßnahmen getroffen hat.""",
[R('UN-Charta:Artikel 51','article',['51'],'UN Charter (headline, kicker + title)','un-charter',['plain','headline']),
 R('Der Wortlaut des Artikels','article',['51'],'anaphoric: Article 51','un-charter',['anaphoric']),
 R('der Artikel 51 der UN-Charta','article',['51'],'UN Charter','un-charter',['plain']),
 R('Artikel 51 der am 26. Juni 1945 unterzeichneten Charta der Vereinten Nationen','article',['51'],'UN Charter','un-charter',['plain']),
 R('Diese Charta','document',[],'UN Charter referring to itself inside the quotation (quoted self-reference)','un-charter',['anaphoric','whole-document'])],
[N('(offizielle Übersetzung)','refers to the translation, not a citation'),N('vor der UN-Vollversammlung','a body, not a document')],allow_overlap=True)

add('ho-de-007','de','http://unsere.de/artikel_51_unocharta.htm','unsere.de',None,
"""Artikel 51 UNO-Charta   = die wichtigste Völkerrechtsnorm

Kapitel VII, Artikel 51 der UNO-Charta konkretisiert das Bedrohungs- und Kriegsverbot aus Artikel 2 Absatz 4 und das durch den Weltsicherheitsrat vertretene Gewaltmonopol der Vereinten Nationen und beschränkt das nationale Selbstverteidigungsrecht wie folgt:

„Diese Charta beeinträchtigt im Falle eines bewaffneten Angriffs gegen ein Mitglied der Vereinten Nationen keineswegs das naturgegebene Recht zur individuellen oder kollektiven Selbstverteidigung,
bis der Sicherheitsrat die zur Wahrung des Weltfriedens und der internationalen Sicherheit erforderlichen Maßnahmen getroffen hat. 
Maßnahmen, die ein Mitglied in Ausübung dieses Selbstverteidigungsrechts trifft, sind dem Sicherheitsrat
sofort anzuzeigen; sie berühren in keiner Weise dessen auf dieser Charta beruhende Befugnis und Pflicht, jederzeit die Maßnahmen zu treffen, die er zur Wahrung oder Wiederherstellung des Weltfriedens und der internationalen Sicherheit für erforderlich hält.“

KOMMENTAR:  Auf den Artikel 51
UNO-Charta wird sich häufig berufen, um militärische Aktionen zu rechtfertigen, aber dass die Selbstverteidigung an enge Bedingungen geknüpft ist und der Bestätigung durch den Weltsicherheitsrat bedarf, wird nahezu immer verschwiegen.""",
[R('Artikel 51 UNO-Charta','article',['51'],'UN Charter (headline)','un-charter',['plain','headline']),
 R('Kapitel VII, Artikel 51 der UNO-Charta','article',['51'],'UN Charter','un-charter',['nested'],('chapter',['VII'])),
 R('Artikel 2 Absatz 4','paragraph',['4'],'UN Charter (implicit)','un-charter',['nested'],('article',['2'])),
 R('Diese Charta','document',[],'quoted self-reference of the UN Charter','un-charter',['anaphoric','whole-document']),
 R('dieser Charta','document',[],'quoted self-reference of the UN Charter','un-charter',['anaphoric','whole-document']),
 R('den Artikel 51\nUNO-Charta','article',['51'],'UN Charter (span crosses a line break)','un-charter',['plain'])],
[N('KOMMENTAR:','section label'),N('die wichtigste Völkerrechtsnorm','evaluation, not a reference')], allow_overlap=True)

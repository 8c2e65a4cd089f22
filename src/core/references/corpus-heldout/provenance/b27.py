from lib import *
add('ho-de-014','de','https://knigalit.ru/avtori/bernhardkempen/book2169621/chitat/?page=27','knigalit.ru (B. Kempen, Völkerrecht, Leseprobe)',None,
"""3. Vorgaben der UN-Charta
OglavlenieHeute""".replace('Oglavlenie','Оглавление')+""" gilt völkerrechtlich auf der Ge- und Verbotsebene das sog. „universelle“ → Gewaltverbot gem. Art. 2 Ziff. 4 der Charta der → Vereinten Nationen (UN-Charta, Sart. II, Nr. 1), das militärische Gewaltanwendung oder ihre Androhung in den zwischenstaatlichen Beziehungen verbietet. Zur Strafbarkeit eines Verstoßes gegen das universelle Gewaltverbot äußert sich die UN-Charta nicht. Sie unterscheidet begrifflich allerdings zwischen einem „Aggressionsakt“ (act of aggression), der in Art. 39 UN-Ch. einer Bedrohung (threat to the peace) oder einem Bruch des Friedens (breach of the peace) gleichgestellt wird, und ermöglicht, dass der UN-Sicherheitsrat Kapitel VII-Maßnahmen nach Art. 41 ff. UN-Ch. ergreift (→ System kollektiver Sicherheit), und dem grundsätzlich unabhängig vom Sicherheitsrat bestehenden naturgegebenen Recht der Staaten zur individuellen und kollektiven → Selbstverteidigung, das in Art. 51 UN-Ch. anerkannt, aber nur durch einen „bewaffneten Angriff“ (armed attack) ausgelöst wird.""",
[R('UN-Charta','document',[],'UN Charter (section heading)','un-charter',['whole-document','headline']),
 R('Art. 2 Ziff. 4 der Charta der → Vereinten Nationen','paragraph',['4'],'UN Charter (cross-reference arrow inside the span)','un-charter',['nested','abbreviated'],('article',['2'])),
 R('UN-Charta, Sart. II, Nr. 1','document',[],'UN Charter as item no. 1 of the Sartorius II collection (the collection number is a citation of where the text is found)','un-charter',['abbreviated']),
 R('die UN-Charta','document',[],'UN Charter','un-charter',['whole-document']),
 R('Sie','document',[],'anaphoric pronoun: UN Charter','un-charter',['anaphoric','whole-document']),
 R('Art. 39 UN-Ch.','article',['39'],'UN Charter','un-charter',['abbreviated']),
 R('Kapitel VII','chapter',['VII'],'UN Charter (inside the compound "Kapitel VII-Maßnahmen")','un-charter',['plain']),
 R('Art. 41 ff. UN-Ch.','article',['41 ff.'],'UN Charter, Art. 41 and following (open range)','un-charter',['abbreviated','range']),
 R('Art. 51 UN-Ch.','article',['51'],'UN Charter','un-charter',['abbreviated'])],
[N('3.','the book\'s own section number'),N('Оглавление','Cyrillic UI word ("table of contents") glued to the next word in the source'),N('(act of aggression)','English gloss')])

add('ho-de-015','de','http://www.inidia.de/artikel_2_unocharta.htm','inidia.de (kommentierter Text von Artikel 2 UN-Charta)',None,
"""Artikel 2 UNO-Charta

Die Organisation und ihre Mitglieder handeln im Verfolg der in Artikel 1 dargelegten Ziele nach folgenden Grundsätzen:

 
1. Die Organisation beruht auf dem Grundsatz der souveränen Gleichheit aller ihrer Mitglieder. Dieser Grundsatz wiederholt den Anspruch aus Art.1 Nr.2, aber wurde bis heute nicht überzeugend umgesetzt:  \"Gleichheit der Nationen\"?
2. Alle Mitglieder erfüllen, um ihnen allen die aus der Mitgliedschaft erwachsenden Rechte und Vorteile zu sichern, nach Treu und Glauben die Verpflichtungen, die sie mit dieser Charta übernehmen. Generalklausel für UNO-Konformität allen Verhaltens""",
[R('Artikel 2 UNO-Charta','article',['2'],'UN Charter (page heading)','un-charter',['plain','headline']),
 R('in Artikel 1','article',['1'],'quoted Charter text citing its own Article 1 (labelled with the quoted document\'s key)','un-charter',['anaphoric']),
 R('Art.1 Nr.2','paragraph',['2'],'UN Charter (commentator\'s cross-reference, no spaces)','un-charter',['nested','abbreviated'],('article',['1'])),
 R('dieser Charta','document',[],'quoted self-reference of the UN Charter','un-charter',['anaphoric','whole-document'])],
[N('1.','the article\'s own paragraph label'),N('2.','the article\'s own paragraph label'),N('Generalklausel','commentator\'s label, not a reference')])

add('ho-de-016','de','https://blog.prif.org/author/hsimon/','PRIF Blog (Hendrik Simon)',None,
"""Der Ukraine-Krieg und das Völkerrecht. Ist das Gewaltverbot nun endgültig tot?

Der Einmarsch Russlands in die Ukraine erschüttert erneut das Vertrauen in das Völkerrecht: Er stellt einen besonders schwerwiegenden Verstoß gegen das Gewaltverbot der UN-Charta dar. Das Gewaltverbot untersagt Staaten die einseitige Androhung und Anwendung militärischer Gewalt außer zu Zwecken der Selbstverteidigung bei einem bewaffneten Angriff (Art. 2, Abs. 4 in Verbindung mit Art. 51). Dieses Verbot hat Russland gebrochen. Versetzt das dem bereits mehrfach totgesagten völkerrechtlichen Gewaltverbot endgültig den Todesstoß?""",
[R('das Gewaltverbot der UN-Charta','paragraph',['4'],'UN Charter Art. 2(4) named by its content ("the prohibition of force of the UN Charter")','un-charter',['plain']),
 R('Art. 2, Abs. 4','paragraph',['4'],'UN Charter (implicit)','un-charter',['nested','abbreviated'],('article',['2'])),
 R('Art. 51','article',['51'],'UN Charter (implicit)','un-charter',['abbreviated'])],
[N('Dieses Verbot','anaphor to the norm, judgement call: not labelled again'),N('Ist das Gewaltverbot nun endgültig tot?','headline question about the norm, no citation')])

add('ho-de-017','de','https://taketonews.com/de/?p=1368','taketonews.com (German)',None,
"""Die von Wladimir Putin angeordnete russische Operation auf ukrainischem Territorium, bei der gepanzerte Fahrzeuge und Bodentruppen in einem Schraubstock auf die wichtigsten Städte und bewohnten Zentren vorrücken, verstößt gegen einige Regeln des Völkerrechts. Die wichtigste, die die Anwendung von Gewalt in den internationalen Beziehungen regelt, ist die am 24. Oktober 1945 in Kraft getretene Charta der Vereinten Nationen (insbesondere Artikel 2 Absatz 4). Es liegt auch ein Verstoß gegen eine von der Generalversammlung der Vereinten Nationen im Jahr 1970 angenommene Resolution über „Prinzipien des Völkerrechts über freundschaftliche Beziehungen und Zusammenarbeit zwischen Staaten in Übereinstimmung mit der Charta der Vereinten Nationen“ vor. Die russische Aggression verstößt auch gegen die Bestimmungen der Schlussakte von Helsinki, die im Rahmen der Konferenz über Sicherheit und Zusammenarbeit in Europa (KSZE) von 1972 formalisiert wurde.""",
[R('die am 24. Oktober 1945 in Kraft getretene Charta der Vereinten Nationen','document',[],'UN Charter','un-charter',['whole-document']),
 R('Artikel 2 Absatz 4','paragraph',['4'],'UN Charter','un-charter',['nested'],('article',['2'])),
 R('eine von der Generalversammlung der Vereinten Nationen im Jahr 1970 angenommene Resolution über „Prinzipien des Völkerrechts über freundschaftliche Beziehungen und Zusammenarbeit zwischen Staaten in Übereinstimmung mit der Charta der Vereinten Nationen“','document',[],'UNGA resolution 2625 (XXV), Friendly Relations Declaration','unga-2625',['whole-document']),
 R('der Charta der Vereinten Nationen','document',[],'UN Charter (inside the resolution title)','un-charter',['whole-document']),
 R('die Bestimmungen der Schlussakte von Helsinki','clause',[],'Helsinki Final Act (its provisions; the source wrongly dates it 1972, the Act is of 1975)','helsinki-final-act-1975',['plain'])],
[N('einige Regeln des Völkerrechts','vague'),N('(KSZE) von 1972','wrong year in source; a conference, not a document')])

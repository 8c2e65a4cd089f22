from lib import *
add('ho-es-001','es','https://www.eldiarioar.com/mundo/articulo-99-carta-onu-activo-pedir-alto-fuego-gaza_1_10749077.html','elDiarioAR','2023-12-07',
"""El secretario general de la ONU, António Guterres, invocó por primera vez en todo su mandato el Artículo 99 de la Carta de la ONU, que permite al secretario general “llamar la atención al Consejo de Seguridad sobre cualquier asunto que, en su opinión, pueda amenazar el mantenimiento de la paz y seguridad internacionales”.

En su carta al presidente del Consejo de Seguridad, Guterres recuerda la cifra de muertos y desplazados y subraya la imposibilidad de llevar a cabo operaciones humanitarias. “La situación se deteriora rápido hacia una catástrofe con posibles implicaciones irreversibles para los palestinos en su conjunto y para la paz y seguridad en la región”.

El ministro de Exteriores de Israel, Eli Cohen, criticó la carta de Guterres atacando personalmente al secretario general: “El mandato de Guterres es un peligro para la paz mundial. Su petición de activar el artículo 99 y el llamamiento a un alto el fuego en Gaza constituye un apoyo a la organización terrorista Hamas y un respaldo al asesinato de ancianos, el secuestro de bebés y la violación de mujeres.""",
[R('el Artículo 99 de la Carta de la ONU','article',['99'],'UN Charter','un-charter',['plain']),
 R('su carta al presidente del Consejo de Seguridad','document',[],'Letter of the Secretary-General under Art. 99 (6 Dec 2023)','unknown',['whole-document']),
 R('la carta de Guterres','document',[],'anaphoric: the SG letter of 6 Dec 2023','unknown',['anaphoric','whole-document']),
 R('el artículo 99','article',['99'],'UN Charter','un-charter',['plain'])],
[N('por primera vez','"for the first time": ordinal-like, not a reference'),N('El mandato de Guterres','a term of office, not a document (Spanish "mandato")')])

add('ho-es-002','es','https://fdocuments.co/document/carta-de-las-naciones-unidas-universidad-de-a-jalcaide-a-mcarta-de-las-naciones.html','fdocuments.co (Universidad de Sevilla copy of the UN Charter)',None,
"""CARTA DE LAS NACIONES UNIDAS NOTA INTRODUCTORIA La Carta de las Naciones Unidas se firmó el 26 de junio de 1945 en San Francis- co, al terminar la Conferencia de las Naciones Unidas sobre Organización Internacional, y entró en vigor el 24 de octubre del mismo año. El Estatuto de la Corte Internacional de Justicia es parte integrante de la Carta. El 17 de diciembre de 1963 la Asamblea General aprobó enmiendas a los Artí- culos 23, 27 y 61 de la Carta, las que entraron en vigor el 31 de agosto de 1965. El 20 de diciembre de 1971 la Asamblea General aprobó otra enmienda al Artículo 61, la que entró en vigor el 24 de septiembre de 1973. Una enmienda al Artículo 109, aprobada por la Asamblea General el 20 de diciembre de 1965, entró en vigor el 12 de junio de 1968. La enmienda al Artículo 23 aumentó el número de miembros del Consejo de Se- guridad de once a quince.""",
[R('CARTA DE LAS NACIONES UNIDAS','document',[],'UN Charter (title)','un-charter',['whole-document','headline']),
 R('La Carta de las Naciones Unidas','document',[],'UN Charter','un-charter',['whole-document']),
 R('El Estatuto de la Corte Internacional de Justicia','document',[],'ICJ Statute','icj-statute',['whole-document']),
 R('la Carta','document',[],'UN Charter','un-charter',['whole-document']),
 R('los Artí- culos 23, 27 y 61 de la Carta','article',['23','27','61'],'UN Charter (hyphenated line break in source)','un-charter',['list']),
 R('al Artículo 61','article',['61'],'UN Charter','un-charter',['plain']),
 R('al Artículo 109','article',['109'],'UN Charter','un-charter',['plain']),
 R('al Artículo 23','article',['23'],'UN Charter','un-charter',['plain'])],
[N('NOTA INTRODUCTORIA','section label'),N('de once a quince','number words counting members'),N('el 24 de octubre del mismo año','date')])

add('ho-es-003','es','https://s-crepy.com/mastah-kampret/5EzZy9mLuVnL3d3d6MHc0/es/about-us/un-charter/chapter-1','s-crepy.com (mirror of un.org, Charter chapter I)',None,
"""Capítulo I: Propósitos y principios (Artículos 1-2)
- Carta de las Naciones Unidas
- Capítulo I: Propósitos y principios (Artículos 1-2)
Carta de las Naciones Unidas, Capítulo I:
Propósitos y principios
Artículo 1
Los propósitos de las Naciones Unidas son:""",
[R('Capítulo I: Propósitos y principios (Artículos 1-2)','chapter',['I'],'UN Charter (page title)','un-charter',['headline']),
 R('Artículos 1-2','article',['1-2'],'UN Charter (range inside the chapter title)','un-charter',['range']),
 R('Carta de las Naciones Unidas','document',[],'UN Charter (breadcrumb)','un-charter',['whole-document']),
 R('Capítulo I: Propósitos y principios (Artículos 1-2)','chapter',['I'],'UN Charter (breadcrumb)','un-charter',['headline']),
 R('Artículos 1-2','article',['1-2'],'UN Charter (range)','un-charter',['range']),
 R('Carta de las Naciones Unidas, Capítulo I','chapter',['I'],'UN Charter (heading)','un-charter',['headline'])],
[N('Artículo 1','the heading of the article reproduced on the page (document\'s own unit label), not a citation')])

add('ho-es-004','es','https://s-crepy.com/mastah-kampret/5EzZy9mLuVnL3d3d6MHc0/es/about-us/un-charter/chapter-1','s-crepy.com (mirror of un.org, Charter chapter I)',None,
"""Artículo 2
Para la realización de los Propósitos consignados en el Artículo 1, la Organización y sus Miembros procederán de acuerdo con los siguientes Principios:
- La Organización esta basada en el principio de la igualdad soberana de todos sus Miembros.
- Los Miembros de la Organización, a fin de asegurarse los derechos y beneficios inherentes a su condición de tales, cumplirán de buena fe las obligaciones contraidas por ellos de conformidad con esta Carta.""",
[R('el Artículo 1','article',['1'],'self: UN Charter citing its own Article 1','self',['self']),
 R('esta Carta','document',[],'self: the UN Charter','self',['self','whole-document'])],
[N('Artículo 2','the document\'s own article heading'),N('los siguientes Principios','cataphoric to the list that follows, not a unit citation (judgement call)')])

import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
UN='un-charter'
t=J(r"El art. 2.4 de la Carta de las Naciones Unidas consagra, con carácter general, el principio de la prohibición del uso de la fuerza. Esta norma tiene una formulación más completa que la prohibición contenida en el Pacto Briand-Kellogg porque, en primer lugar, no se refiere exclusivamente a la guerra sino al “uso de la fuerza” y porque, en segundo lugar, la prohibición comprende no sólo el uso de la fuerza, sino también la “amenaza” al uso de la fuerza.\nLa generalidad de la formulación del principio, al no precisar las modalidades de “fuerza” que se consideran prohibidas, ha planteado la cuestión de si cualquier uso de “fuerza” está prohibido o si la prohibición se refiere exclusivamente a la “fuerza armada”.\nSegún la interpretación de Kelsen, la Carta prohibiría cualquier tipo de medida de coerción como las medidas de carácter económico, la interrupción de comunicaciones e, incluso, las de carácter político, como la ruptura de relaciones diplomáticas. No obstante, se trata de una interpretación excesivamente amplia.\nPara Jiménez de Aréchaga el término “fuerza” debe entenderse con la significación de “fuerza armada”. Esta interpretación es mucho más acertada, ya que así se deduce del contexto de la Carta.\nEn la actualización e interpretación de los principios contenidos en la Carta de las Naciones Unidas que realizó la “Declaración sobre los principios de Derecho internacional referentes a las relaciones de amistad y a la cooperación entre los Estados de conformidad con la Carta de las Naciones Unidas” aneja a la Resolución 2625 (XXV) Asamblea General de las Naciones Unidas, adoptada el 24 de octubre de 1970, se consideran expresamente algunas modalidades del uso de la fuerza que se han extendido en las últimas décadas.\nLa Declaración incluye en la prohibición del uso de la fuerza la organización de bandas armadas.")
FR='unga-2625'
add('h2-es-016','es','https://www.derechouned.com/libro/internacional/prohibicion-del-uso-de-la-fuerza-en-la-carta','DerechoUNED (study notes)',None,t,[
 R('art. 2.4 de la Carta de las Naciones Unidas','paragraph',['4'],'UN Charter Art. 2(4), written "art. 2.4"',UN,['nested','abbreviated'],parent=('article',['2'])),
 R('Esta norma','paragraph',['4'],'anaphoric: Art. 2(4) ("this norm")',UN,['anaphoric']),
 R('el Pacto Briand-Kellogg','document',[],'Kellogg–Briand Pact (1928)','kellogg-briand-1928',['whole-document']),
 R('la Carta','document',[],'anaphoric: UN Charter',UN,['anaphoric','whole-document']),
 R('la Carta','document',[],'anaphoric: UN Charter ("context of the Charter")',UN,['anaphoric','whole-document']),
 R('la Carta de las Naciones Unidas','document',[],'UN Charter',UN,['whole-document']),
 R('“Declaración sobre los principios de Derecho internacional referentes a las relaciones de amistad y a la cooperación entre los Estados de conformidad con la Carta de las Naciones Unidas”','document',[],'Friendly Relations Declaration',FR,['whole-document']),
 R('la Carta de las Naciones Unidas','document',[],'UN Charter, inside the Declaration title',UN,['whole-document','nested']),
 R('Resolución 2625 (XXV) Asamblea General de las Naciones Unidas, adoptada el 24 de octubre de 1970','document',[],'UNGA resolution 2625 (XXV), to which the Declaration is annexed',FR,['whole-document']),
 R('La Declaración','document',[],'anaphoric: the Friendly Relations Declaration',FR,['anaphoric','whole-document']),
],near=[N('en primer lugar','ordinal discourse marker'),N('en segundo lugar','ordinal discourse marker'),N('Esta interpretación','anaphor to an interpretation, not a document')])

t=J(r"Descubre el significado del artículo 2 de la Carta de la ONU\nLa Organización de las Naciones Unidas (ONU) es una institución internacional que tiene como objetivo mantener la paz y la seguridad en el mundo, fomentar el desarrollo sostenible y proteger los derechos humanos. La Carta de la ONU es el documento fundacional de esta organización y establece los principios y objetivos que rigen su funcionamiento. En este artículo, vamos a profundizar en el significado del artículo 2 de la Carta de la ONU.\n- ¿Qué es el artículo 2 de la Carta de la ONU?\n- Principios fundamentales del artículo 2\n- ¿Por qué es importante el artículo 2?\n-\nPreguntas frecuentes\n- 1. ¿Qué sucede si un Estado viola el artículo 2?\n- 2. ¿Qué es la legítima defensa según el artículo 2?\n- 3. ¿Qué es el Consejo de Seguridad de la ONU?\n- 4. ¿Qué es la Asamblea General de la ONU?\n- 5. ¿Qué es la Declaración Universal de Derechos Humanos?\n- 6. ¿Cuántos Estados miembros tiene la ONU?\n- 7. ¿Qué es el derecho internacional?\n¿Qué es el artículo 2 de la Carta de la ONU?\nEl artículo 2 de la Carta de la ONU es uno de los más importantes de este documento.")
add('h2-es-017','es','https://derecho.gea.lat/descubre-el-significado-del-articulo-2-de-la-carta-de-la-onu','derecho.gea.lat',None,t,[
 R('artículo 2 de la Carta de la ONU','article',['2'],'UN Charter Art. 2 (title)',UN,['plain','headline']),
 R('La Carta de la ONU','document',[],'UN Charter',UN,['whole-document']),
 R('artículo 2 de la Carta de la ONU','article',['2'],'UN Charter Art. 2',UN,['plain']),
 R('artículo 2 de la Carta de la ONU','article',['2'],'UN Charter Art. 2 (table of contents)',UN,['plain','headline']),
 R('artículo 2','article',['2'],'Art. 2 (table of contents)',UN,['anaphoric','headline']),
 R('artículo 2','article',['2'],'Art. 2 (table of contents)',UN,['anaphoric','headline']),
 R('artículo 2','article',['2'],'Art. 2 (FAQ item)',UN,['anaphoric','headline']),
 R('artículo 2','article',['2'],'Art. 2 (FAQ item)',UN,['anaphoric','headline']),
 R('la Declaración Universal de Derechos Humanos','document',[],'Universal Declaration of Human Rights','udhr-1948',['whole-document','headline']),
 R('artículo 2 de la Carta de la ONU','article',['2'],'UN Charter Art. 2 (section heading)',UN,['plain','headline']),
 R('artículo 2 de la Carta de la ONU','article',['2'],'UN Charter Art. 2',UN,['plain']),
 R('este documento','document',[],'anaphoric: the Charter',UN,['anaphoric','whole-document']),
],near=[N('En este artículo','"in this article" = the web page itself (article as text genre)'),N('el documento fundacional','predicate "the founding document"'),N('1. ¿Qué','FAQ item label'),N('Preguntas frecuentes','section label')])

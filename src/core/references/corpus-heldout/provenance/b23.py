from lib import *
add('ho-es-005','es','http://tortillaconsal.com/albared/node/7716','Tortilla con Sal (Agencia Venezolana de Noticias)','2016-12-28',
"""Mediante un comunicado, difundido por la ministra para Relaciones Exteriores de Venezuela, Delcy Rodríguez, en su cuenta en Twitter; el MNOAL reconoció \"la importancia de la resolución recientemente adoptada en el rescate de la viabilidad de la solución de dos Estados, sobre la base de las fronteras anteriores a 1967, así como las perspectivas de una paz justa, duradera e integral\".



La resolución, presentada por Egipto, se aprobó con 14 votos a favor y la abstención del gobierno de los Estados Unidos (EEUU), que desde hace años protege a Israel con su poder de veto en el Consejo de Seguridad.



A continuación el texto:

Comunicado del Buró de Coordinación del Movimiento de Países No Alineados (MNOAL) dándole la bienvenida a la adopción de la resolución 2334 (2016) del Consejo de Seguridad sobre los Asentamientos Israelíes en los territorios palestinos ocupados, incluida en Jerusalén Oriental

Nueva York, 27 de diciembre de 2016



1. En los albores de 2017, declarado durante la XVII Cumbre de Isla de Margarita como el año internacional para poner fin a la ocupación israelí de Palestina, los miembros del Movimiento de Países No Alineados (MNOAL) dieron la bienvenida a la resolución 2334 (2016) del Consejo de Seguridad,""",
[R('un comunicado','document',[],'Communiqué of the NAM Coordinating Bureau of 27 Dec 2016','unknown',['whole-document']),
 R('la resolución recientemente adoptada','document',[],'anaphoric (quoted): UNSC resolution 2334 (2016)','unsc-2334',['anaphoric','whole-document']),
 R('La resolución','document',[],'anaphoric: UNSC resolution 2334 (2016)','unsc-2334',['anaphoric','whole-document']),
 R('el texto','document',[],'cataphoric: the NAM communiqué that follows','unknown',['anaphoric','whole-document']),
 R('Comunicado del Buró de Coordinación del Movimiento de Países No Alineados (MNOAL)','document',[],'NAM communiqué (title), self-title of the quoted text','unknown',['whole-document','headline']),
 R('la resolución 2334 (2016) del Consejo de Seguridad sobre los Asentamientos Israelíes en los territorios palestinos ocupados, incluida en Jerusalén Oriental','document',[],'UNSC resolution 2334 (2016)','unsc-2334',['whole-document']),
 R('la resolución 2334 (2016) del Consejo de Seguridad','document',[],'UNSC resolution 2334 (2016)','unsc-2334',['whole-document'])],
[N('14 votos a favor','vote count'),N('1.','own paragraph label of the communiqué'),N('XVII Cumbre','summit number (Roman numeral)'),N('Nueva York, 27 de diciembre de 2016','dateline')])

add('ho-es-006','es','http://www.elsalvadornoticias.net/2016/12/27/onu-reafirma-ilegalidad-asentamientos-israelies-territorios-palestinos/','El Salvador Noticias','2016-12-27',
"""El Consejo de Seguridad adoptó el viernes 23 de diciembre de 2016 una resolución que reafirma la ilegalidad de los asentamientos israelíes en los territorios palestinos ocupados, incluida Jerusalén oriental.

El texto señala que dichos asentamientos constituyen una flagrante violación de las leyes internacionales y reitera la exigencia de que Israel ponga fin de inmediato y por completo a todas sus actividades de ese tipo.

El documento, aprobado con 14 votos a favor y la abstención de Estados Unidos, indica además, que esos asentamientos constituyen un gran obstáculo para alcanzar la solución de dos Estados y un acuerdo de paz justo y duradero.

El texto fue presentado por Malasia, Nueva Zelanda Senegal y Venezuela.""",
[R('una resolución que reafirma la ilegalidad de los asentamientos israelíes en los territorios palestinos ocupados, incluida Jerusalén oriental','document',[],'UNSC resolution 2334 (2016), identified by date and subject','unsc-2334',['whole-document']),
 R('El texto','document',[],'anaphoric: resolution 2334','unsc-2334',['anaphoric','whole-document']),
 R('El documento','document',[],'anaphoric: resolution 2334','unsc-2334',['anaphoric','whole-document']),
 R('El texto','document',[],'anaphoric: resolution 2334 (draft as submitted)','unsc-2334',['anaphoric','whole-document'])],
[N('un acuerdo de paz justo y duradero','a hoped-for peace agreement, not an existing document'),N('14 votos a favor','vote count')])

add('ho-zh-011','zh','https://itansuo.net/Details/grob.html','itansuo.net','2024-09-20',
"""当地时间19日,联合国安理会就巴以局势,特别是就要求以色列停止非法定居活动的安理会第2334号决议落实情况举行公开会。中国常驻联合国副代表耿爽在发言时表示,占领不会让以色列更加安全,只会滋生更多的仇恨和对立,让巴以双方永远陷入暴力冲突的恶性循环。只有结束占领,让巴勒斯坦实现独立建国,才能真正实现巴以和平共处,实现中东长治久安。耿爽表示,在加沙冲突延宕不已、中东局势复杂难解的关键时刻,紧急特别联大以压倒性多数通过决议具有重要历史意义。""",
[R('要求以色列停止非法定居活动的安理会第2334号决议','document',[],'UNSC resolution 2334 (2016)','unsc-2334',['whole-document']),
 R('紧急特别联大以压倒性多数通过决议','document',[],'UNGA resolution ES-10/24 of 18 Sept 2024 (identified by context)','unga-es-10-24',['whole-document'])],
[N('当地时间19日','date'),N('公开会','a meeting, not a document')])

add('ho-zh-012','zh','https://iqna.ir/zh/news/3470417/%E8%81%94%E5%90%88%E5%9B%BD%E9%80%9A%E8%BF%87%E4%B8%89%E9%A1%B9%E6%94%AF%E6%8C%81%E5%B7%B4%E5%8B%92%E6%96%AF%E5%9D%A6%E7%9A%84%E5%86%B3%E8%AE%AE','IQNA (中文)','2021-12-04',
"""德黑兰(伊可纳)联合国大会以多数票通过了关于解决巴勒斯坦问题、犹太复国主义政权撤出被占领土的必要性以及被占耶路撒冷地位的三项决议。

据本社援引联合国新闻网站消息称,第一项关于“和平解决巴勒斯坦问题”的决议以148票赞成、9票反对(包括美国和犹太复国主义政权)和14票弃权获得通过。

决议强调需要及时召开国际首脑会议,以促进和实现巴以双方公正、持久和包容的和平。

该决议还呼吁犹太复国主义政权遵守国际法,不要在包括东耶路撒冷在内的被占领土上采取任何旨在改变其人口和地理结构的单方面行动。

该决议强调犹太复国主义政权需要完全撤出 1967 年被占领土,包括东耶路撒冷,并为巴勒斯坦难民的困境找到公正的解决方案。

第二项关于东耶路撒冷的决议以129票赞成、11票反对(包括美国和犹太复国主义政权)和31票弃权获得通过。

该决议还强调犹太复国主义政权在被占领土上为执行其法律和控制圣城而采取的任何行动都是非法的。""",
[R('第一项关于“和平解决巴勒斯坦问题”的决议','document',[],'UNGA resolution "Peaceful settlement of the question of Palestine" (Dec 2021, 76/10)','unga-76-10',['whole-document','ordinal']),
 R('决议','document',[],'anaphoric: the first resolution','unga-76-10',['anaphoric','whole-document']),
 R('该决议','document',[],'anaphoric: the first resolution','unga-76-10',['anaphoric','whole-document']),
 R('该决议','document',[],'anaphoric: the first resolution','unga-76-10',['anaphoric','whole-document']),
 R('第二项关于东耶路撒冷的决议','document',[],'UNGA resolution on Jerusalem (Dec 2021, 76/12)','unga-76-12',['whole-document','ordinal']),
 R('该决议','document',[],'anaphoric: the second resolution','unga-76-12',['anaphoric','whole-document'])],
[N('三项决议','count of resolutions (number word), no single one cited'),N('148票赞成、9票反对','vote count'),N('129票赞成、11票反对','vote count')])

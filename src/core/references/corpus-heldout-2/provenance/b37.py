import sys; sys.path.insert(0,'/work/corpus3/provenance')
from lib import *
U='unsc-2334'; UN='un-charter'
t=J(r"THE FACTS: UN Resolution 2334 and Its Lies about Israel\nNews Special Reports\nJanuary 11, 2017\n\nEnclosed is a concise description of the major falsehoods contained in United Nations Security Council Resolution 2334, adopted on December 23, 2016.  This resolution has absurdly and shockingly labeled Judaism’s holiest places, such as the Temple Mount and the Western Wall, as “occupied Arab land.”  It has also wrongly labeled Judea and Samaria, the Jewish Quarter, Hebrew University, Hadassah Hospital and the Mt. of   Olives – the site of the oldest Jewish cemetery in the world – as “occupied Arab land.” \n\nQuite simply, Resolution 2334 has turned the truth on its head.  It has also attempted to negate UN Resolution 242, Article 80 of the League of Nations, and the Oslo agreements, which proclaimed either that these areas are sovereign Jewish land or that negotiations between the parties are required to make a final determination of the status of these areas.  Either way, a UN resolution cannot unilaterally decide. \n\nWe hope this is a useful resource for you, clarifying your understanding of why UN Resolution 2334 is unfair, unjust and even anti-Semitic.\n\n\n\n  1. UN: Israel has no legitimate claim to Judea and Samaria because the land was acquired by force.\n\n\n  • Israel has a legitimate legal claim to Judea and Samaria, which pre-dates the 1967 war. The 1917 Balfour Declaration recognized the Jewish people’s historic connection to the land of Israel, and explicitly called for the establishment of a national home for the Jewish people. This declaration was incorporated by the Allied Powers in a resolution at the 1920 San Remo conference. A Jewish national homeland, including Judea and Samaria, was enshrined in the League of Nations’ British Mandate for Palestine. (Palestine was a region, never a state) and later recognized in Article 80 of the UN Charter.")
add('h2-en-008','en','https://zoa.org/2017/01/10348865-fact-sheet-un-resolution-2334-and-its-lies-about-israel/','Zionist Organization of America (fact sheet)','2017-01-11',t,[
 R('UN Resolution 2334','document',[],'UNSC resolution 2334 (headline)',U,['whole-document','headline']),
 R('United Nations Security Council Resolution 2334, adopted on December 23, 2016','document',[],'UNSC resolution 2334',U,['whole-document']),
 R('This resolution','document',[],'anaphoric: 2334',U,['anaphoric','whole-document']),
 R('It','document',[],'pronoun = the resolution',U,['anaphoric','whole-document']),
 R('Resolution 2334','document',[],'UNSC resolution 2334',U,['whole-document']),
 R('It','document',[],'pronoun = resolution 2334',U,['anaphoric','whole-document']),
 R('UN Resolution 242','document',[],'UNSC resolution 242 (1967)','unsc-242',['whole-document','list']),
 R('Article 80 of the League of Nations','article',['80'],'as written; the author means Article 80 of the UN Charter (cited correctly at the end) — the League Covenant has only 26 articles',UN,['plain','list']),
 R('the Oslo agreements','document',[],'the Oslo Accords (1993/1995)','oslo-accords',['whole-document','list']),
 R('which','document',[],'relative pronoun = the documents just listed','unknown',['anaphoric','whole-document']),
 R('UN Resolution 2334','document',[],'UNSC resolution 2334',U,['whole-document']),
 R('The 1917 Balfour Declaration','document',[],'Balfour Declaration (1917)','balfour-declaration-1917',['whole-document']),
 R('This declaration','document',[],'anaphoric: Balfour Declaration','balfour-declaration-1917',['anaphoric','whole-document']),
 R('a resolution at the 1920 San Remo conference','document',[],'San Remo resolution of 25 April 1920','san-remo-resolution-1920',['whole-document']),
 R('League of Nations’ British Mandate for Palestine','document',[],'Mandate for Palestine (1922)','mandate-palestine-1922',['whole-document']),
 R('Article 80 of the UN Charter','article',['80'],'UN Charter Art. 80',UN,['plain']),
],occ={3:nth(t,'It','It has also wrongly'),5:nth(t,'It','It has also attempted'),9:nth(t,'which','which proclaimed')},near=[N('January 11, 2017','date'),N('a UN resolution','"a UN resolution" in general'),N('1. UN:','item label of the fact sheet'),N('News Special Reports','section labels')])

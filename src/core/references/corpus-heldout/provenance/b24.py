from lib import *
T='trilateral-2020-11-10'; TD='Trilateral Statement of 9/10 November 2020'
W='washington-2025-08-08'; WD='Joint Declaration of Washington, 8 August 2025'
P='az-am-peace-2025'
add('ho-en-018','en','https://poravalits.ru/en/article/2026-10','poravalits.ru (English)',None,
"""On August 8, Azerbaijani leader Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan formally agreed to end military confrontations through a joint declaration. The signing ceremony was hosted at the White House under the facilitation of U.S. President Donald Trump.
\"This marks a historic achievement for peace. Both nations have committed to ending all armed conflict permanently, restoring economic ties, reopening travel routes, reestablishing diplomatic channels, and mutually recognizing sovereignty and territorial boundaries,\" Trump stated during the document's signing.
The U.S. president further mentioned that Washington had secured agreements with both countries to collaborate in energy, commerce, and technological sectors. Additionally, defense cooperation restrictions against Azerbaijan would be lifted.
A key provision of the declaration involves establishing a transit route connecting mainland Azerbaijan to the Nakhchivan Autonomous Republic via Armenian territory. Trump emphasized this arrangement would ensure Azerbaijan's access to Nakhchivan while \"fully upholding Armenia's sovereign rights.\"
This development follows the November 2020 ceasefire mediated by Russian President Vladimir Putin after Armenian troops suffered setbacks in Nagorno-Karabakh. The new agreement supersedes the previous conflict-resolution framework involving Russia, France, and the United States, as reported by BBC Russian Service.""",
[R('a joint declaration','document',[],WD,W,['whole-document']),
 R('the document\'s signing','document',[],'anaphoric: '+WD,W,['anaphoric','whole-document']),
 R('A key provision of the declaration','point',['3'],'anaphoric: the provision on unimpeded transit to Nakhchivan = point 3 of '+WD+' (number inferred from content)',W,['anaphoric']),
 R('The new agreement','document',[],'anaphoric: '+WD+' (called "agreement")',W,['anaphoric','whole-document'])],
[N('agreements with both countries to collaborate','unspecified cooperation deals (later MoUs), not identified here; judgement call'),N('the November 2020 ceasefire','a ceasefire event; judgement call: not labelled as the Trilateral Statement'),N('the previous conflict-resolution framework','the OSCE Minsk Group format, not a document')])

add('ho-en-019','en','https://sfg.media/en/a/azerbaijan-and-armenia-sign-declaration-renouncing-war-brokered-by-trump','SFG Media',None,
"""Azerbaijan and Armenia have formally renounced military confrontation, enshrining the decision in a declaration signed on August 8 in Washington with the mediation of U.S. President Donald Trump. The document capped negotiations that began in 2023, after Baku established full control over Nagorno-Karabakh. The text of the agreement was finalized in March 2025, but a July meeting between Ilham Aliyev and Nikol Pashinyan in Abu Dhabi produced no tangible results.
\"We have succeeded in establishing peace,\" Trump said, noting that the agreement does not yet constitute a full-fledged peace treaty. \"They fought for 35 years, and now they are friends.\" Aliyev called the declaration a step toward \"a bright and secure future\" and \"turning the page on confrontation and bloodshed.\" Pashinyan said the document opens \"a new chapter of peace, prosperity, security, and economic cooperation in the South Caucasus.\"""",
[R('a declaration signed on August 8 in Washington','document',[],WD,W,['whole-document']),
 R('The document','document',[],'anaphoric: '+WD,W,['anaphoric','whole-document']),
 R('The text of the agreement','document',[],'the Armenia–Azerbaijan peace agreement (text finalised March 2025)',P,['anaphoric','whole-document']),
 R('the agreement','document',[],'anaphoric: '+WD,W,['anaphoric','whole-document']),
 R('the declaration','document',[],'anaphoric: '+WD,W,['anaphoric','whole-document']),
 R('the document','document',[],'anaphoric: '+WD,W,['anaphoric','whole-document'])],
[N('a full-fledged peace treaty','a treaty not yet concluded'),N('a new chapter of peace','metaphorical "chapter", not a document unit'),N('35 years','time span')])

add('ho-en-020','en','https://newpan.vk.am/en/?p=325227','PanARMENIAN / newpan.vk.am','2025-08-07',
"""He says the following documents are expected to be signed by the countries’ leaders:

Joint Declaration

This is the main document to be signed by Prime Minister Nikol Pashinyan and President Ilham Aliyev, mediated by the U.S. President. Its goal is to shape an “irreversible path to peace,” emphasizing not conflict prevention, but the establishment of lasting peace.

Pre-signing of Peace Agreement

The foreign ministers of Armenia and Azerbaijan will pre-sign a peace agreement that has been in development for the past 4–5 months. This step symbolizes both sides’ commitment to the agreed terms.

Letter on Withdrawal from the OSCE Minsk Group

The foreign ministers will also sign a joint letter on exiting the OSCE Minsk Group, arguing that the format has failed to prevent clashes.""",
[R('Joint Declaration','document',[],WD+' (subheading)',W,['whole-document','headline']),
 R('This is the main document','document',[],'anaphoric: '+WD,W,['anaphoric','whole-document']),
 R('Its goal','document',[],'anaphoric pronoun: '+WD,W,['anaphoric','whole-document']),
 R('Peace Agreement','document',[],'Armenia–Azerbaijan peace agreement (subheading)',P,['whole-document','headline']),
 R('a peace agreement that has been in development for the past 4–5 months','document',[],'Armenia–Azerbaijan peace agreement',P,['whole-document']),
 R('Letter on Withdrawal from the OSCE Minsk Group','document',[],'Joint appeal/letter to the OSCE on closing the Minsk process (subheading)','unknown',['whole-document','headline']),
 R('a joint letter on exiting the OSCE Minsk Group','document',[],'same joint letter','unknown',['whole-document'])],
[N('the following documents','cataphoric plural set, items labelled separately'),N('4–5 months','range of months, not a unit range'),N('the agreed terms','generic')])

from lib import *
add('ho-en-021','en','http://iqnews.org/index.php?do=view&type=news&id=9783','IQ News','2017-12-09',
"""The United Nations Security Council issued a resolution on Friday (December 8) to put an end to Iraq’s obligation of U.N.’s Oil-for-Food Program under Chapter IIV.

The Iraqi Foreign Ministry said in a statement today December 9 that the country was removed from the U.N. charter after “diplomatic successes” of the ministry.

The Security Council concluded all the measures imposed in its resolutions 1958 (2010) and 2335 (2016) pursuant to Chapter VII of the Charter of the United Nations in relation to the Iraq oil-for-food program had been fully implemented.

Unanimously adopting resolution 2390 (2017), the Council welcomed the fact that the remaining funds in the escrow accounts established pursuant to resolution 1958 (2010) had been transferred to the Government of Iraq pursuant to resolution 2335 (2016).

The Council acknowledged the Secretary-General’s final report on the matter (document S/2017/820), which stated, among other things, that the remaining $14,283,565 in the administrative escrow account had been transferred to Iraq.""",
[R('a resolution on Friday (December 8)','document',[],'UNSC resolution 2390 (2017)','unsc-2390',['whole-document']),
 R('Chapter IIV','chapter',['VII'],'UN Charter (typo "IIV" for VII in the source)','un-charter',['plain']),
 R('a statement today December 9','document',[],'Statement of the MFA of Iraq of 9 Dec 2017','unknown',['whole-document']),
 R('its resolutions 1958 (2010)','document',[],'UNSC resolution 1958 (2010)','unsc-1958',['list']),
 R('2335 (2016)','document',[],'UNSC resolution 2335 (2016)','unsc-2335',['list']),
 R('Chapter VII of the Charter of the United Nations','chapter',['VII'],'UN Charter','un-charter',['plain']),
 R('resolution 2390 (2017)','document',[],'UNSC resolution 2390 (2017)','unsc-2390',['whole-document']),
 R('resolution 1958 (2010)','document',[],'UNSC resolution 1958 (2010)','unsc-1958',['whole-document']),
 R('resolution 2335 (2016)','document',[],'UNSC resolution 2335 (2016)','unsc-2335',['whole-document']),
 R('the Secretary-General’s final report on the matter (document S/2017/820)','document',[],'Final report of the SG, S/2017/820','unknown',['whole-document','abbreviated'])],
[N('removed from the U.N. charter','garbled phrase (means: released from Chapter VII measures); not a citation of the Charter as a document (judgement call)'),N('$14,283,565','amount'),N('“diplomatic successes”','quoted phrase')])

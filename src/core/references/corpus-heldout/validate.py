#!/usr/bin/env python3
"""Held-out set. Validate passages.jsonl: every reference/near-miss text is an exact substring at its offsets;
report counts; check units of references against the target files (where a target file exists)."""
import json, re, collections, os
L=[json.loads(l) for l in open('passages.jsonl',encoding='utf-8')]
T=json.load(open('../corpus/targets.json',encoding='utf-8'))
bad=0
for p in L:
    t=p['text']
    for r in p['references']+p['nearMisses']:
        if r['text'] not in t: print('NOT SUBSTRING',p['id'],r['text']); bad+=1
        elif t[r['start']:r['end']]!=r['text']: print('BAD OFFSET',p['id'],r['text']); bad+=1
ids=[p['id'] for p in L]
if len(ids)!=len(set(ids)): print('DUPLICATE IDS'); bad+=1
KINDS={'paragraph','point','article','section','chapter','subparagraph','annex','clause','part','document'}
CATS={'whole-document','anaphoric','list','plain','abbreviated','nested','self','ordinal','headline','number-word','range'}
for p in L:
    for r in p['references']:
        if r['unitKind'] not in KINDS: print('BAD unitKind',p['id'],r['unitKind']); bad+=1
        if r.get('parent') and r['parent']['unitKind'] not in KINDS: print('BAD parent unitKind',p['id']); bad+=1
        for c in r['categories']:
            if c not in CATS: print('BAD category',p['id'],c); bad+=1
lang=collections.Counter(); cat=collections.Counter(); kind=collections.Counter(); key=collections.Counter()
nm=collections.Counter(); an=0
for p in L:
    nm[p['language']]+=len(p['nearMisses'])
    for r in p['references']:
        lang[p['language']]+=1; kind[r['unitKind']]+=1; key[r['targetKey']]+=1
        for c in r['categories']: cat[c]+=1
        if 'anaphoric' in r['categories'] or 'nested' in r['categories']: an+=1
print('passages',len(L),'| references',sum(lang.values()),'| non-English',sum(v for k,v in lang.items() if k!='en'),'| anaphoric-or-nested',an,'| near misses',sum(nm.values()))
print('passages per language',dict(collections.Counter(p['language'] for p in L)))
print('references per language',dict(lang)); print('near misses per language',dict(nm))
print('categories',dict(cat)); print('unitKinds',dict(kind))
print('top targetKeys',key.most_common(15))
# unit check against targets
texts=collections.defaultdict(str)
for x in T:
    raw=open('../corpus/'+x['file'],encoding='utf-8').read()
    texts[x['targetKey']]+='\n'+'\n'.join(l for l in raw.split('\n') if 'not available' not in l)
chk=collections.Counter()
for p in L:
    for r in p['references']:
        k=r['targetKey']
        if k not in texts or r['unitKind']=='document' or not r['units']: continue
        top = r['parent']['units'][0] if r.get('parent') else r['units'][0]
        kindtop = r['parent']['unitKind'] if r.get('parent') else r['unitKind']
        top=top.split('(')[0].split('-')[0]
        s=texts[k]
        if kindtop=='chapter': ok = re.search(r'(CHAPTER|KAPITEL)\s+'+re.escape(top)+r'\b',s) is not None
        elif kindtop=='article': ok = re.search(r'(Article|Artikel|Artículo|Madde|المادة)\s+'+re.escape(top)+r'\b',s) is not None
        else: ok = re.search(r'(^|\n)'+re.escape(top)+r'\.\s',s) is not None
        chk['unit found in target' if ok else 'unit NOT in (partial) target']+=1
print('unit check:',dict(chk))
print('VALID' if bad==0 else f'{bad} problems')

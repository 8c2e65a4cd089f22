#!/usr/bin/env python3
"""Third set (corpus3). Validate passages.jsonl: every reference/near-miss text is an exact substring at its offsets;
report counts; check units of references against the target files (where a target file exists)."""
import json, re, collections, os

os.chdir(os.path.dirname(os.path.abspath(__file__)))
L=[json.loads(l) for l in open('passages.jsonl',encoding='utf-8') if l.strip()]
R='../'
T=json.load(open(R+'corpus/targets.json',encoding='utf-8'))
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
    raw=open(R+'corpus/'+x['file'],encoding='utf-8').read()
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
ALLOW=set()  # ids whose overlap (same quoted treaty wording from a different page) was accepted
EX=[json.loads(l) for f in ('corpus/passages.jsonl','corpus-heldout/passages.jsonl') for l in open(R+f,encoding='utf-8') if l.strip()]
EXSRC={p['source']:p['id'] for p in EX}
BIG='\x00'.join(e['text'] for e in EX)
for p in L:
    if p['source'] in EXSRC: print('WARNING source already used by',EXSRC[p['source']],'in',p['id'])
    t=p['text']
    for i in range(0,max(1,len(t)-60),30):
        c=t[i:i+60]
        if len(re.findall(r'\w',c))>=30 and c in BIG:   # fast pre-check on all existing texts joined
            for e in EX:
                if c in e['text'] and p['id'] not in ALLOW: print('OVERLAP with',e['id'],'in',p['id'],'::',c); bad+=1
# near misses must not overlap references
for p in L:
    sp=[(r['start'],r['end']) for r in p['references']]
    for n in p['nearMisses']:
        if any(a<n['end'] and n['start']<b for a,b in sp): print('NEAR MISS OVERLAPS REF',p['id'],n['text']); bad+=1
# references must be listed in textual order (nested spans start inside the previous one)
for p in L:
    st=[r['start'] for r in p['references']]
    if any(st[i]<st[i-1] for i in range(1,len(st))): print('REFS NOT IN TEXTUAL ORDER',p['id']); bad+=1
# per-language x category table
lc=collections.defaultdict(collections.Counter)
for p in L:
    for r in p['references']:
        for c in r['categories']: lc[p['language']][c]+=1
print('by language x category:')
for lg in sorted(lc): print(' ',lg,dict(lc[lg]))
print('VALID' if bad==0 else f'{bad} problems')

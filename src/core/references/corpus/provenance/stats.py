import json,collections
L=[json.loads(l) for l in open('passages.jsonl')]
byl=collections.Counter(); cat=collections.Counter(); nm=0; keys=collections.Counter()
for p in L:
    for r in p['references']:
        byl[p['language']]+=1
        for c in r['categories']: cat[c]+=1
        keys[r['targetKey']]+=1
    nm+=len(p['nearMisses'])
print('passages',len(L),'refs',sum(byl.values()),'nonEN',sum(v for k,v in byl.items() if k!='en'),'near',nm)
print(dict(byl)); print(dict(cat))
print('anaph|nested',sum(1 for p in L for r in p['references'] if 'anaphoric' in r['categories'] or 'nested' in r['categories']))
print(keys.most_common(25))

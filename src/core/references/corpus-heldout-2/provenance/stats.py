"""Print the counts tables used in README.md (markdown)."""
import json, collections
L=[json.loads(l) for l in open('/work/corpus3/passages.jsonl',encoding='utf-8') if l.strip()]
CATS=['whole-document','anaphoric','plain','list','headline','nested','ordinal','abbreviated','self','number-word','range']
order=['es','fr','tr','ar','az','hy','ru','uk','de','zh','en']
print('| lang | passages | refs | near misses | '+' | '.join(CATS)+' |')
print('|'+'---|'*(4+len(CATS)))
for lg in order:
    P=[p for p in L if p['language']==lg]
    c=collections.Counter(cat for p in P for r in p['references'] for cat in r['categories'])
    print(f"| {lg} | {len(P)} | {sum(len(p['references']) for p in P)} | {sum(len(p['nearMisses']) for p in P)} | "+' | '.join(str(c[x]) for x in CATS)+' |')
tot=collections.Counter(cat for p in L for r in p['references'] for cat in r['categories'])
print('\ntotals by category:',', '.join(f'{k} {v}' for k,v in tot.most_common()))
print('unitKinds:',', '.join(f'{k} {v}' for k,v in collections.Counter(r['unitKind'] for p in L for r in p['references']).most_common()))
keys=collections.Counter(r['targetKey'] for p in L for r in p['references'])
T={x['targetKey'] for x in json.load(open('/work/main/src/core/references/corpus/targets.json'))}
print('\n| targetKey (has target text) | references | unit references |\n|---|---|---|')
for k,v in keys.most_common():
    if k in T: print(f"| {k} | {v} | {sum(1 for p in L for r in p['references'] if r['targetKey']==k and r['unitKind']!='document')} |")
print('\nother keys:',', '.join(f'{k} {v}' for k,v in keys.most_common() if k not in T))
print('distinct sources:',len({p['source'] for p in L}))

# NOTE: used once early on; later offsets come from lib.add. Do not rerun (ho-zh-004 has a hand-set offset).
"""Recompute offsets of passages.jsonl (refs in listed order: search from end of previous ref, else from start+1 of previous,
else anywhere; near misses: first unused occurrence). Idempotent."""
import json
L=[json.loads(l) for l in open('passages.jsonl',encoding='utf-8')]
ch=0
for p in L:
    t=p['text']; cur=0; prevs=-1
    for r in p['references']:
        s=r['text']; i=t.find(s,cur)
        if i<0: i=t.find(s,prevs+1)
        if i<0: i=t.find(s)
        if (r.get('start'),r.get('end'))!=(i,i+len(s)): ch+=1; print('changed',p['id'],s,r.get('start'),'->',i)
        r['start']=i; r['end']=i+len(s); cur=r['end']; prevs=i
    used=set()
    for n in p['nearMisses']:
        i=t.find(n['text'])
        while (i,n['text']) in used:
            j=t.find(n['text'],i+1)
            if j<0: break
            i=j
        used.add((i,n['text'])); n['start']=i; n['end']=i+len(n['text'])
open('passages.jsonl','w',encoding='utf-8').write(''.join(json.dumps(p,ensure_ascii=False)+'\n' for p in L))
print('passages',len(L),'changed',ch)

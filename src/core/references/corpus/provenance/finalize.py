import json, re, sys
sys.path.insert(0,'/work/refs-corpus')
import fixes
L=[json.loads(l) for l in open('passages.jsonl',encoding='utf-8')]
fix={}
for pid,old,new in fixes.FIX: fix.setdefault(pid,[]).append((old,new))
nulld=getattr(fixes,'NULLDATE',set())
KINDS={'paragraph','point','article','section','chapter','subparagraph','annex','clause','part','document'}
errors=[]
for p in L:
    for old,new in fix.get(p['id'],[]):
        done=False
        for r in p['references']:
            if r['text']==old: r['text']=new; done=True
        if not done and not any(r['text']==new for r in p['references']): errors.append(('fix not applied',p['id'],old))
    if p['id'] in nulld or (p['date'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}',p['date'])): p['date']=None
    for r in p['references']:
        if r['unitKind']=='rule': r['unitKind']='article'; r['unitLabel']='rule'
        if r['unitKind'] not in KINDS: errors.append(('bad kind',p['id'],r['unitKind']))
        if r.get('parent') and r['parent']['unitKind']=='rule': r['parent']['unitKind']='article'
    # offsets: refs in listed order; identical strings take successive occurrences
    t=p['text']; cursor=0
    for r in p['references']:
        s=r['text']; i=t.find(s,cursor)
        if i<0: i=t.find(s)
        if i<0: errors.append(('ref not substring',p['id'],s)); continue
        r['start']=i; r['end']=i+len(s); cursor=i+1
    used=set()
    for n in p['nearMisses']:
        i=t.find(n['text'])
        if i<0: errors.append(('near not substring',p['id'],n['text'])); continue
        while (i,n['text']) in used:
            j=t.find(n['text'],i+1)
            if j<0: break
            i=j
        used.add((i,n['text'])); n['start']=i; n['end']=i+len(n['text'])
    if len(t)>1600: errors.append(('long passage',p['id'],len(t)))
ids=[p['id'] for p in L]
if len(ids)!=len(set(ids)): errors.append(('dup ids',))
with open('passages.jsonl','w',encoding='utf-8') as f:
    for p in L: f.write(json.dumps(p,ensure_ascii=False)+'\n')
print('errors:',errors)

import re
import json, os
OUT='/work/heldout/passages.jsonl'
EX=[json.loads(l) for l in open('/work/main/src/core/references/corpus/passages.jsonl',encoding='utf-8')]
EXSRC={p['source'] for p in EX}; EXTXT=[p['text'] for p in EX]
KINDS={'paragraph','point','article','section','chapter','subparagraph','annex','clause','part','document'}
def _ids():
    s=set()
    if os.path.exists(OUT):
        for l in open(OUT,encoding='utf-8'):
            if l.strip(): s.add(json.loads(l)['id'])
    return s
def R(text, kind, units, doc, key, cats, parent=None):
    d={"text":text,"unitKind":kind,"units":units,"document":doc,"targetKey":key,"categories":cats}
    if parent: d["parent"]={"unitKind":parent[0],"units":parent[1]}
    return d
def N(text, why): return {"text":text,"why":why}
def add(pid, lang, source, publisher, date, text, refs, near=(), allow_overlap=False):
    text=text.strip('\n'); errs=[]
    if pid in _ids(): print('dup id skipped',pid); return
    if source in EXSRC: print('WARNING source already in main corpus',pid)
    for p in EX:
        e=p['text']
        for i in range(0,max(1,len(text)-60),30):
            c=text[i:i+60]
            if len(re.findall(r'\w',c))>=30 and c in e:
                msg='overlaps existing passage '+p['id']+' '+p['source'][:60]+' :: '+c
                if allow_overlap: print('  note:',msg)
                else: errs.append(msg)
                break
    cur=0; prevs=-1
    for r in refs:
        if r['unitKind'] not in KINDS: errs.append('bad kind '+r['unitKind'])
        i=text.find(r['text'],cur)
        if i<0: i=text.find(r['text'],prevs+1)
        if i<0: i=text.find(r['text'])
        if i<0: errs.append('REF not substring: '+r['text']); continue
        r['start']=i; r['end']=i+len(r['text']); cur=r['end']; prevs=i
    used=set()
    for n in near:
        i=text.find(n['text'])
        if i<0: errs.append('NEAR not substring: '+n['text']); continue
        while (i,n['text']) in used:
            j=text.find(n['text'],i+1)
            if j<0: break
            i=j
        used.add((i,n['text'])); n['start']=i; n['end']=i+len(n['text'])
    if errs: print(pid,*errs,sep='\n  '); return
    obj={"id":pid,"language":lang,"source":source,"publisher":publisher,"date":date,"text":text,"references":list(refs),"nearMisses":list(near)}
    with open(OUT,'a',encoding='utf-8') as f: f.write(json.dumps(obj,ensure_ascii=False)+'\n')
    print('ok',pid,len(refs),len(near))

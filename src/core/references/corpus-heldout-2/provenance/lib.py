import re
import json, os
OUT='/work/corpus3/passages.jsonl'
_R='/work/main/src/core/references/'
EX=[json.loads(l) for l in open(_R+'corpus/passages.jsonl',encoding='utf-8')]
EX+=[json.loads(l) for l in open(_R+'corpus-heldout/passages.jsonl',encoding='utf-8')]
EXSRC={p['source'] for p in EX}
KINDS={'paragraph','point','article','section','chapter','subparagraph','annex','clause','part','document'}
CATS={'whole-document','anaphoric','list','plain','abbreviated','nested','self','ordinal','headline','number-word','range'}
def _ids():
    s=set()
    if os.path.exists(OUT):
        for l in open(OUT,encoding='utf-8'):
            if l.strip(): s.add(json.loads(l)['id'])
    return s
def R(text, kind, units, doc, key, cats, parent=None, label=None):
    d={"text":text,"unitKind":kind,"units":units,"document":doc,"targetKey":key,"categories":cats}
    if parent: d["parent"]={"unitKind":parent[0],"units":parent[1]}
    if label: d["unitLabel"]=label
    return d
def N(text, why): return {"text":text,"why":why}
def overlaps(text):
    out=[]
    for p in EX:
        e=p['text']
        for i in range(0,max(1,len(text)-60),30):
            c=text[i:i+60]
            if len(re.findall(r'\w',c))>=30 and c in e:
                out.append(p['id']+' '+p['source'][:60]+' :: '+c); break
    return out
def add(pid, lang, source, publisher, date, text, refs, near=(), allow_overlap=False, occ=None):
    """occ: optional {ref_index: nth occurrence (0-based)} to force occurrence choice."""
    text=text.strip('\n'); errs=[]
    if pid in _ids(): print('dup id skipped',pid); return
    if source in EXSRC: print('WARNING source already used in an existing corpus',pid)
    for m in overlaps(text):
        if allow_overlap: print('  note: overlaps',m)
        else: errs.append('overlaps existing passage '+m)
    cur=0; prevs=-1; spans=[]
    for k,r in enumerate(refs):
        if r['unitKind'] not in KINDS: errs.append('bad kind '+r['unitKind'])
        for c in r['categories']:
            if c not in CATS: errs.append('bad cat '+c)
        if occ and k in occ:
            i=-1
            for _ in range(occ[k]+1): i=text.find(r['text'],i+1)
        else:
            i=text.find(r['text'],cur)
            if i<0: i=text.find(r['text'],prevs+1)
            if i<0: i=text.find(r['text'])
        if i<0: errs.append('REF not substring: '+r['text']); continue
        r['start']=i; r['end']=i+len(r['text']); cur=r['end']; prevs=i; spans.append((i,i+len(r['text'])))
    st=[r.get('start',-1) for r in refs]
    if any(st[i]<st[i-1] for i in range(1,len(st))): errs.append('refs not in textual order: '+str(st))
    used=set()
    for n in near:
        i=text.find(n['text'])
        if i<0: errs.append('NEAR not substring: '+n['text']); continue
        while (i,n['text']) in used or any(a<i+len(n['text']) and i<b for a,b in spans):
            j=text.find(n['text'],i+1)
            if j<0: break
            i=j
        if any(a<i+len(n['text']) and i<b for a,b in spans): errs.append('NEAR overlaps a ref: '+n['text'])
        used.add((i,n['text'])); n['start']=i; n['end']=i+len(n['text'])
    if errs: print(pid,*errs,sep='\n  '); return
    obj={"id":pid,"language":lang,"source":source,"publisher":publisher,"date":date,"text":text,"references":list(refs),"nearMisses":list(near)}
    with open(OUT,'a',encoding='utf-8') as f: f.write(json.dumps(obj,ensure_ascii=False)+'\n')
    print('ok',pid,len(refs),len(near))
def J(s):
    """s: a JSON string body copied verbatim from the search tool output (escapes kept)."""
    return json.loads('"'+s+'"')
def nth(text, sub, ctx):
    """occurrence index (0-based) of sub at the place where ctx starts with sub"""
    text=text.strip('\n'); pos=text.index(ctx); k=0; i=text.find(sub)
    while i!=pos: i=text.find(sub,i+1); k+=1
    return k

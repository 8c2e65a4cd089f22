import json, os, sys
OUT = '/work/refs-corpus/passages.jsonl'
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
def N(text, why):
    return {"text":text,"why":why}
def add(pid, lang, source, publisher, date, text, refs, near=()):
    text=text.strip('\n')
    errs=[]
    for r in refs:
        if r['text'] not in text: errs.append('REF not substring: '+r['text'])
    for n in near:
        if n['text'] not in text: errs.append('NEAR not substring: '+n['text'])
    if errs:
        print(pid, *errs, sep='\n  '); return False
    if pid in _ids():
        print('dup id (skipped)', pid); return False
    obj={"id":pid,"language":lang,"source":source,"publisher":publisher,"date":date,"text":text,"references":list(refs),"nearMisses":list(near)}
    with open(OUT,'a',encoding='utf-8') as f: f.write(json.dumps(obj,ensure_ascii=False)+'\n')
    return True

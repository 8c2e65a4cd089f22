import json,sys
def patch(pid, fn):
    L=[json.loads(l) for l in open('passages.jsonl',encoding='utf-8')]
    for p in L:
        if p['id']==pid: fn(p)
    open('passages.jsonl','w',encoding='utf-8').write(''.join(json.dumps(p,ensure_ascii=False)+'\n' for p in L))
def ref_to_near(pid, text, why):
    def f(p):
        r=[r for r in p['references'] if r['text']==text][0]
        p['references'].remove(r)
        p['nearMisses'].append({'text':text,'why':why,'start':r['start'],'end':r['end']})
    patch(pid,f)
def set_occ(pid, idx_occ):
    """idx_occ: list of (ref_index, occurrence_number) to set offsets explicitly"""
    def f(p):
        t=p['text']
        for ri,occ in idx_occ:
            r=p['references'][ri]; i=-1
            for _ in range(occ+1): i=t.find(r['text'],i+1)
            assert i>=0; r['start']=i; r['end']=i+len(r['text'])
        p['references'].sort(key=lambda r:(r['start'],-r['end']))
    patch(pid,f)
def show(pid):
    import json
    for l in open('passages.jsonl',encoding='utf-8'):
        p=json.loads(l)
        if p['id']==pid:
            for k,r in enumerate(p['references']): print(k,r['start'],r['end'],repr(r['text']))

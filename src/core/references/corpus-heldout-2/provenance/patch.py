"""Hand corrections applied to passages.jsonl after the batches (idempotent)."""
import json
OUT='/work/corpus3/passages.jsonl'
L=[json.loads(l) for l in open(OUT,encoding='utf-8') if l.strip()]
for p in L:
    if p['id']=='h2-tr-011':
        for r in p['references']:
            if r['text']=='maddede' and r.get('parent'):
                r['unitKind']='article'; r['units']=['2']; del r['parent']
                r['document']='"in the article" = Art. 2 (its paragraph 4), UN Charter'
open(OUT,'w',encoding='utf-8').writelines(json.dumps(p,ensure_ascii=False)+'\n' for p in L)
print('patched')

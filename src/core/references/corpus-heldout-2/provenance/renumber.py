"""Final step (run once): sort passages by language and build order, renumber ids h2-<lang>-NNN consecutively.
Gaps came from passages dropped or rebuilt (overlap with the existing corpora, fixes). The map is saved in renumber_map.json.
After this step the b-files' ids no longer match; do not re-run the b-files."""
import json
OUT='/work/corpus3/passages.jsonl'
L=[json.loads(l) for l in open(OUT,encoding='utf-8') if l.strip()]
order=['es','fr','tr','ar','az','hy','ru','uk','de','zh','en']
L.sort(key=lambda p:(order.index(p['language']),int(p['id'].split('-')[-1])))
cnt={}; m={}
for p in L:
    cnt[p['language']]=cnt.get(p['language'],0)+1
    new=f"h2-{p['language']}-{cnt[p['language']]:03d}"; m[p['id']]=new; p['id']=new
open(OUT,'w',encoding='utf-8').writelines(json.dumps(p,ensure_ascii=False)+'\n' for p in L)
ch={k:v for k,v in m.items() if k!=v}
if ch: json.dump(ch,open('/work/corpus3/provenance/renumber_map.json','w'),indent=0)  # keep the earlier map when nothing changes
print(ch)

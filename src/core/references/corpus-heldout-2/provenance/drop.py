import sys,json
OUT='/work/corpus3/passages.jsonl'
L=[l for l in open(OUT,encoding='utf-8') if l.strip() and json.loads(l)['id'] not in sys.argv[1:]]
open(OUT,'w',encoding='utf-8').writelines(L); print(len(L),'kept')

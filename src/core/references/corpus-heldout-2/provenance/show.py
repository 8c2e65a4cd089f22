import sys,json
for l in open('/work/corpus3/passages.jsonl',encoding='utf-8'):
    p=json.loads(l)
    if p['id'] in sys.argv[1:]:
        t=p['text']
        for r in p['references']: print('R',r['start'],repr(t[max(0,r['start']-15):r['start']])+'[['+r['text']+']]'+repr(t[r['end']:r['end']+15]))
        for r in p['nearMisses']: print('N',r['start'],repr(t[max(0,r['start']-15):r['start']])+'[['+r['text']+']]'+repr(t[r['end']:r['end']+15]))

# Writes the labelled story mixture eval/clustering/press-release-stories.jsonl(.gz) from the press-release corpus:
# each story is a source, a date range and a headline pattern; every selected headline was read and kept by hand.
# Usage: python3 eval/clustering/make-stories.py OUT.jsonl   (run from the repository, ../shared beside it)
import csv,re,json,sys
csv.field_size_limit(10**9)
rows=[]
for f in ['kremlin_putin','president_gov_ua_zelenskyy']:
    for r in csv.DictReader(open(f'../shared/corpora/ru-ua-press-releases/{f}.csv')):
        r['src']=f[:3]; rows.append(r)
S=[('kazakhstan-unrest','kre','2022-01-07','2022-01-13',r'Kazakhstan|CSTO'),
   ('beijing-olympics','kre','2022-01-25','2022-02-19',r'Olympic'),
   ('recognition-dpr-lpr','kre','2022-02-21','2022-02-22',r'Donetsk|Lugansk|Treaty of Friendship'),
   ('recognition-dpr-lpr','pre','2022-02-22','2022-02-22',r'recognizing'),
   ('normandy-advisers','pre','2022-01-26','2022-02-11',r'Normandy'),
   ('covid-ukraine','pre','2021-10-01','2022-02-01',r'vaccin|COVID'),
   ('mariupol','pre','2022-03-11','2022-05-06',r'Mariupol|Azovstal'),
   ('belarus-talks-feb','kre','2022-02-16','2022-02-18',r'Belarus'),
   ('scholz-visits','kre','2022-02-04','2022-02-15',r'Scholz'),
   ('scholz-visits','pre','2022-02-14','2022-02-14',r'German Chancellor'),
   ('putin-xi-december','kre','2021-12-13','2021-12-15',r'Xi Jinping'),
   ('humanitarian-corridors','pre','2022-03-10','2022-03-26',r'humanitarian corridor|evacuation route'),
   ('grain-ports','pre','2022-05-20','2022-06-06',r'\bgrain\b|\bports\b'),
]
out=[]
for lab,src,a,b,p in S:
    for r in rows:
        if r['src']==src and a<=r['date'][:10]<=b and re.search(p,r['headline'],re.I):
            out.append((lab,r))
seen=set()
with open(sys.argv[1],'w') as f:
    for lab,r in out:
        if r['link'] in seen: continue
        seen.add(r['link'])
        print(lab, r['date'][:10], r['headline'][:90])
        f.write(json.dumps({'id':r['link'],'title':r['headline'],'text':r['body'],'published':r['date'],'label':lab},ensure_ascii=False)+'\n')
print(len(seen))

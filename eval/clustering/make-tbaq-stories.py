# Writes a labelled story mixture from the TempEval-3 TBAQ-cleaned documents in ../shared/eval/tempeval3 (TimeBank 1.2
# and AQUAINT news wire of 1989-2000) with the story labels of eval/clustering/tbaq-stories.tsv: four long-running
# stories from three agencies (AP, NYT, Xinhua), ten shorter ones, and 161 stories of one document each.
# The documents' texts are not copied here (they stay in ../shared); only our labels are.
# Usage: python3 eval/clustering/make-tbaq-stories.py OUT.jsonl   (run from the repository, ../shared beside it)
import glob,html,json,os,re,sys
here=os.path.dirname(os.path.abspath(__file__))
labels={}
for line in open(os.path.join(here,'tbaq-stories.tsv')):
    if line.strip() and not line.startswith('#'):
        doc,label=line.rstrip('\n').split('\t')
        labels[doc]=label
root=os.path.join(here,'..','..','..','shared','eval','tempeval3')
files=sorted(glob.glob(os.path.join(root,'**','*.tml'),recursive=True))
def plain(s):
    return html.unescape(re.sub(r'<[^>]+>','',s)).replace('&amp;','&')
n=0
with open(sys.argv[1],'w') as out:
    for f in files:
        s=open(f,encoding='utf-8').read()
        doc=os.path.basename(f)[:-4]
        dct=re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})',s,re.S).group(1)
        title=re.search(r'<TITLE>(.*?)</TITLE>',s,re.S)
        title=' '.join(plain(title.group(1)).split()) if title else ''
        if not title:
            extra=re.search(r'<EXTRAINFO>(.*?)</EXTRAINFO>',s,re.S)
            head=re.search(r'\d{6}-\d{4}\.\s+(.*?)\s+\d\d/\d\d/\d\d',extra.group(1),re.S) if extra else None
            title=' '.join(head.group(1).replace('@',' ').split()) if head else ''
        text=plain(s.split('<TEXT>',1)[1].split('</TEXT>',1)[0]) if '<TEXT>' in s else ''
        paragraphs=[' '.join(p.split()) for p in re.split(r'\n\s*\n',text) if p.strip()]
        out.write(json.dumps({'id':doc,'title':title,'text':'\n\n'.join(paragraphs),'published':dct,
                              'label':labels.get(doc,'single-'+doc)})+'\n')
        n+=1
missing=set(labels)-{os.path.basename(f)[:-4] for f in files}
if missing:
    sys.exit('labelled documents not found: '+', '.join(sorted(missing)))
print(n,'documents,',len(set(labels.values())),'labelled stories of more than one,',file=sys.stderr)

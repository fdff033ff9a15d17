"""Scores the sentences `sitrep timeline` gives each date against eval/timeline/sentences.tsv.

Usage: python3 eval/timeline/score.py DEMO_STORE SEEDS_STORE [--unlabelled]
DEMO_STORE is made by `./sitrep demo --store DEMO_STORE`, SEEDS_STORE by `./sitrep ingest --store SEEDS_STORE
../shared/seeds`. For each sampled date of a timeline (the whole store's, or a story's) the script runs
`./sitrep timeline --json` and looks up the sentences shown for the date: 2 = tells what happened (was done, said,
decided or planned) on that date; 1 = names the day's event only in passing; 0 = tells nothing of the day. It prints,
per sample, the share of dates whose first sentence is labelled 2 (strict) or at least 1 (lenient), the same over
every sentence shown, and how many shown sentences have no label (a new choice: read and label it). A story is named
by its id, "story-" and the id of its first article; when the stories of the store differ from those the labels were
made on, the story that holds that article now stands for it.
"""
import csv
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
sitrep = os.path.join(here, "..", "..", "sitrep")
stores = {"demo": sys.argv[1], "seeds": sys.argv[2]}
rows = list(csv.DictReader(open(os.path.join(here, "sentences.tsv"), encoding="utf-8"), delimiter="\t",
                           quoting=csv.QUOTE_NONE))
labels = {(r["store"], r["story"], r["date"], r["article"], r["start"]): int(r["label"]) for r in rows}

def run(*args):
    return subprocess.run([sitrep, *args], capture_output=True, text=True, check=True).stdout


story_of = {}
for store, path in stores.items():
    for s in json.loads(run("stories", "--store", path, "--json")):
        for article in s["articles"]:
            story_of[(store, article)] = s["id"]

timelines = {}
for store, story in sorted({(r["store"], r["story"]) for r in rows}):
    command = ["timeline", "--store", stores[store], "--json", "-n", "100000"]
    if story != "all":
        command += ["--story", story_of.get((store, story[len("story-"):]), story)]
    timelines[(store, story)] = {e["date"]: e["sentences"] for e in json.loads(run(*command))["entries"]}

for sample in ("design", "check"):
    dates = sorted({(r["store"], r["story"], r["date"]) for r in rows if r["sample"] == sample})
    first = []
    shown = []
    unlabelled = 0
    for store, story, date in dates:
        sentences = timelines[(store, story)].get(date, [])
        for k, s in enumerate(sentences):
            label = labels.get((store, story, date, s["article"], str(s["start"])))
            if label is None:
                unlabelled += 1
                if "--unlabelled" in sys.argv:
                    print(f"unlabelled: {store} {story} {date} {s['article']} {s['start']} {s['text'][:100]}")
                continue
            shown.append(label)
            if k == 0:
                first.append(label)
    share = lambda values, least: sum(v >= least for v in values) / len(values) if values else 0
    print(f"{sample}: {len(dates)} dates; first sentence strict {share(first, 2):.3f} lenient {share(first, 1):.3f}; "
          f"all shown strict {share(shown, 2):.3f} lenient {share(shown, 1):.3f} ({len(shown)}); "
          f"unlabelled {unlabelled}")

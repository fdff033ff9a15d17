"""Scores the speakers of `sitrep quotes --json` against eval/quotes/pronoun-speakers.tsv.

Usage: python3 eval/quotes/score.py QUOTES.json [--wrong]
QUOTES.json is `./sitrep quotes --store sitrep-demo --json > QUOTES.json` after `./sitrep demo`. A quote is found by
its article id and its first eight words; its speaker is right when it holds the expected name.
"""
import csv
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
gold = list(csv.DictReader(open(os.path.join(here, "pronoun-speakers.tsv"), encoding="utf-8"), delimiter="\t"))
quotes = json.load(open(sys.argv[1], encoding="utf-8"))
by_article = {}
for q in quotes:
    by_article.setdefault(q["article"], []).append(q)
for sample in ("design", "check"):
    rows = [g for g in gold if g["sample"] == sample]
    right = found = 0
    for g in rows:
        match = [q for q in by_article.get(g["article"], []) if " ".join(q["text"].split()[:8]) == g["quote"]]
        if not match:
            print("not found:", g["article"], g["quote"])
            continue
        found += 1
        speaker = match[0]["speaker"] or ""
        if g["speaker"] in speaker:
            right += 1
        elif "--wrong" in sys.argv:
            print("wrong:", g["article"], g["quote"], "| expected", g["speaker"], "| got", speaker or "-")
    print(f"{sample}: {right}/{len(rows)} right, {found} found")

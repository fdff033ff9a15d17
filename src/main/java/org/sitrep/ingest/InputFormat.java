package org.sitrep.ingest;

/** What an input holds: one document, or a container of many. */
public enum InputFormat {
    TEXT, HTML, CSV, JSONL, WARC, FEED
}

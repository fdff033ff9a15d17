package org.sitrep.model;

/** How the bytes of a stored raw document are read. */
public enum DocumentFormat {
    /** A plain-text dump of a web page. */
    TEXT,
    /** An HTML page. */
    HTML,
    /** A JSON object with article fields, from a row of a CSV or JSON Lines corpus. */
    RECORD
}

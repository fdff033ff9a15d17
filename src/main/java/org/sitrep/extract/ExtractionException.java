package org.sitrep.extract;

/** No article could be derived from a document; the message says why. */
public class ExtractionException extends Exception {
    public ExtractionException(String reason) {
        super(reason);
    }
}

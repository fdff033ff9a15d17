package org.sitrep.ingest;

/** An input (or one record of it) that cannot be read; the message is the reason shown to the user. */
public class InputException extends Exception {
    public InputException(String reason) {
        super(reason);
    }

    public InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

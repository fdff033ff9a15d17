package org.sitrep.ingest;

import org.sitrep.model.RawDocument;

/** Where readers hand what they read: documents, and one line for each record that could not be read. */
public interface RawSink {

    void accept(RawDocument raw);

    /** A record or the whole input failed; {@code where} names the input and the record or line. */
    void fail(String where, String reason);

    /** Something was read, but not as declared (a mislabelled charset, ...). */
    void warn(String where, String reason);
}

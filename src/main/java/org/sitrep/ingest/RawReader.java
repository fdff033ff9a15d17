package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads one kind of input into raw documents. */
public interface RawReader {

    /**
     * @param payload the input
     * @param in      its content, decompressed, positioned at the start
     * @throws InputException when the input as a whole cannot be read (records already handed on stay handed on)
     */
    void read(Payload payload, InputStream in, RawSink sink) throws IOException, InputException;
}

package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * An input ready to be read: a file, standard input, or a fetched response.
 *
 * @param name        how the user knows it: a path or a URL
 * @param opener      opens its bytes (called once)
 * @param size        its size in bytes, or -1 when unknown
 * @param contentType the declared media type (from HTTP), or null
 * @param hints       metadata to pass on to the raw documents read from it (the URL, ...)
 */
public record Payload(String name, Opener opener, long size, String contentType, Map<String, String> hints) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public Payload {
        hints = Map.copyOf(hints);
    }
}

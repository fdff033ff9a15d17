package org.sitrep.ingest;

import java.net.URI;

/** Fetches the bytes behind a URL. */
public interface Fetcher {

    /**
     * @param uri       the URL asked for
     * @param finalUri  the URL the response came from, after redirects
     * @param mediaType the Content-Type header, or null
     */
    record Response(URI uri, URI finalUri, String mediaType, byte[] body) {
    }

    Response fetch(URI uri) throws InputException;
}

package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reading benchmark files. */
final class EvalData {
    private EvalData() {
    }

    /** A file's bytes, gunzipped when it is gzip. */
    static byte[] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        }
        return bytes;
    }

    static Path requireDir(Path dir, String what) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no " + what + " at " + dir);
        }
        return dir;
    }
}

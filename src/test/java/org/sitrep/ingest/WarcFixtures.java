package org.sitrep.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Small WARC archives written with jwarc, for tests. */
final class WarcFixtures {
    private WarcFixtures() {
    }

    static String page(int i) {
        return "<html><head><title>Dispatch " + i + "</title>"
                + "<meta property=\"article:published_time\" content=\"2022-02-1" + i + "T08:00:00+01:00\"></head>"
                + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Dispatch " + i + "</h1>"
                + "<p>Dispatch number " + i + " reports that diplomats met again to discuss security guarantees in Europe.</p>"
                + "<p>Officials said the talks, the " + i + "th this month, would continue next week in Vienna.</p>"
                + "</article><footer>Copyright 2022</footer></body></html>";
    }

    /** An archive of {@code pages} HTML responses, each followed by a non-HTML response that must be passed over. */
    static byte[] archive(int pages, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (int i = 1; i <= pages; i++) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page(i).getBytes(StandardCharsets.UTF_8)).build();
                writer.write(new WarcResponse.Builder("https://news.example.org/dispatch-" + i)
                        .date(Instant.parse("2022-02-1" + i + "T09:00:00Z")).body(http).build());
                HttpResponse image = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("image/png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}).build();
                writer.write(new WarcResponse.Builder("https://news.example.org/logo-" + i + ".png")
                        .date(Instant.parse("2022-02-1" + i + "T09:00:01Z")).body(image).build());
            }
        }
        return out.toByteArray();
    }
}

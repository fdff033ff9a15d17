package org.sitrep.ingest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.store.Store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of bad input gives one failure naming the input and the reason; the rest of the batch goes on. */
class BadInputTest {
    private static final String GOOD_HTML = "<html><head><title>Talks in Geneva</title></head><body><article>"
            + "<p>Russian and American diplomats met in Geneva on Monday for talks on European security, officials said.</p>"
            + "<p>The talks lasted more than seven hours, and neither side announced a breakthrough.</p></article></body></html>";

    @TempDir
    Path dir;
    Path store;
    IngestFixture fixture;

    @BeforeEach
    void setUp() {
        store = dir.resolve("store");
        fixture = new IngestFixture();
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    private IngestReport.Failure onlyFailure(IngestReport report) {
        assertThat(report.errors()).hasSize(1);
        assertThat(report.failed()).isEqualTo(1);
        return report.errors().get(0);
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = write("empty.txt", "");
        Path good = write("good.html", GOOD_HTML);
        IngestReport report = fixture.ingest(store, empty.toString(), good.toString());
        IngestReport.Failure f = onlyFailure(report);
        assertThat(f.input()).isEqualTo(empty.toString());
        assertThat(f.reason()).contains("empty");
        assertThat(report.added()).isEqualTo(1);
    }

    @Test
    void blankFile() throws IOException {
        Path blank = write("blank.txt", "  \n\n \t\n");
        assertThat(onlyFailure(fixture.ingest(store, blank.toString())).reason()).contains("empty");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(1).nextBytes(bytes);
        Path bin = write("noise.html", bytes);
        IngestReport.Failure f = onlyFailure(fixture.ingest(store, bin.toString()));
        assertThat(f.input()).isEqualTo(bin.toString());
        assertThat(f.reason()).contains("binary");
    }

    @Test
    void unknownFormat() throws IOException {
        Path pdf = write("report.pdf", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        IngestReport.Failure f = onlyFailure(fixture.ingest(store, pdf.toString()));
        assertThat(f.reason()).contains("unsupported format").contains("PDF");
    }

    @Test
    void missingFile() {
        IngestReport.Failure f = onlyFailure(fixture.ingest(store, dir.resolve("nope.txt").toString()));
        assertThat(f.reason()).contains("no such file");
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] gz = gzip(GOOD_HTML.repeat(50).getBytes(StandardCharsets.UTF_8));
        Path truncated = write("page.html.gz", Arrays.copyOf(gz, gz.length / 2));
        Path good = write("good.html", GOOD_HTML);
        IngestReport report = fixture.ingest(store, truncated.toString(), good.toString());
        IngestReport.Failure f = onlyFailure(report);
        assertThat(f.input()).isEqualTo(truncated.toString());
        assertThat(f.reason()).containsIgnoringCase("truncated");
        assertThat(report.added()).isEqualTo(1);
    }

    @Test
    void gzippedPageIsRead() throws IOException {
        Path gz = write("page.html.gz", gzip(GOOD_HTML.getBytes(StandardCharsets.UTF_8)));
        IngestReport report = fixture.ingest(store, gz.toString());
        assertThat(report.errors()).isEmpty();
        assertThat(report.added()).isEqualTo(1);
    }

    @Test
    void malformedCsvRowsAreReportedAndTheOthersStored() throws IOException {
        Path csv = write("corpus.csv", "url,title,date,text\n"
                + "https://example.org/1,One,2022-01-10,\"First article, with a comma.\"\n"
                + "https://example.org/2,Two,2022-01-11\n"
                + "https://example.org/3,Three,2022-01-12,\"Third article.\",extra\n"
                + "https://example.org/4,Four,2022-01-13,\"Fourth\narticle on two lines.\"\n");
        IngestReport report = fixture.ingest(store, csv.toString());
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.errors()).extracting(IngestReport.Failure::input)
                .containsExactly(csv + "#row=2", csv + "#row=3");
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.reason()).contains("fields"));
    }

    @Test
    void csvRowWithoutTextIsReported() throws IOException {
        Path csv = write("corpus.csv", "url,title,date,text\nhttps://example.org/1,One,2022-01-10,\n");
        IngestReport.Failure f = onlyFailure(fixture.ingest(store, csv.toString()));
        assertThat(f.input()).isEqualTo(csv + "#row=1");
        assertThat(f.reason()).contains("no text");
    }

    @Test
    void malformedJsonLines() throws IOException {
        Path jsonl = write("corpus.jsonl", "{\"url\":\"https://example.org/1\",\"title\":\"One\",\"text\":\"The first article.\"}\n"
                + "{\"url\": broken\n"
                + "[1,2]\n"
                + "{\"url\":\"https://example.org/2\",\"title\":\"Two\",\"html\":\"<p>The second article, in HTML form.</p>\"}\n");
        IngestReport report = fixture.ingest(store, jsonl.toString());
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.errors()).extracting(IngestReport.Failure::input).containsExactly(jsonl + "#line=2", jsonl + "#line=3");
        assertThat(report.errors().get(0).reason()).contains("invalid JSON");
    }

    @Test
    void invalidUtf8IsReadAsItsLikelyCharsetWithAWarning() throws IOException {
        byte[] latin1 = "Les n\u00e9gociations de Gen\u00e8ve ont dur\u00e9 sept heures.\n\nLe Kremlin a r\u00e9pondu."
                .getBytes(StandardCharsets.ISO_8859_1);
        Path txt = write("latin1.txt", latin1);
        IngestReport report = fixture.ingest(store, txt.toString());
        assertThat(report.errors()).isEmpty();
        assertThat(report.added()).isEqualTo(1);
        assertThat(fixture.warnings).singleElement().asString().contains("not valid UTF-8");
        assertThat(onlyArticle().text()).contains("n\u00e9gociations de Gen\u00e8ve");
    }

    @Test
    void mislabelledCharsetIsCorrected() throws IOException {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Gen\u00e8ve</title></head><body><article>"
                + "<p>Les n\u00e9gociations de Gen\u00e8ve ont dur\u00e9 sept heures, sans perc\u00e9e annonc\u00e9e.</p></article></body></html>";
        Path page = write("mislabelled.html", html.getBytes(StandardCharsets.UTF_8));
        IngestReport report = fixture.ingest(store, page.toString());
        assertThat(report.errors()).isEmpty();
        assertThat(fixture.warnings).singleElement().asString().contains("UTF-8");
        assertThat(onlyArticle().text()).contains("n\u00e9gociations de Gen\u00e8ve");
    }

    @Test
    void aFiftyMegabytePageIsRefusedWithItsSize() throws IOException {
        Path huge = dir.resolve("huge.html");
        byte[] block = ("<p>" + "word ".repeat(200) + "</p>\n").getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(huge)) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L << 20; written += block.length) {
                out.write(block);
            }
        }
        Path good = write("good.html", GOOD_HTML);
        IngestReport report = fixture.ingest(store, huge.toString(), good.toString());
        IngestReport.Failure f = onlyFailure(report);
        assertThat(f.input()).isEqualTo(huge.toString());
        assertThat(f.reason()).contains("too large");
        assertThat(report.added()).isEqualTo(1);
    }

    @Test
    void unreachableUrl() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/article.html";
        IngestReport.Failure f = onlyFailure(fixture.ingest(store, url));
        assertThat(f.input()).isEqualTo(url);
        assertThat(f.reason()).contains("cannot connect");
    }

    @Test
    void feedThatIsNotXml() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.serve("/feed.rss", "application/rss+xml", "this is not XML at all {");
            IngestReport.Failure f = onlyFailure(fixture.ingest(store, server.url("/feed.rss")));
            assertThat(f.input()).isEqualTo(server.url("/feed.rss"));
            assertThat(f.reason()).contains("not an RSS/Atom feed");
        }
    }

    @Test
    void truncatedWarc() throws IOException {
        byte[] warc = WarcFixtures.archive(3, true);
        Path truncated = write("crawl.warc.gz", Arrays.copyOf(warc, warc.length * 3 / 4));
        IngestReport report = fixture.ingest(store, truncated.toString());
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.errors().get(0).input()).isEqualTo(truncated.toString());
        assertThat(report.errors().get(0).reason()).containsIgnoringCase("truncated");
        assertThat(report.added()).isBetween(1L, 2L); // the records before the cut are kept
    }

    @Test
    void nothingStoredIsLostOrAlteredByABadBatch() throws IOException {
        Path good = write("good.html", GOOD_HTML);
        fixture.ingest(store, good.toString());
        Article before = onlyArticle();
        Path empty = write("empty.txt", "");
        Path bin = write("x.bin", new byte[]{0, 1, 2, 3, 0, 0, 7});
        IngestReport report = fixture.ingest(store, empty.toString(), bin.toString(), good.toString());
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.duplicate()).isEqualTo(1);
        assertThat(onlyArticle()).isEqualTo(before);
    }

    private Article onlyArticle() {
        try (Store s = Store.open(store)) {
            List<Article> all = new ArrayList<>();
            s.documents().forEachArticle(all::add);
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}

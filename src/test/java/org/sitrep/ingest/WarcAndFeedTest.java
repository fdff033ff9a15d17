package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WarcAndFeedTest {
    @TempDir
    Path dir;

    private List<Article> articles(Path store) {
        try (Store s = Store.open(store)) {
            List<Article> all = new ArrayList<>();
            s.documents().forEachArticle(all::add);
            all.sort(Comparator.comparing(Article::url));
            return all;
        }
    }

    @Test
    void warcResponsesHoldingHtmlBecomeArticles() throws IOException {
        Path store = dir.resolve("store");
        for (boolean gzip : new boolean[]{false, true}) {
            Path warc = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
            Files.write(warc, WarcFixtures.archive(3, gzip));
            IngestReport report = new IngestFixture().ingest(store, warc.toString());
            assertThat(report.errors()).isEmpty();
            assertThat(report.added() + report.duplicate()).isEqualTo(3); // the PNG responses are passed over
        }
        List<Article> all = articles(store);
        assertThat(all).hasSize(3);
        assertThat(all.get(0).url()).isEqualTo("https://news.example.org/dispatch-1");
        assertThat(all.get(0).title()).isEqualTo("Dispatch 1");
        assertThat(all.get(0).published()).isEqualTo("2022-02-11T08:00:00+01:00");
        assertThat(all.get(0).text()).contains("Dispatch number 1 reports").doesNotContain("Home").doesNotContain("Copyright");
    }

    @Test
    void warcServedOverHttp() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.serve("/crawl.warc.gz", "application/warc", WarcFixtures.archive(2, true));
            IngestReport report = new IngestFixture().ingest(dir.resolve("store"), server.url("/crawl.warc.gz"));
            assertThat(report.errors()).isEmpty();
            assertThat(report.added()).isEqualTo(2);
        }
    }

    @Test
    void rssFeedItemsAreFetchedPolitely() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            String rss = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>Example Wire</title><link>%s</link><description>News</description>
                    <item><title>Dispatch 1 (feed title)</title><link>%s</link><pubDate>Fri, 11 Feb 2022 07:00:00 GMT</pubDate></item>
                    <item><title>Dispatch 2</title><link>%s</link></item>
                    <item><title>Private</title><link>%s</link></item>
                    <item><title>Gone</title><link>%s</link></item>
                    <item><title>Moved</title><link>%s</link></item>
                    </channel></rss>
                    """.formatted(server.url("/"), server.url("/news/1"), server.url("/news/2"), server.url("/private/3"),
                    server.url("/news/missing"), server.url("/old/4"));
            server.serve("/feed.xml", "application/rss+xml", rss)
                    .serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
                    .serve("/news/1", "text/html; charset=utf-8", WarcFixtures.page(1))
                    .serve("/news/2", "text/html; charset=utf-8", WarcFixtures.page(2))
                    .serve("/news/4", "text/html; charset=utf-8", WarcFixtures.page(4))
                    .serve("/private/3", "text/html", WarcFixtures.page(3))
                    .redirect("/old/4", server.url("/news/4"));

            IngestReport report = new IngestFixture().ingest(dir.resolve("store"), server.url("/feed.xml"));

            assertThat(report.added()).isEqualTo(3);
            assertThat(report.errors()).hasSize(2);
            assertThat(report.errors()).anySatisfy(e -> {
                assertThat(e.input()).contains("#item=3").contains("/private/3");
                assertThat(e.reason()).contains("robots.txt");
            });
            assertThat(report.errors()).anySatisfy(e -> {
                assertThat(e.input()).contains("#item=4");
                assertThat(e.reason()).contains("404");
            });
            assertThat(server.requests).doesNotContain("/private/3");
            assertThat(server.userAgents).allSatisfy(ua -> assertThat(ua).startsWith("Sitrep/"));

            List<Article> all = articles(dir.resolve("store"));
            assertThat(all).extracting(Article::url)
                    .containsExactly(server.url("/news/1"), server.url("/news/2"), server.url("/news/4"));
        }
    }

    @Test
    void atomFeedFileIsRead() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.serve("/a", "text/html", WarcFixtures.page(5));
            Path atom = dir.resolve("wire.atom");
            Files.writeString(atom, """
                    <?xml version="1.0" encoding="utf-8"?>
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:x</id><updated>2022-02-15T00:00:00Z</updated>
                    <entry><title>Five</title><id>urn:5</id><link href="%s"/><updated>2022-02-15T00:00:00Z</updated></entry>
                    </feed>
                    """.formatted(server.url("/a")));
            IngestReport report = new IngestFixture().ingest(dir.resolve("store"), atom.toString());
            assertThat(report.errors()).isEmpty();
            assertThat(report.added()).isEqualTo(1);
        }
    }
}

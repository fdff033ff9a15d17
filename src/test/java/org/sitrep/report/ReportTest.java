package org.sitrep.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestData;
import org.sitrep.analyze.Analyzer;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.ingest.HttpFetcher;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.Ingestor;
import org.sitrep.store.Store;
import org.sitrep.story.Timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    @Test
    void theReportOfTheSeedsIsSourcedAndEscaped(@TempDir Path dir) throws Exception {
        Path hostile = dir.resolve("hostile.html");
        Files.writeString(hostile, "<html><head><title>Talks &lt;script&gt;alert(1)&lt;/script&gt;</title></head><body><article>"
                + "<p>Diplomats met in Geneva on Monday, January 10, 2022, and the talks &lt;img src=x onerror=alert(1)&gt; "
                + "lasted for seven hours, officials said after the meeting ended.</p></article></body></html>");
        Path store = dir.resolve("store");
        Analyzer analyzer = Analyzer.standard();
        try (Store s = Store.open(store)) {
            new Ingestor(s, new DefaultArticleExtractor(), new HttpFetcher(HttpFetcher.Limits.defaults()),
                    Ingestor.Options.defaults(), new IngestListener() {
            }, analyzer::analyze, 2).ingest(List.of(TestData.seeds().toString(), hostile.toString()));
        }
        try (Store s = Store.open(store)) {
            SituationReport r = new ReportBuilder().build(s, null, null);
            assertThat(r.articles()).isEqualTo(6);
            assertThat(r.summary()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(r.developments()).extracting(d -> d.date().toString()).contains("2022-01-10", "2022-01-13");
            assertThat(r.actors()).extracting(SituationReport.Actor::name).contains("Vladimir Putin", "NATO");
            assertThat(r.quotes()).extracting(SituationReport.Speaker::speaker).contains("Antony Blinken");
            assertThat(r.sourceTable()).anySatisfy(src -> {
                assertThat(src.publisher()).isEqualTo("Atlantico Quotidiano");
                assertThat(src.machineTranslated()).isTrue();
                assertThat(src.originalLanguage()).isEqualTo("it");
            });
            assertThat(r.charts()).hasSize(2).allSatisfy(c -> assertThat(c.png()).startsWith(0x89, 'P', 'N', 'G'));
            for (Timeline.Evidence e : r.summary()) {
                assertThat(s.documents().article(e.article()).orElseThrow().text().substring(e.start(), e.end())).isEqualTo(e.text());
            }

            String html = ReportRenderer.html(r);
            assertThat(html).startsWith("<!doctype html>").contains("data:image/png;base64,");
            assertThat(html).doesNotContain("<script>").doesNotContain("<img src=x").contains("&lt;script&gt;");
            String md = ReportRenderer.markdown(r, List.of());
            assertThat(md).contains("## Key developments").doesNotContain("<script>").doesNotContain("<img src=x");

            SituationReport early = new ReportBuilder().build(s, null, java.time.LocalDate.of(2022, 1, 10));
            assertThat(early.articles()).isEqualTo(3); // the seeds of 3 December and 9 January, the page dated 10 January by its text

            // a period: what was published from 11 January on, and what happened from then on
            java.time.LocalDate since = java.time.LocalDate.of(2022, 1, 11);
            SituationReport period = new ReportBuilder().build(s, null, since, null);
            assertThat(period.articles()).isEqualTo(3);
            assertThat(period.first()).isAfterOrEqualTo(since);
            assertThat(period.developments()).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.date()).isAfterOrEqualTo(since));
            assertThat(period.developments()).extracting(d -> d.date().toString()).contains("2022-01-13");
            assertThat(ReportRenderer.markdown(period, List.of())).contains(", since 2022-01-11");
        }
    }
}

package org.sitrep.cli;

import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.extract.ExtractionException;
import org.sitrep.ingest.HttpFetcher;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.RawDocumentSource;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.model.RawDocument;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", description = {
        "Print the article extracted from each input (a file, a URL, or the id of a stored article), without",
        "touching the store. The JSON form is documented in docs/article-json.md."})
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Option(names = "--json", description = "One JSON object per article (JSON Lines when there are several).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ArticleExtractor extractor = new DefaultArticleExtractor();
        int failed = 0;
        List<String> readable = new ArrayList<>();
        for (String input : inputs) {
            boolean isPath = input.equals("-") || input.startsWith("http://") || input.startsWith("https://") || Files.exists(Path.of(input));
            if (isPath) {
                readable.add(input);
                continue;
            }
            // a stored article's id: re-extract from its raw document
            if (!Files.isDirectory(store.dir())) {
                System.err.println("sitrep: " + input + ": no such file, and no store to look the id up in");
                failed++;
                continue;
            }
            try (Store s = store.open()) {
                RawDocument raw = s.documents().article(input).flatMap(a -> s.documents().raw(a.rawId())).orElse(null);
                if (raw == null) {
                    System.err.println("sitrep: " + input + ": no such file or stored article");
                    failed++;
                    continue;
                }
                print(extractor.extract(raw).article());
            } catch (ExtractionException e) {
                System.err.println("sitrep: " + input + ": " + e.getMessage());
                failed++;
            }
        }
        if (!readable.isEmpty()) {
            RawDocumentSource source = new RawDocumentSource(new HttpFetcher(HttpFetcher.Limits.defaults()), Ingestor.Options.defaults());
            IngestReport report = source.read(readable, new IngestListener() {
                @Override
                public void onFailure(String where, String reason) {
                    System.err.println("sitrep: " + where + ": " + reason);
                }
            }, raw -> {
                try {
                    ArticleExtractor.Extraction e = extractor.extract(raw);
                    e.warnings().forEach(w -> System.err.println("sitrep: warning: " + raw.source() + ": " + w));
                    print(e.article());
                    return RawDocumentSource.Outcome.NEW;
                } catch (ExtractionException e) {
                    throw new org.sitrep.ingest.InputException(e.getMessage());
                } catch (Exception e) {
                    throw new org.sitrep.ingest.InputException("cannot print: " + e.getMessage());
                }
            });
            failed += (int) report.failed();
        }
        return failed == 0 ? 0 : 1;
    }

    private void print(Article a) throws Exception {
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(ExtractedArticle.of(a)));
        } else {
            System.out.print(ArticleText.render(a));
            System.out.println();
        }
    }
}

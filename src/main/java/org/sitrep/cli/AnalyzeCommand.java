package org.sitrep.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.sitrep.analyze.AnalyzedArticle;
import org.sitrep.analyze.Analyzer;
import org.sitrep.analyze.Entity;
import org.sitrep.analyze.Quantity;
import org.sitrep.analyze.Quote;
import org.sitrep.analyze.TimeExpression;
import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "analyze", description = {
        "Print each input's article with the facts found in it.",
        "Entities, quotes with speakers, time expressions resolved against the reference date, and quantities;",
        "offsets are into the article text."})
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, URLs, - or ids of stored articles.")
    List<String> inputs;

    @Option(names = "--json", description = "One JSON object per article.")
    boolean json;

    /** The JSON form: the article's fields, then the analysis. */
    @JsonPropertyOrder({"title", "published", "updated", "author", "site", "publisher", "url", "originalUrl", "language",
            "originalLanguage", "machineTranslated", "text", "referenceDate", "referenceDateSource", "entities", "quotes",
            "times", "quantities"})
    record Output(String title, String published, String updated, String author, String site, String publisher, String url,
                  String originalUrl, String language, String originalLanguage, Boolean machineTranslated, String text,
                  String referenceDate, String referenceDateSource, List<Entity> entities, List<Quote> quotes,
                  List<TimeExpression> times, List<Quantity> quantities) {
        static Output of(AnalyzedArticle r) {
            Article a = r.article();
            return new Output(a.title(), a.published(), a.updated(), a.author(), a.site(), a.publisher(), a.url(),
                    a.originalUrl(), a.language(), a.originalLanguage(), a.machineTranslated(), a.text(),
                    r.referenceDate().date() == null ? null : r.referenceDate().date().toString(), r.referenceDate().source(),
                    r.entities(), r.quotes(), r.times(), r.quantities());
        }
    }

    @Override
    public Integer call() {
        Analyzer analyzer = Analyzer.forStore(store.dir());
        int failed = ArticleInputs.forEach(inputs, store, new DefaultArticleExtractor(), a -> print(analyzer.analyze(a)));
        return failed == 0 ? 0 : 1;
    }

    private void print(AnalyzedArticle r) throws Exception {
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(Output.of(r)));
            return;
        }
        System.out.print(ArticleText.render(r.article()));
        System.out.printf("%nReference date: %s (%s)%n", r.referenceDate().date(), r.referenceDate().source());
        System.out.println("\nEntities");
        for (Entity e : r.entities()) {
            System.out.printf("  %-13s %-28s %3d mention(s)%s%n", e.type(), e.name(), e.mentions().size(),
                    e.roles().isEmpty() ? "" : "  — " + String.join("; ", e.roles()));
        }
        System.out.println("\nQuotes");
        for (Quote q : r.quotes()) {
            System.out.printf("  [%s] %s — %s%n", q.kind(), Terminal.abbreviate(q.text(), 90), q.speaker() == null ? "(unknown)" : q.speaker());
        }
        System.out.println("\nTimes");
        for (TimeExpression t : r.times()) {
            System.out.printf("  %-30s %-9s %s%n", Terminal.abbreviate(t.text(), 30), t.type(), t.value());
        }
        System.out.println("\nQuantities");
        for (Quantity q : r.quantities()) {
            System.out.printf(Locale.ROOT, "  %-40s %,.0f %s%s%n", Terminal.abbreviate(q.text(), 40), q.value(), q.unit(),
                    q.subject() == null ? "" : " (" + q.subject() + ")");
        }
        System.out.println();
    }
}

package org.sitrep.analyze;

import org.sitrep.analyze.time.TimeTagger;
import org.sitrep.model.Article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Turns an article into facts with evidence: the reference date from its lineage, the engine's annotations (CoreNLP:
 * tokens, sentences, named entities, quotations), then Sitrep's own time expressions, entities, quotes and quantities.
 * Thread-safe: one Analyzer (one engine pipeline) serves every worker thread.
 */
public final class Analyzer {
    private final CoreNlp engine;
    private final TimeTagger times = new TimeTagger();
    private final EntityLinker entities;
    private final QuoteAttributor quotes = new QuoteAttributor();
    private final Quantities quantities = new Quantities();

    public Analyzer(CoreNlp engine, KnowledgeBase kb) {
        this.engine = engine;
        this.entities = new EntityLinker(kb);
    }

    /** The engine as Sitrep runs it and the bundled knowledge base. */
    public static Analyzer standard() {
        return new Analyzer(new CoreNlp(CoreNlp.Mode.SITREP), KnowledgeBase.bundled());
    }

    /** The engine as Sitrep runs it and the knowledge base extended by the store's own files ({@code STORE/kb/*.tsv}). */
    public static Analyzer forStore(java.nio.file.Path storeDir) {
        return new Analyzer(new CoreNlp(CoreNlp.Mode.SITREP), KnowledgeBase.withUserFiles(storeDir.resolve("kb")));
    }

    public AnalyzedArticle analyze(Article article) {
        ReferenceDate ref = referenceDate(article);
        AnnotatedText text = engine.annotate(article.text(), ref.date());
        return analyze(article, ref, text);
    }

    /** Sitrep's own analysis over an engine annotation (kept apart so that its cost can be measured alone). */
    public AnalyzedArticle analyze(Article article, ReferenceDate ref, AnnotatedText text) {
        List<Entity> found = entities.link(text);
        int tokens = text.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        return new AnalyzedArticle(article, ref, found, quotes.attribute(text, found), times.tag(text.text(), text.referenceDay()),
                quantities.find(text), tokens);
    }

    public AnnotatedText annotate(Article article) {
        return engine.annotate(article.text(), referenceDate(article).date());
    }

    /**
     * The date relative expressions refer to: the article's publication date, which for a repost is the original
     * publication's when the repost states it (the extractor takes it from the lineage); none when no date is known.
     */
    public static ReferenceDate referenceDate(Article a) {
        LocalDate day = a.publishedDay();
        if (day == null) {
            return new ReferenceDate(null, ReferenceDate.UNKNOWN);
        }
        boolean repost = a.originalUrl() != null || Boolean.TRUE.equals(a.machineTranslated())
                || a.publisher() != null && a.site() != null && !Objects.equals(a.publisher(), a.site());
        return new ReferenceDate(day, repost ? ReferenceDate.ORIGINAL : ReferenceDate.PUBLICATION);
    }
}

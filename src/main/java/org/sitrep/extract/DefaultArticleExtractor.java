package org.sitrep.extract;

import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

import java.util.ArrayList;
import java.util.List;

/** The extractor ingestion uses: dispatches by document format, decoding bytes with {@link TextDecoder}. */
public final class DefaultArticleExtractor implements ArticleExtractor {
    private final HtmlExtractor html = new HtmlExtractor();
    private final TextDumpExtractor textDump = new TextDumpExtractor();
    private final RecordExtractor records = new RecordExtractor(html);
    private final MetadataCompletion completion;

    /** With the bundled publisher list and the default languages. */
    public DefaultArticleExtractor() {
        this(Publishers.bundled(), new Languages(Languages.DEFAULT));
    }

    public DefaultArticleExtractor(Publishers publishers, Languages languages) {
        this.completion = new MetadataCompletion(publishers, languages);
    }

    @Override
    public Extraction extract(RawDocument raw) throws ExtractionException {
        List<String> warnings = new ArrayList<>();
        HtmlExtractor.RawDocumentHints hints = HtmlExtractor.RawDocumentHints.of(raw);
        Article article = switch (raw.format()) {
            case HTML -> {
                String declared = HtmlMetadata.first(TextDecoder.charsetOfContentType(raw.hint(RawDocument.HINT_CONTENT_TYPE)),
                        TextDecoder.charsetOfHtml(raw.content()));
                yield html.extract(raw.articleId(), raw.id(), decode(raw, declared, warnings), hints);
            }
            case TEXT -> textDump.extract(raw.articleId(), raw.id(),
                    decode(raw, TextDecoder.charsetOfContentType(raw.hint(RawDocument.HINT_CONTENT_TYPE)), warnings), hints);
            case RECORD -> records.extract(raw);
        };
        return new Extraction(completion.complete(article), warnings);
    }

    private static String decode(RawDocument raw, String declared, List<String> warnings) {
        TextDecoder.Decoded decoded = TextDecoder.decode(raw.content(), declared);
        if (decoded.warning() != null) {
            warnings.add(decoded.warning());
        }
        return decoded.text();
    }
}

package org.sitrep.cli;

import org.sitrep.extract.DefaultArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", description = {
        "Print the article behind each input, without touching the store.",
        "An input is a file, a URL, - or the id of a stored article. The JSON form is documented in docs/article-json.md."})
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Option(names = "--json", description = "One JSON object per article (JSON Lines when there are several).")
    boolean json;

    @Override
    public Integer call() {
        int failed = ArticleInputs.forEach(inputs, store, new DefaultArticleExtractor(), this::print);
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

package org.sitrep.cli;

import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "show", description = "Print one stored article (its id, or a unique prefix of it).")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.open()) {
            Article a = s.documents().article(id).orElse(null);
            if (a == null) {
                System.err.println("sitrep: no article with the id " + id + " (or the prefix names several)");
                return 1;
            }
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(a));
            } else {
                System.out.print(ArticleText.render(a));
            }
        }
        return 0;
    }
}

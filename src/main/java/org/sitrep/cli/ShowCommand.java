package org.sitrep.cli;

import org.sitrep.model.Article;
import org.sitrep.model.Json;
import org.sitrep.store.Store;
import org.sitrep.story.Story;
import org.sitrep.story.StoryBuilder;
import org.sitrep.story.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "show", description = {"Print one stored article (its id, or a unique prefix of it), with the story it is",
        "in: whether it is a copy (a repost or near-duplicate) of another article, or has copies."})
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
            Story story = new StoryBuilder(StoryClusterer.Settings.defaults()).savedStoryOf(s, a.id()).orElse(null);
            if (json) {
                com.fasterxml.jackson.databind.node.ObjectNode out = Json.mapper().valueToTree(a);
                out.put("story", story == null ? null : story.id());
                out.put("canonicalCopy", story == null ? null : story.copies().get(a.id()));
                out.set("copies", story == null ? null : Json.mapper().valueToTree(ArticleText.copiesOf(story, a.id())));
                System.out.println(Json.mapper().writeValueAsString(out));
            } else {
                System.out.print(ArticleText.render(a, story));
            }
        }
        return 0;
    }
}

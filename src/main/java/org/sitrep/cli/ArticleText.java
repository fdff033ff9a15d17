package org.sitrep.cli;

import org.sitrep.model.Article;

import java.util.List;

/** An article as text for a terminal. */
final class ArticleText {
    private ArticleText() {
    }

    static String render(Article a) {
        return render(a, null);
    }

    /** The article, with the story it is in (its label, and whether it is a copy or has copies) when given. */
    static String render(Article a, org.sitrep.story.Story story) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.title() == null ? "(no title)" : a.title()).append('\n');
        line(sb, "id", a.id());
        line(sb, "published", a.published());
        line(sb, "updated", a.updated());
        line(sb, "author", a.author());
        line(sb, "site", a.site());
        line(sb, "publisher", a.publisher());
        line(sb, "url", a.url());
        line(sb, "original url", a.originalUrl());
        line(sb, "language", a.language());
        line(sb, "original language", a.originalLanguage());
        line(sb, "machine-translated", a.machineTranslated() == null ? null : a.machineTranslated().toString());
        if (story != null) {
            line(sb, "story", story.id() + " (" + story.articles().size() + " articles, " + story.first() + " to "
                    + story.last() + "): " + story.label());
            line(sb, "copy of", story.copies().get(a.id()));
            List<String> copies = copiesOf(story, a.id());
            line(sb, "copies", copies.isEmpty() ? null : String.join(", ", copies));
        }
        sb.append('\n').append(a.text()).append('\n');
        return sb.toString();
    }

    /** The articles of the story that are copies of this one (reposts, near-duplicates), in the order they came. */
    static List<String> copiesOf(org.sitrep.story.Story story, String id) {
        return story.articles().stream().filter(other -> id.equals(story.copies().get(other))).toList();
    }

    private static void line(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(String.format("  %-18s %s%n", name + ":", value));
        }
    }
}

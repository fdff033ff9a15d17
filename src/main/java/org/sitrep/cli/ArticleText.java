package org.sitrep.cli;

import org.sitrep.model.Article;

/** An article as text for a terminal. */
final class ArticleText {
    private ArticleText() {
    }

    static String render(Article a) {
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
        sb.append('\n').append(a.text()).append('\n');
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(String.format("  %-18s %s%n", name + ":", value));
        }
    }
}

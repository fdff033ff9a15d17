package org.sitrep.report;

import org.sitrep.story.Timeline;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Renders a situation report as Markdown or as one self-contained HTML page (charts inlined as PNG data URIs).
 * Everything that comes from articles is escaped.
 */
public final class ReportRenderer {
    private ReportRenderer() {
    }

    public static String html(SituationReport r) {
        StringBuilder b = new StringBuilder();
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(h(r.title())).append("</title>")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}"
                        + "h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}"
                        + "table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}"
                        + ".ev{color:#888;font-size:.8em}blockquote{margin:.4em 0 .4em 1em;border-left:3px solid #ccc;padding-left:.7em}"
                        + "img{max-width:100%}</style></head><body>");
        b.append("<h1>").append(h(r.title())).append("</h1><p>").append(h(period(r))).append("</p>");
        b.append("<h2>Summary</h2><ul>");
        for (Timeline.Evidence e : r.summary()) {
            b.append("<li>").append(h(e.text())).append(" <span class=\"ev\">").append(h(evidence(e))).append("</span></li>");
        }
        b.append("</ul><h2>Key developments</h2>");
        for (SituationReport.Development d : r.developments()) {
            b.append("<h3>").append(d.date()).append(" <span class=\"ev\">").append(d.independentSources())
                    .append(d.independentSources() == 1 ? " source" : " sources").append("</span></h3><ul>");
            for (Timeline.Evidence e : d.sentences()) {
                b.append("<li>").append(h(e.text())).append(" <span class=\"ev\">").append(h(evidence(e))).append("</span></li>");
            }
            b.append("</ul>");
        }
        b.append("<h2>Actors</h2><table><tr><th>name</th><th>type</th><th>mentions</th><th>articles</th><th>roles</th></tr>");
        for (SituationReport.Actor a : r.actors()) {
            b.append("<tr><td>").append(h(a.name())).append("</td><td>").append(h(a.type())).append("</td><td>").append(a.mentions())
                    .append("</td><td>").append(a.articles()).append("</td><td>").append(h(String.join("; ", a.roles()))).append("</td></tr>");
        }
        b.append("</table><h2>Who said what</h2>");
        for (SituationReport.Speaker s : r.quotes()) {
            b.append("<h3>").append(h(s.speaker())).append("</h3>");
            for (SituationReport.SaidQuote q : s.quotes()) {
                b.append("<blockquote>“").append(h(q.text())).append("” <span class=\"ev\">").append(h(day(q.published())))
                        .append(", article ").append(h(q.article())).append(" ").append(q.start()).append("–").append(q.end())
                        .append("</span></blockquote>");
            }
        }
        b.append("<h2>Numbers</h2><table><tr><th>date</th><th>what</th><th>value</th><th>unit</th><th>article</th></tr>");
        for (SituationReport.Number n : r.numbers()) {
            b.append("<tr><td>").append(h(day(n.published()))).append("</td><td>").append(h(n.text())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,.0f", n.value())).append("</td><td>").append(h(n.unit()))
                    .append("</td><td>").append(h(n.article())).append("</td></tr>");
        }
        b.append("</table><h2>Charts</h2>");
        for (SituationReport.Chart c : r.charts()) {
            b.append("<p><img alt=\"").append(h(c.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(c.png())).append("\"></p>");
        }
        b.append("<h2>Sources</h2><table><tr><th>published</th><th>title</th><th>site</th><th>publisher</th>"
                + "<th>original language</th><th>machine-translated</th><th>article</th></tr>");
        for (SituationReport.Source s : r.sourceTable()) {
            b.append("<tr><td>").append(h(day(s.published()))).append("</td><td>").append(h(s.title())).append("</td><td>")
                    .append(h(s.site())).append("</td><td>").append(h(s.publisher())).append("</td><td>").append(h(s.originalLanguage()))
                    .append("</td><td>").append(s.machineTranslated() == null ? "" : s.machineTranslated()).append("</td><td>")
                    .append(h(s.article())).append("</td></tr>");
        }
        b.append("</table><p class=\"ev\">Events and tension between actors are not available yet.</p></body></html>\n");
        return b.toString();
    }

    /** Markdown; charts are referenced by the file names given (written beside the report), or left out. */
    public static String markdown(SituationReport r, List<String> chartFiles) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(m(r.title())).append("\n\n").append(m(period(r))).append("\n\n## Summary\n\n");
        for (Timeline.Evidence e : r.summary()) {
            b.append("- ").append(m(e.text())).append(" _(").append(evidence(e)).append(")_\n");
        }
        b.append("\n## Key developments\n");
        for (SituationReport.Development d : r.developments()) {
            b.append("\n### ").append(d.date()).append(" — ").append(d.independentSources())
                    .append(d.independentSources() == 1 ? " source" : " sources").append("\n\n");
            for (Timeline.Evidence e : d.sentences()) {
                b.append("- ").append(m(e.text())).append(" _(").append(evidence(e)).append(")_\n");
            }
        }
        b.append("\n## Actors\n\n| name | type | mentions | articles | roles |\n|---|---|---|---|---|\n");
        for (SituationReport.Actor a : r.actors()) {
            b.append("| ").append(cell(a.name())).append(" | ").append(a.type()).append(" | ").append(a.mentions()).append(" | ")
                    .append(a.articles()).append(" | ").append(cell(String.join("; ", a.roles()))).append(" |\n");
        }
        b.append("\n## Who said what\n");
        for (SituationReport.Speaker s : r.quotes()) {
            b.append("\n### ").append(m(s.speaker())).append("\n\n");
            for (SituationReport.SaidQuote q : s.quotes()) {
                b.append("> “").append(m(q.text())).append("” _(").append(day(q.published())).append(", article ")
                        .append(q.article()).append(" ").append(q.start()).append("–").append(q.end()).append(")_\n\n");
            }
        }
        b.append("\n## Numbers\n\n| date | what | value | unit | article |\n|---|---|---|---|---|\n");
        for (SituationReport.Number n : r.numbers()) {
            b.append("| ").append(day(n.published())).append(" | ").append(cell(n.text())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", n.value())).append(" | ").append(cell(n.unit())).append(" | ")
                    .append(n.article()).append(" |\n");
        }
        if (!chartFiles.isEmpty()) {
            b.append("\n## Charts\n\n");
            for (int i = 0; i < chartFiles.size() && i < r.charts().size(); i++) {
                b.append("![").append(r.charts().get(i).title()).append("](").append(chartFiles.get(i)).append(")\n\n");
            }
        }
        b.append("\n## Sources\n\n| published | title | site | publisher | original language | machine-translated | article |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (SituationReport.Source s : r.sourceTable()) {
            b.append("| ").append(day(s.published())).append(" | ").append(cell(s.title())).append(" | ").append(cell(s.site()))
                    .append(" | ").append(cell(s.publisher())).append(" | ").append(cell(s.originalLanguage())).append(" | ")
                    .append(s.machineTranslated() == null ? "" : s.machineTranslated()).append(" | ").append(s.article()).append(" |\n");
        }
        b.append("\n_Events and tension between actors are not available yet._\n");
        return b.toString();
    }

    private static String period(SituationReport r) {
        return String.format(Locale.ROOT, "%d articles (%d independent) from %d sources, %s to %s%s.", r.articles(), r.independent(),
                r.sources(), r.first(), r.last(), (r.since() == null ? "" : ", since " + r.since())
                        + (r.asOf() == null ? "" : ", as of " + r.asOf()));
    }

    private static String evidence(Timeline.Evidence e) {
        return "article " + e.article() + " " + e.start() + "–" + e.end();
    }

    private static String day(String published) {
        return published == null ? "" : published.substring(0, Math.min(10, published.length()));
    }

    static String h(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markdown text from articles: HTML and Markdown markup made inert. */
    static String m(String s) {
        if (s == null) {
            return "";
        }
        String md = s.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]#|])", "\\\\$1");
        return md.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cell(String s) {
        return m(s);
    }
}

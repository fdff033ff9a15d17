package org.sitrep.report;

import org.sitrep.story.Timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * A situation report on a story (or the whole store) over a period (since a day, as of a day; either may be null):
 * what a reader needs, every line linked to the article (and for sentences the offsets) it came from.
 */
public record SituationReport(String title, String scope, LocalDate since, LocalDate asOf, LocalDate first,
                              LocalDate last, int articles,
                              int independent, int sources, List<Timeline.Evidence> summary, List<Development> developments,
                              List<Actor> actors, List<Speaker> quotes, List<Number> numbers, List<Source> sourceTable,
                              List<Chart> charts) {

    public record Development(LocalDate date, int independentSources, List<Timeline.Evidence> sentences) {
    }

    public record Actor(String id, String name, String type, int mentions, int articles, List<String> roles) {
    }

    public record Speaker(String speaker, String entity, List<SaidQuote> quotes) {
    }

    public record SaidQuote(String text, String published, String article, int start, int end) {
    }

    public record Number(String published, String text, double value, String unit, String subject, String article) {
    }

    public record Source(String article, String title, String site, String publisher, String language,
                         String originalLanguage, Boolean machineTranslated, String published, String url) {
    }

    /** A chart: its title and PNG bytes (left out of the JSON form). */
    public record Chart(String title, @com.fasterxml.jackson.annotation.JsonIgnore byte[] png) {
    }
}

package org.sitrep.analyze;

import java.time.LocalDate;
import java.util.List;

/**
 * One text with the annotations the NLP engine gave it, all as character offsets into {@link #text()}: sentences and
 * tokens, entity mentions, time expressions (resolved against {@link #referenceDay()}) and quotations. Sitrep's own
 * analysers read this, never the engine's types.
 */
public record AnnotatedText(String text, LocalDate referenceDay, List<Sentence> sentences, List<RawMention> mentions,
                            List<TimeExpression> times, List<RawQuote> quotes) {

    /** A named-entity mention as the engine tagged it (PERSON, ORGANIZATION, LOCATION, MISC, ...). */
    public record RawMention(String text, int start, int end, String type, int sentence) {
    }

    /** A quotation and the speaker the engine attributed, if any (text and offsets of the speaker mention). */
    public record RawQuote(String text, int start, int end, String speaker, int speakerStart, int speakerEnd) {
    }

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
    }

    /** The sentence holding a character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}

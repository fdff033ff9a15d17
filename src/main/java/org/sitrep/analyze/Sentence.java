package org.sitrep.analyze;

import java.util.List;

/** A sentence: its character span in the analysed text and its tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String documentText) {
        return documentText.substring(start, end);
    }
}

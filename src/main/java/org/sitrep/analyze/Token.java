package org.sitrep.analyze;

/** A token with its character offsets in the analysed text, part of speech, lemma and named-entity tag. */
public record Token(String text, int start, int end, String pos, String lemma, String ner) {
}

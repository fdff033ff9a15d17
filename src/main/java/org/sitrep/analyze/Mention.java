package org.sitrep.analyze;

/**
 * One mention of an entity: its text and offsets in the article text. {@code actsFor} links a metonymic mention to
 * the country it stands for ("Moscow views these developments" -> country:RUS); the mention itself is unchanged.
 */
public record Mention(String text, int start, int end, String actsFor) {
}

package org.sitrep.analyze;

/**
 * A quotation with its speaker.
 *
 * @param speaker       the speaker's canonical name, or the description of an anonymous speaker ("a senior State
 *                      Department official"); null when unknown
 * @param speakerEntity the speaker's entity id, or null
 * @param speakerText   the words in the text that name the speaker ("Blinken", "she", "a senior official"), or null
 * @param kind          "full" (a statement) or "partial" (a phrase quoted inside the writer's own sentence)
 */
public record Quote(String text, int start, int end, String speaker, String speakerEntity, String speakerText, String kind) {
}

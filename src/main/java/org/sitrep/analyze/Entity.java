package org.sitrep.analyze;

import java.util.List;

/**
 * An entity of an article: one canonical id across spellings and translations (a knowledge-base id, or one made from
 * its fullest name), its mentions with offsets, and the roles the text gives it.
 */
public record Entity(String id, String name, String type, List<Mention> mentions, List<String> roles) {
    /** The types of the actors stories are about (not dates, numbers or other named things). */
    public static final java.util.Set<String> ACTOR_TYPES = java.util.Set.of("PERSON", "ORGANIZATION", "LOCATION");

    public Entity {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}

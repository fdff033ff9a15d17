package org.sitrep.analyze;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The linker on mentions as a tagger gives them, without running the engine. */
class EntityLinkerTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.bundled());

    private static AnnotatedText.RawMention mention(String text, String whole, String type) {
        int start = whole.indexOf(text);
        return new AnnotatedText.RawMention(text, start, start + text.length(), type, 0);
    }

    @Test
    void aPlaceTheTaggerRanIntoANameIsLeftOutWhenThePersonIsKnown() {
        String text = "Naftali Bennett flew to Moscow. The Prime Minister of Israel Bennett met Putin. "
                + "Jordan Peterson also spoke.";
        List<AnnotatedText.RawMention> mentions = List.of(mention("Naftali Bennett", text, "PERSON"),
                mention("Israel Bennett", text, "PERSON"), mention("Jordan Peterson", text, "PERSON"));
        List<Entity> entities = LINKER.link(new AnnotatedText(text, null, List.of(), mentions, List.of(), List.of()));
        Entity bennett = entities.stream().filter(e -> e.name().equals("Naftali Bennett")).findFirst().orElseThrow();
        assertThat(bennett.mentions()).extracting(Mention::text).containsExactly("Naftali Bennett", "Bennett");
        assertThat(entities).extracting(Entity::name).doesNotContain("Israel Bennett")
                .contains("Jordan Peterson"); // no one else named Peterson: the name stays whole
    }
}

package org.sitrep.story;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPhrasesTest {
    private static List<String> surfaces(String headline) {
        return KeyPhrases.of(headline).stream().map(KeyPhrases.Phrase::surface).toList();
    }

    @Test
    void runsOfContentWordsBetweenFunctionWordsAndPunctuation() {
        assertThat(surfaces("Humanitarian corridors were opened in the Sumy and Kharkiv regions"))
                .containsExactly("humanitarian corridors", "Kharkiv regions"); // "Sumy" alone is no phrase
        assertThat(surfaces("President signed the Treaty of Friendship, Cooperation and Mutual Assistance"))
                .contains("Treaty of Friendship", "Mutual Assistance").doesNotContain("Friendship Cooperation");
    }

    @Test
    void aSentenceCaseOpeningIsLowerCasedANameIsNot() {
        assertThat(surfaces("Winter Olympics opened in Beijing")).containsExactly("Winter Olympics");
        assertThat(surfaces("Peace talks resumed")).containsExactly("peace talks");
        assertThat(KeyPhrases.of("Peace talks resumed").get(0).opening()).isTrue();
        assertThat(surfaces("NATO summit ended")).containsExactly("NATO summit");
    }

    @Test
    void verbsOfMeetingAndNumbersEndAPhrase() {
        assertThat(surfaces("Andriy Yermak met the 10th delegation of Rhythmic Gymnastics champions"))
                .contains("Andriy Yermak", "Rhythmic Gymnastics", "delegation of Rhythmic Gymnastics")
                .noneMatch(p -> p.contains("met") || p.contains("10th"));
        assertThat(surfaces("Prices increased sharply")).isEmpty(); // "increased" ends a run like a verb
        assertThat(surfaces("Talks of the Armed Forces and United Nations")) // capitalised, a name's word
                .contains("Armed Forces", "United Nations");
    }

    @Test
    void noPhraseOfMoreThanThreeWords() {
        assertThat(surfaces("Munich Security Conference Hall Opening")).allMatch(p -> p.split(" ").length <= 3)
                .contains("Munich Security Conference");
    }
}

package org.sitrep.analyze;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseTest {

    @Test
    void countriesInSixLanguagesAndShortForms() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        for (String name : new String[]{"Germany", "Allemagne", "Germania", "Deutschland", "Alemania", "Германия"}) {
            assertThat(kb.find(name, "LOCATION")).get().extracting(KnowledgeBase.Entry::id).isEqualTo("country:DEU");
        }
        assertThat(kb.find("the U.S.", "LOCATION")).get().extracting(KnowledgeBase.Entry::id).isEqualTo("country:USA");
        assertThat(kb.find("Kiev", "LOCATION")).get().extracting(KnowledgeBase.Entry::id).isEqualTo("place:kyiv");
        assertThat(kb.find("the Kremlin", "ORGANIZATION")).get().extracting(KnowledgeBase.Entry::actsFor).isEqualTo("country:RUS");
    }

    @Test
    void aStoresOwnFilesExtendAndOverrideTheBundledOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("people.tsv"), """
                # id\tname\taliases\troles
                jane-example\tJane Example\tJ. Example|Jana Eksampl\tSpecial Envoy of Example
                antony-blinken\tAntony Blinken\tBlinken|Tony Blinken\tSecretary of State (user's entry)
                """);
        Files.writeString(dir.resolve("places.tsv"), "exampleville\tExampleville\tEksampleville\tUKR\t\n");
        KnowledgeBase kb = KnowledgeBase.withUserFiles(dir);
        assertThat(kb.find("Jana Eksampl", "PERSON")).get().extracting(KnowledgeBase.Entry::id).isEqualTo("person:jane-example");
        assertThat(kb.find("Jane Exampel", "PERSON")).get().extracting(KnowledgeBase.Entry::name).isEqualTo("Jane Example");
        assertThat(kb.byId("person:antony-blinken")).get().extracting(KnowledgeBase.Entry::roles)
                .asList().containsExactly("Secretary of State (user's entry)");
        assertThat(kb.find("Eksampleville", "LOCATION")).isPresent();
        assertThat(kb.find("Sergei Lavrov", "PERSON")).isPresent(); // the bundled entries remain
        assertThat(KnowledgeBase.withUserFiles(dir.resolve("missing")).find("Jane Example", "PERSON")).isEmpty();
    }
}

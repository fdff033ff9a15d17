package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.TestData;
import org.sitrep.model.Article;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed documents: aggregator reposts whose true metadata and clean text Sitrep must recover. */
class SeedExtractionTest {

    private static Article seed(String prefix) throws IOException, ExtractionException {
        try (var files = Files.list(TestData.seeds())) {
            return ExtractFixture.text(Files.readAllBytes(files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst().orElseThrow()));
        }
    }

    @Test
    void analysisWithADateHeaderAndNoTitle() throws Exception {
        Article a = seed("000_");
        assertThat(a.published()).isEqualTo("2022-01-22");
        assertThat(a.title()).isNull();
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).startsWith("Moscow presented itself asking for the withdrawal of NATO forces")
                .endsWith("the Western nervous breakdown, and a fateful misstep.")
                .doesNotContain(" date 2022-01-22");
    }

    @Test
    void machineTranslatedRepostKeepsItsLineage() throws Exception {
        Article a = seed("001_");
        assertThat(a.site()).isEqualTo("Vogon Today");
        assertThat(a.publisher()).isEqualTo("Atlantico Quotidiano");
        assertThat(a.originalLanguage()).isEqualTo("it");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.machineTranslated()).isTrue();
        assertThat(a.published()).isEqualTo("2022-02-05T03:50:00Z");
        assertThat(a.originalUrl()).isEqualTo("https://www.atlanticoquotidiano.it/quotidiano/la-risposta-nato-usa-non-soddisfa-mosca-ma-apre-la-trattativa-e-aumenta-la-pressione-su-putin/");
        assertThat(a.title()).isEqualTo("The NATO-US response does not satisfy Moscow, but opens the negotiations and increases the pressure on Putin");
        assertThat(a.text()).startsWith("The scoop was made by the Spanish newspaper El País")
                .endsWith("The first official reaction to the NATO-US document comes from the Chinese Communist Party.")
                .doesNotContain("Selected News from the Galaxy").doesNotContain("Daily Atlantic")
                .doesNotContain("appeared first on").doesNotContain("machine translation");
    }

    @Test
    void aggregatorRepostOfLeFigaroWithRelatedLinksAndALaterFooterDate() throws Exception {
        Article a = seed("002_");
        assertThat(a.site()).isEqualTo("The Limited Times");
        assertThat(a.publisher()).isEqualTo("Le Figaro");
        assertThat(a.originalLanguage()).isEqualTo("fr");
        assertThat(a.published()).isEqualTo("2022-01-09T18:38:59.130Z"); // not the related link's 2024-03-07
        assertThat(a.title()).isEqualTo("Putin-Biden: how to avoid war in Ukraine");
        assertThat(a.text())
                .startsWith("A series of talks will be held this week between Moscow and Washington") // kicker label dropped
                .contains("A bilateral summit between the Americans and the Russians is being held in Geneva on Monday.")
                .contains("\"I don't think we are going to see any breakthrough in the coming week,\"")
                .endsWith("be taken up with partners and allies later in the week. ”")
                .doesNotContain("DECRYPTION").doesNotContain("Washington correspondent")
                .doesNotContain("See also").doesNotContain("Ukraine fractured between nostalgia")
                .doesNotContain("Munich syndrome").doesNotContain("To read also").doesNotContain("Let us join NATO")
                .doesNotContain("Source: lefigaro").doesNotContain("You may like").doesNotContain("2024-03-07")
                .doesNotContain("©").doesNotContain("external sources").doesNotContain("Now you can see non-English news");
    }

    @Test
    void dateAndAuthorHeader() throws Exception {
        Article a = seed("003_");
        assertThat(a.author()).isEqualTo("Giuseppe Sarcina");
        assertThat(a.published()).isEqualTo("2021-12-03");
        assertThat(a.text()).startsWith("After December 6, the virtual meeting between the American and Russian presidents.")
                .doesNotContain("Giuseppe Sarcina");
    }

    @Test
    void publishedAndUpdatedLineWithBrokenSpacing() throws Exception {
        Article a = seed("004_");
        assertThat(a.title()).isEqualTo("Ukraine: diplomacy fails to open up prospects between Moscow and NATO");
        assertThat(a.published()).isEqualTo("2022-01-13T18:53:00");
        assertThat(a.updated()).isNull(); // "Updated on Jan. 2022 at 19: 16" has no day: not a date to state
        assertThat(a.text()).startsWith("After an intense week of diplomatic negotiations")
                .contains("Do not compromise on principles")
                .doesNotContain("Published on");
    }
}

package org.sitrep.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022-01-09T18:38:59.130Z|2022-01-09T18:38:59.130Z",
            "Sat, 05 Feb 2022 03:50:00 +0000|2022-02-05T03:50:00Z",
            "Published on 13 Jan. 2022 at 18: 53|2022-01-13T18:53:00",
            "January 13, 2022 5:30 pm EST|2022-01-13T17:30:00-05:00",
            "Publié le 13 janv. 2022 à 18h53|2022-01-13T18:53:00",
            "Veröffentlicht am 13. Januar 2022, 18:53 Uhr|2022-01-13T18:53:00",
            "Pubblicato il 13 gennaio 2022|2022-01-13",
            "Publicado el 13 de enero de 2022|2022-01-13",
            "Опубликовано 13 января 2022 г. в 18:53|2022-01-13T18:53:00",
            "Stand: 13.01.2022|2022-01-13",
            "Von: Anna Example, 13.01.22 Die Gespräche|2022-01-13",
            "Seoul 2022.01.13. 8:06|2022-01-13",
            " date 2022-01-22 Moscow presented itself|2022-01-22"})
    void findsDatesInManyLanguagesAndForms(String text, String iso) {
        assertThat(TextDates.first(text)).isNotNull().extracting(TextDates.Found::iso).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no date here", "version 3.2 of 2022", "version 1.13.22.4", "32 January 2022", "2022-13-01"})
    void findsNothingWhereThereIsNoDate(String text) {
        assertThat(TextDates.first(text)).isNull();
    }
}

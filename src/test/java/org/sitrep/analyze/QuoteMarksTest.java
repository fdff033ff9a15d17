package org.sitrep.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteMarksTest {

    @Test
    void marksOpenBeforeAWordAndCloseAfterOne() {
        assertThat(QuoteMarks.directed("He said \"no\", then \"yes.\"")).isEqualTo("He said “no”, then “yes.”");
    }

    @Test
    void aMarkSpacedOnBothSidesClosesTheOpenQuoteElseOpensOne() {
        // a machine translation's spacing: both marks stand between spaces
        assertThat(QuoteMarks.directed("a right \" to choose its alliances \". Open door"))
                .isEqualTo("a right “ to choose its alliances ”. Open door");
    }

    @Test
    void aStrayMarkBeforeALineBreakClosesAndDoesNotSwallowTheNextQuote() {
        String text = "sovereign nations. \"\n\nFiles behind closed doors\n\n“The idea is absurd,” said Blinken.\n\n"
                + "We have seen this before. \"\n\nOn Saturday";
        assertThat(QuoteMarks.directed(text)).isEqualTo(text.replace('"', '”'));
    }

    @Test
    void aClosingMarkMovedToTheNextLineClosesTheQuoteLeftOpen() {
        assertThat(QuoteMarks.directed("\"It is not for Russia to decide,\n\n\" recalled the official."))
                .isEqualTo("“It is not for Russia to decide,\n\n” recalled the official.");
    }

    @Test
    void theTextKeepsItsLengthAndOtherCharacters() {
        String text = "No marks here, only ‘single’ ones and 5' 10\".";
        assertThat(QuoteMarks.directed(text)).hasSameSizeAs(text)
                .startsWith("No marks here, only ‘single’ ones and 5' 10");
    }
}

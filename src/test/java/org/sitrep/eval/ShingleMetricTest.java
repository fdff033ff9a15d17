package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShingleMetricTest {
    @Test
    void identicalTokensScorePerfectlyWhateverThePunctuation() {
        var s = ShingleMetric.score(Map.of("a", "One two, three four five."), Map.of("a", "One two three\nfour five"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.accuracy()).isEqualTo(1.0);
    }

    @Test
    void extraTextLowersPrecisionMissingTextLowersRecall() {
        String gold = "the talks in Geneva lasted more than seven hours on Monday";
        var extra = ShingleMetric.page(gold, gold + " subscribe to our newsletter today");
        assertThat(extra.fn()).isZero();
        assertThat(extra.fp()).isPositive();
        var missing = ShingleMetric.page(gold, "the talks in Geneva lasted more");
        assertThat(missing.fp()).isZero();
        assertThat(missing.fn()).isPositive();
        assertThat(missing.tp() + missing.fp() + missing.fn()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void anEmptyPredictionIsLeftOutOfPrecisionButCountsAgainstRecall() {
        var s = ShingleMetric.score(Map.of("a", "one two three four five", "b", "six seven eight nine ten"),
                Map.of("a", "one two three four five"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.accuracy()).isEqualTo(0.5);
    }
}

package org.sitrep.analyze.time;

import org.junit.jupiter.api.Test;
import org.sitrep.analyze.TimeExpression;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTaggerTest {
    private final TimeTagger tagger = new TimeTagger();

    /** The single expression the tagger finds in {@code text}, as "text=TYPE:value". */
    private String one(String text, String reference) {
        List<TimeExpression> found = tagger.tag(text, reference == null ? null : LocalDate.parse(reference));
        assertThat(found).as("expressions in %s", text).hasSize(1);
        TimeExpression t = found.get(0);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        return t.text() + "=" + t.type() + ":" + t.value();
    }

    @Test
    void bareWeekdaysFollowTheTenseOfTheirClause() {
        // Sunday 2022-01-09: the talks are the coming Monday
        assertThat(one("Talks will be held in Geneva on Monday.", "2022-01-09")).isEqualTo("Monday=DATE:2022-01-10");
        assertThat(one("A summit is being held in Geneva on Monday.", "2022-01-09")).isEqualTo("Monday=DATE:2022-01-10");
        // Saturday 2022-01-22
        assertThat(one("On Monday Blinken will take part in a meeting.", "2022-01-22")).isEqualTo("Monday=DATE:2022-01-24");
        assertThat(one("On Monday Lavrov met his counterpart.", "2022-01-22")).isEqualTo("Monday=DATE:2022-01-17");
        assertThat(one("Russia said Friday it would not withdraw.", "2022-01-22")).isEqualTo("Friday=DATE:2022-01-21");
        assertThat(one("The delegations could meet as soon as Tuesday.", "2022-01-22")).isEqualTo("Tuesday=DATE:2022-01-25");
        assertThat(one("Biden on Friday said the United States may send more troops.", "2022-01-22"))
                .isEqualTo("Friday=DATE:2022-01-21"); // the saying is what Friday dates, not the "may" after it
        // Thursday 2022-01-13: "this Thursday" is the day itself
        assertThat(one("The OSCE meets in Vienna this Thursday.", "2022-01-13")).isEqualTo("this Thursday=DATE:2022-01-13");
        assertThat(one("He flew home last Friday.", "2022-01-13")).isEqualTo("last Friday=DATE:2022-01-07");
        // a past verb right before "over"/"during" dates the expression, whatever the quote before it says
        assertThat(one("\"The window is closing,\" the ambassador said over the weekend.", "1990-08-13"))
                .isEqualTo("the weekend=DATE:1990-W32-WE");
        // a deadline set or moved is ahead, whatever the tense of the verb that moved it
        assertThat(one("The agency extended its deadline until 9 a.m. Tuesday.", "2000-04-03"))
                .isEqualTo("9 a.m. Tuesday=TIME:2000-04-04T09:00");
        assertThat(one("Officials postponed until Tuesday any action on the case.", "2000-03-30"))
                .isEqualTo("Tuesday=DATE:2000-04-04");
        assertThat(one("He stayed in Miami until Tuesday.", "2000-03-30")).isEqualTo("Tuesday=DATE:2000-03-28");
        // Monday 1998-10-26: an "and" inside a name does not end the clause; a present that tells a schedule is ahead
        assertThat(one("On Tuesday, the Abortion and Reproductive Rights League plans to hold a news conference.", "1998-10-26"))
                .isEqualTo("Tuesday=DATE:1998-10-27");
        assertThat(one("Netanyahu and Arafat meet separately Monday with Albright.", "1998-05-01")).isEqualTo("Monday=DATE:1998-05-04");
        assertThat(one("On Wednesday, Ricardo Alarcon, head of the assembly and a key man, said the convictions prove it.",
                "2000-02-10")).isEqualTo("Wednesday=DATE:2000-02-09");
        assertThat(one("The bank created an office of the chairman, effective Feb. 1.", "1989-10-26"))
                .isEqualTo("Feb. 1=DATE:1990-02-01"); // a change announced before it takes effect
        // the period of "a.m." does not cut the clause from its verb
        assertThat(one("They will leave at 4 a.m. Thursday.", "2000-04-05")).isEqualTo("4 a.m. Thursday=TIME:2000-04-06T04:00");
    }

    @Test
    void calendarDatesTakeTheNearestYearThatFitsTheTense() {
        assertThat(one("Troops have gathered since 1 December.", "2022-01-20")).isEqualTo("1 December=DATE:2021-12-01");
        assertThat(one("Talks are planned after December 6.", "2021-12-03")).isEqualTo("December 6=DATE:2021-12-06");
        assertThat(one("The payment is due Feb. 1.", "2021-12-20")).isEqualTo("Feb. 1=DATE:2022-02-01");
        assertThat(one("It happened on 24 February 2022.", "2023-05-01")).isEqualTo("24 February 2022=DATE:2022-02-24");
        assertThat(one("Sales fell in January.", "2021-12-03")).isEqualTo("January=DATE:2021-01");
        assertThat(one("Published on 2022-01-09 in Paris.", null)).isEqualTo("2022-01-09=DATE:2022-01-09");
        assertThat(one("It was signed Nov. 25, 1999, in Oslo.", null)).isEqualTo("Nov. 25, 1999=DATE:1999-11-25");
    }

    @Test
    void aMonthThatOpensASentenceTakesTheTenseOfItsMainVerb() {
        // late October: the coming January is nearer, but the company brought him in the last one
        assertThat(one("In January, the company brought in a new chief executive.", "1989-10-27")).isEqualTo("January=DATE:1989-01");
        assertThat(one("In January, the company will bring in a new chief executive.", "1989-10-27")).isEqualTo("January=DATE:1990-01");
        // the main verb is read past a prepositional "after" and the periods of "vs." and "Ala."
        assertThat(one("In January, just after the Roe vs. Wade anniversary, a bombing in Birmingham, Ala., killed a guard.",
                "1998-10-25")).isEqualTo("January=DATE:1998-01");
    }

    @Test
    void aMonthThatNamesAThingDatesWhatHasHappened() {
        // late October: the coming June is further than the last, and the agreement was made in the last
        assertThat(one("The bank is continuing to try to sell itself, under a June agreement with its shareholders.",
                "1989-10-27")).isEqualTo("June=DATE:1989-06");
        assertThat(one("Police have been searching for him since the Oct. 23 slaying.", "1999-05-06"))
                .isEqualTo("Oct. 23=DATE:1998-10-23");
        // unless the clause says it lies ahead (Saturday 2022-01-22)
        assertThat(one("The Monday meeting will decide on sanctions.", "2022-01-22")).isEqualTo("Monday=DATE:2022-01-24");
    }

    @Test
    void aPlanInThePastPerfectLiesBehind() {
        // Monday 1989-10-30: the offer had been due to expire on the Friday before
        assertThat(one("The offer previously had been scheduled to expire Friday.", "1989-10-30")).isEqualTo("Friday=DATE:1989-10-27");
        assertThat(one("The offer will expire Friday.", "1989-10-30")).isEqualTo("Friday=DATE:1989-11-03");
    }

    @Test
    void relativeDatesAreResolvedAgainstTheReference() {
        assertThat(one("The talks resume next week.", "2022-01-13")).isEqualTo("next week=DATE:2022-W03");
        assertThat(one("He visited Kyiv last September.", "2022-01-20")).isEqualTo("last September=DATE:2021-09");
        assertThat(one("Prices rose earlier this year.", "2022-03-01")).isEqualTo("earlier this year=DATE:2022");
        assertThat(one("The treaty was signed two years ago.", "2022-03-01")).isEqualTo("two years ago=DATE:2020");
        assertThat(one("He spoke yesterday.", "2022-03-01")).isEqualTo("yesterday=DATE:2022-02-28");
        assertThat(one("Results for the third quarter were weak.", "2022-11-02")).isEqualTo("the third quarter=DATE:2022-Q3");
        assertThat(one("Nothing is known now.", "2022-11-02")).isEqualTo("now=DATE:PRESENT_REF");
        assertThat(one("Growth was strong in the 1990s.", null)).isEqualTo("the 1990s=DATE:199");
    }

    @Test
    void quarterlyReportsCompareWithTheYearAgoQuarter() {
        List<TimeExpression> found = tagger.tag("Net income rose in the third quarter to $5 million from $4 million a year ago.",
                LocalDate.parse("1989-11-02"));
        assertThat(found).extracting(t -> t.text() + "=" + t.value())
                .containsExactly("the third quarter=1989-Q3", "a year ago=1988-Q3");
        assertThat(one("The plant was closed a year ago.", "1989-11-02")).isEqualTo("a year ago=DATE:1988");
        // every comparison is with the quarter the report is about, not with the last one compared
        assertThat(tagger.tag("Net fell in the third quarter. This quarter's loss includes a charge; the current quarter began well.",
                LocalDate.parse("1989-11-02"))).extracting(TimeExpression::value).containsExactly("1989-Q3", "1989-Q3", "1989-Q4");
        assertThat(tagger.tag("Net rose in the third quarter from the quarter a year ago.", LocalDate.parse("1989-11-02")))
                .extracting(TimeExpression::value).containsExactly("1989-Q3", "1988-Q3");
        assertThat(tagger.tag("Sales rose in the third quarter. In that quarter, costs rose.", LocalDate.parse("1989-11-02")))
                .extracting(TimeExpression::value).containsExactly("1989-Q3", "1989-Q3");
        assertThat(tagger.tag("Sales rose in the third quarter from a year earlier. Net fell from the year-ago quarter.",
                LocalDate.parse("1989-11-02"))).extracting(TimeExpression::value).containsExactly("1989-Q3", "1988-Q3", "1988-Q3");
    }

    @Test
    void aWeekdayWithAPartOfTheDayIsThatDay() {
        assertThat(one("The shop was attacked Friday night.", "1998-10-26")).isEqualTo("Friday night=DATE:1998-10-23");
        assertThat(one("The shop was attacked Friday evening.", "1998-10-26")).isEqualTo("Friday evening=TIME:1998-10-23TEV");
    }

    @Test
    void withoutAReferenceRelativeDatesStayUnresolved() {
        assertThat(one("He spoke yesterday.", null)).isEqualTo("yesterday=DATE:null");
        assertThat(one("Sales fell in January.", null)).isEqualTo("January=DATE:XXXX-01");
    }

    @Test
    void durationsSetsAndTimes() {
        assertThat(one("Prices rose for the past two months.", "2022-03-01")).isEqualTo("the past two months=DURATION:P2M");
        assertThat(one("The exercise lasts more than a year.", null)).isEqualTo("more than a year=DURATION:P1Y");
        assertThat(one("They signed a two-year deal.", null)).isEqualTo("two-year=DURATION:P2Y");
        assertThat(one("The war has lasted several weeks.", null)).isEqualTo("several weeks=DURATION:PXW");
        // "later" is a signal after a span, as TimeML has it: no date counted from the reference
        assertThat(one("Three days later the talks resumed.", "1989-10-30")).isEqualTo("Three days=DURATION:P3D");
        assertThat(one("A few days later he left.", "1989-10-30")).isEqualTo("A few days=DURATION:PXD");
        assertThat(one("The ministers meet every week.", null)).isEqualTo("every week=SET:P1W");
        assertThat(one("Reports are published daily.", null)).isEqualTo("daily=SET:P1D");
        assertThat(one("The festival is held each July.", "1998-03-22")).isEqualTo("each July=SET:XXXX-07");
        assertThat(one("The siege lasted 2 1/2 years.", null)).isEqualTo("2 1/2 years=DURATION:P2Y6M");
        assertThat(one("The talks went on for an hour and a half.", null)).isEqualTo("an hour and a half=DURATION:PT1H30M");
        assertThat(one("It was quiet for two and a half years.", null)).isEqualTo("two and a half years=DURATION:P2Y6M");
        assertThat(one("Shelling went on for twenty four hours.", null)).isEqualTo("twenty four hours=DURATION:PT24H");
        assertThat(one("The vote closes at 5 p.m. EST Nov. 9.", "2021-11-01")).isEqualTo("5 p.m. EST Nov. 9=TIME:2021-11-09T17:00");
    }

    @Test
    void yearsSeasonsAndTheCurrentInWords() {
        assertThat(one("Inflation peaked in nineteen ninety-six.", "1998-02-27")).isEqualTo("nineteen ninety-six=DATE:1996");
        assertThat(one("Prices fell through the nineties.", "1998-03-03")).isEqualTo("the nineties=DATE:199");
        assertThat(one("The church dates from the 11th century.", "1998-03-03")).isEqualTo("the 11th century=DATE:10");
        assertThat(one("The talks need two more weeks.", null)).isEqualTo("two more weeks=DURATION:P2W");
        assertThat(one("He was given an additional year.", null)).isEqualTo("an additional year=DURATION:P1Y");
        assertThat(one("Talks will resume in the coming days.", "2022-01-10")).isEqualTo("coming days=DURATION:PXD");
        assertThat(one("Stocks fell for eight trading days.", null)).isEqualTo("eight trading days=DURATION:P8D");
        assertThat(one("The siege has lasted for weeks.", null)).isEqualTo("weeks=DURATION:PXW");
        assertThat(tagger.tag("Officials said weeks of talks failed.", null)).isEmpty();
        assertThat(one("Rates may rise over the next couple of years.", null)).isEqualTo("the next couple of years=DURATION:P2Y");
        assertThat(tagger.tag("A day-long meeting ended a decades-long dispute.", null))
                .extracting(TimeExpression::value).containsExactly("P1D", "PXY");
        assertThat(one("They will leave at 4 in the morning.", "2000-04-05")).isEqualTo("4 in the morning=TIME:2000-04-05T04:00");
        assertThat(one("Prices are high these days.", "2000-04-05")).isEqualTo("these days=DATE:PRESENT_REF");
        assertThat(one("Islam will one day be the second largest religion here.", "1998-03-03")).isEqualTo("one day=DATE:FUTURE_REF");
        assertThat(one("The strike lasted one day.", "1998-03-03")).isEqualTo("one day=DURATION:P1D");
        assertThat(one("The then current chief resigned.", "1998-03-03")).isEqualTo("then current=DATE:PAST_REF");
        assertThat(one("It will be settled at a later date.", "2000-04-05")).isEqualTo("a later date=DATE:FUTURE_REF");
        assertThat(one("They met in January nineteen ninety-seven.", "1998-02-27"))
                .isEqualTo("January nineteen ninety-seven=DATE:1997-01");
        assertThat(one("The system must be ready by the year two thousand.", "1998-02-05"))
                .isEqualTo("the year two thousand=DATE:2000");
        assertThat(one("It happened in the winter of 1994.", "1998-02-23")).isEqualTo("the winter of 1994=DATE:1994-WI");
        assertThat(one("Sales slowed during the summer.", "1989-11-02")).isEqualTo("the summer=DATE:1989-SU");
        assertThat(one("For the year, volume rose 3%.", "1989-11-02")).isEqualTo("the year=DATE:1989");
        assertThat(one("Net was $5 million in the current fiscal year.", "1989-11-02"))
                .isEqualTo("the current fiscal year=DATE:1989");
        assertThat(tagger.tag("It earned $76 million for the year ended Sept. 30, 1989.", LocalDate.parse("1989-11-02")))
                .extracting(t -> t.text() + "=" + t.type() + ":" + t.value())
                .containsExactly("the year=DURATION:P1Y", "Sept. 30, 1989=DATE:1989-09-30");
        assertThat(one("The current system has evolved.", "1989-11-02")).isEqualTo("current=DATE:PRESENT_REF");
        assertThat(one("Rates will fall in the near term.", "1989-11-02")).isEqualTo("the near term=DATE:FUTURE_REF");
    }

    @Test
    void halvesAndWeeksNamedByTheirParts() {
        LocalDate ref = LocalDate.parse("1989-11-01");
        assertThat(tagger.tag("Sales fell in the last half of 1989 and will rise in the first two quarters of 1990.", ref))
                .extracting(TimeExpression::value).containsExactly("1989-H2", "1990-H1");
        assertThat(one("Talks are set for the week of March 6.", "2000-02-24")).isEqualTo("the week of March 6=DATE:2000-W10");
        assertThat(one("Inflation fell in the second half of the '80s.", "1999-01-01")).isEqualTo("the '80s=DATE:198");
    }

    @Test
    void anaphoricDatesCountFromTheLastDateNamed() {
        LocalDate ref = LocalDate.parse("2022-03-01");
        assertThat(tagger.tag("The treaty was signed in 1994. The following year, the arsenal was handed over.", ref))
                .extracting(TimeExpression::value).containsExactly("1994", "1995");
        assertThat(tagger.tag("Talks opened on Jan. 10, 2022. Later that day the envoys met again; the next morning they left.", ref))
                .extracting(TimeExpression::value).containsExactly("2022-01-10", "2022-01-10", "2022-01-11");
        assertThat(tagger.tag("Prices will be watched over the following year.", ref))
                .extracting(TimeExpression::value).containsExactly("P1Y");
        assertThat(one("The same day, troops moved.", "2022-02-24")).isEqualTo("The same day=DATE:2022-02-24");
        assertThat(tagger.tag("The index fell on Oct. 27, 1989, down 4.5% from the previous Friday.", ref))
                .extracting(TimeExpression::value).containsExactly("1989-10-27", "1989-10-20");
        assertThat(tagger.tag("The convoy left on Feb. 20, 2022 and crossed the border at 6 a.m.", ref))
                .extracting(TimeExpression::value).containsExactly("2022-02-20", "2022-02-20T06:00");
    }

    @Test
    void aDateWithoutAYearInAListTakesTheYearALaterItemStates() {
        LocalDate ref = LocalDate.parse("2022-01-20");
        assertThat(tagger.tag("They reaffirmed the trilateral statements of November 9, 2020, January 11, and "
                + "November 26, 2021.", ref)).extracting(TimeExpression::value)
                .containsExactly("2020-11-09", "2021-01-11", "2021-11-26");
        assertThat(tagger.tag("The agreements of January 11 and November 26, 2021 stand.", ref))
                .extracting(TimeExpression::value).containsExactly("2021-01-11", "2021-11-26");
        // in a list in order, a day after the stated one is of the year before
        assertThat(tagger.tag("Talks were held on December 30 and January 5, 2022.", LocalDate.parse("2022-06-01")))
                .extracting(TimeExpression::value).containsExactly("2021-12-30", "2022-01-05");
        // not a list: the year nearest the reference date, as before
        assertThat(tagger.tag("Talks resume on January 11 after the summit of November 26, 2021.", ref))
                .extracting(TimeExpression::value).containsExactly("2022-01-11", "2021-11-26");
    }

    @Test
    void wordsThatOnlyLookLikeTimesAreLeftAlone() {
        assertThat(tagger.tag("They may march on the capital. It costs $2021 and rose 2022 percent.", LocalDate.parse("2022-01-01")))
                .isEmpty();
        assertThat(tagger.tag("About three-quarters of the troops left a second time.", LocalDate.parse("2022-01-01")))
                .isEmpty();
        assertThat(tagger.tag("Fifteen hundred troops and the current account; after the fall of the wall.",
                LocalDate.parse("2022-01-01"))).isEmpty();
        assertThat(tagger.tag("They hired staff so that day-to-day work goes on.", LocalDate.parse("2022-01-01"))).isEmpty();
    }
}

package org.sitrep.story;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StoryClustererTest {
    private static final String GENEVA = "Russian and American diplomats met in Geneva for talks on security guarantees. "
            + "Deputy foreign minister Ryabkov and deputy secretary Sherman discussed NATO expansion, missile deployments "
            + "and military exercises near the Ukrainian border. The Geneva talks on strategic stability lasted seven hours. ";
    private static final String OLYMPICS = "The Winter Olympic Games opened in Beijing with a ceremony at the national "
            + "stadium. Athletes from ninety countries paraded, skiing and skating events begin tomorrow, and the organisers "
            + "reported record ticket sales for the hockey tournament and the figure skating finals. ";
    private static final String VACCINES = "The health ministry reported a rise in vaccination against covid, with "
            + "hospitals admitting fewer patients. Booster doses are now offered to teachers and doctors, and clinics "
            + "extended opening hours to meet demand for vaccines across the regions. ";

    private static StoryArticle article(String id, String text, int day, Set<String> entities, String originalUrl) {
        return new StoryArticle(id, null, text, LocalDate.of(2022, 1, 1).plusDays(day), entities, originalUrl);
    }

    @Test
    void articlesOnDifferentMattersFormDifferentStories() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        String[] topics = {GENEVA, OLYMPICS, VACCINES};
        String[] variations = {"Officials commented on Monday. ", "Reactions came quickly. ", "More details followed later. "};
        for (int i = 0; i < 9; i++) {
            c.add(article("a" + i, variations[i / 3] + topics[i % 3] + "Report number " + i + ".", i, Set.of(), null));
        }
        Map<String, Integer> stories = c.assignments();
        assertThat(stories.get("a0")).isEqualTo(stories.get("a3")).isEqualTo(stories.get("a6"));
        assertThat(stories.get("a1")).isEqualTo(stories.get("a4")).isEqualTo(stories.get("a7"));
        assertThat(stories.get("a2")).isEqualTo(stories.get("a5")).isEqualTo(stories.get("a8"));
        assertThat(Set.of(stories.get("a0"), stories.get("a1"), stories.get("a2"))).hasSize(3);
    }

    @Test
    void briefsOfOneGenreAboutOtherActorsAreNotOneStory() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        String[][] briefs = {
                {"Oshkosh Truck said net income for its third quarter fell 50% from a year earlier, to 51 cents a share, as "
                        + "military truck shipments slowed and costs rose at its Wisconsin plants.", "org:oshkosh"},
                {"Amdahl, a maker of mainframe computers, reported a sharp decline in net income for its third quarter, "
                        + "citing delayed orders from banks and weaker prices in Europe; revenue slipped to $480 million.", "org:amdahl"},
                {"Norton said net income for the third quarter fell 6%, hurt by lower abrasives sales in Brazil and a "
                        + "stronger dollar.", "org:norton"},
                {"Du Pont reported that third-quarter profit grew 19% from a year ago on the strength of its chemicals "
                        + "and fibres businesses, and said oil prices helped its Conoco unit.", "org:du-pont"}};
        for (int i = 0; i < briefs.length; i++) {
            c.add(article("brief" + i, briefs[i][0], i, Set.of(briefs[i][1]), null));
        }
        // the same company's next report is its story
        c.add(article("amdahl-again", "Amdahl said orders for its mainframe computers from banks recovered after a weak third "
                + "quarter, and it expects revenue to rise in Europe.", 5, Set.of("org:amdahl"), null));
        Map<String, Integer> stories = c.assignments();
        assertThat(new java.util.HashSet<>(List.of(stories.get("brief0"), stories.get("brief1"), stories.get("brief2"),
                stories.get("brief3")))).as("%s", stories).hasSize(4);
        assertThat(stories.get("amdahl-again")).isEqualTo(stories.get("brief1"));
    }

    @Test
    void anArticleThatCameBeforeItsStoryJoinsItOnceTheStoryHasFormed() {
        StoryClusterer c = new StoryClusterer(new StoryClusterer.Settings(0.12, 21, 0.35, 0.7));
        // the announcement shares too little with the first report of the talks to join it, but enough with the
        // story that the second report makes of them
        c.add(article("announcement", "On February 18, the presidents will discuss gas prices and the integration of the "
                + "Union State.", 0, Set.of(), null));
        c.add(article("talks", "The presidents held talks in the Kremlin on joint military exercises of their troops near "
                + "the western border.", 2, Set.of(), null));
        c.add(article("news-conference", "At a news conference after the Kremlin talks on military exercises near the border, "
                + "the presidents also spoke of gas prices.", 2, Set.of(), null));
        Map<String, Integer> stories = c.assignments();
        assertThat(stories.get("announcement")).isEqualTo(stories.get("talks")).isEqualTo(stories.get("news-conference"));
        assertThat(c.stories(Map.of())).hasSize(1);
        assertThat(c.stories(Map.of()).get(0).first()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void aStoryIsFoundThroughTheWordsAnArticleSharesNotOnlyThroughItsRarest() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        c.add(article("geneva", GENEVA, 0, Set.of(), null));
        c.add(article("olympics", OLYMPICS, 1, Set.of(), null));
        // the follow-up's rarest words are its own (none of them in the Geneva story); what it shares are the story's
        // common words, which must still find the story
        String places = "Kaliningrad Murmansk Vladivostok Sakhalin Chukotka Yakutia Kamchatka Novosibirsk Krasnoyarsk "
                + "Irkutsk Tomsk Omsk Perm Samara Kazan Saratov";
        c.add(new StoryArticle("follow-up", places, places + ". " + GENEVA.replace("seven hours", "a day"),
                LocalDate.of(2022, 1, 3), Set.of(), null));
        assertThat(c.assignments().get("follow-up")).isEqualTo(c.assignments().get("geneva"));
    }

    @Test
    void aStoryWithManyEntitiesDoesNotDrawEveryArticleThatNamesOneOfThem() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        for (int i = 0; i < 6; i++) {
            c.add(article("geneva" + i, GENEVA + "Report number " + i + ".", i,
                    Set.of("russia", "united-states", "ryabkov", "sherman", "nato", "side" + i), null));
        }
        // a text of its own, naming only an entity that one article of the story named in passing
        c.add(article("vaccines", VACCINES + "Diplomats in Geneva were among the first to be vaccinated before the talks.", 7,
                Set.of("side3", "health-ministry"), null));
        assertThat(c.assignments().get("vaccines")).isNotEqualTo(c.assignments().get("geneva0"));
        c.add(article("geneva-again", "Ryabkov and Sherman spoke again after the talks.", 8,
                Set.of("russia", "united-states", "ryabkov", "sherman"), null));
        assertThat(c.assignments().get("geneva-again")).isEqualTo(c.assignments().get("geneva0"));
    }

    @Test
    void aStoryIsRecognisedAfterMonthsByAnActorOfItsOwnButNotByAnActorOfEveryStory() {
        String murder = "The doctor was shot through the window of his home. Police searched the woods for the sniper "
                + "and questioned neighbours about the rifle. ";
        String arrest = "The sniper who shot the doctor through the window of his home was arrested abroad after months "
                + "on the run; police said the rifle found in the woods was his. ";
        for (boolean everyStory : new boolean[]{false, true}) {
            StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
            for (int i = 0; i < 3; i++) {
                c.add(article("murder" + i, murder + "Report " + i + ".", i, Set.of("doctor", "suspect", "city"), null));
            }
            if (everyStory) { // the suspect is named as often in other matters
                for (int i = 0; i < 4; i++) {
                    c.add(article("other" + i, OLYMPICS + VACCINES + "Item " + i + ".", 10 + i * 20,
                            Set.of("suspect", "games" + i), null));
                }
            }
            c.add(article("arrest", arrest, 100, Set.of("suspect", "france"), null));
            if (everyStory) {
                assertThat(c.assignments().get("arrest")).isNotEqualTo(c.assignments().get("murder0"));
            } else {
                assertThat(c.assignments().get("arrest")).isEqualTo(c.assignments().get("murder0"));
            }
        }
    }

    @Test
    void aLabelNamesTheEntityItsTermsComeFrom() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        for (int i = 0; i < 3; i++) {
            c.add(new StoryArticle("a" + i, "Biden and Putin talk", "Joseph Biden spoke with Vladimir Putin for an hour. "
                    + "Biden warned of sanctions; Putin asked for guarantees. Joseph Biden and Putin agreed to talk again. "
                    + "Report " + i + ".", LocalDate.of(2022, 1, 1).plusDays(i), Set.of("us", "russia", "kremlin", "biden"), null));
        }
        String label = c.stories(Map.of("us", "United States", "russia", "Russia", "kremlin", "Kremlin",
                "biden", "Joseph Biden")).get(0).label();
        assertThat(label).contains("Joseph Biden");
        assertThat(label.split(", ")).doesNotContain("biden", "joseph").doesNotHaveDuplicates();

        String canonical = c.stories(Map.of("us", "United States", "russia", "Russia", "kremlin", "Kremlin",
                "biden", "Joe Biden"), Map.of("biden", Set.of("Joseph Biden", "Biden"))).get(0).label();
        assertThat(canonical).contains("Joe Biden"); // a term from another form of the name is not repeated beside it
        assertThat(canonical.split(", ")).doesNotContain("biden", "joseph").doesNotHaveDuplicates();
    }

    @Test
    void aLabelDoesNotNameAStoryByTheCalendar() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        for (int i = 0; i < 3; i++) {
            c.add(new StoryArticle("t" + i, "", "On Thursday the ministers met again on Thursday in Vienna. Thursday's "
                    + "meeting of the ministers ended on Thursday without agreement. Report " + i + ".",
                    LocalDate.of(2022, 1, 13).plusDays(i), Set.of("osce"), null));
        }
        String label = c.stories(Map.of("osce", "OSCE")).get(0).label();
        assertThat(label.split(", ")).contains("OSCE", "ministers").noneMatch(part -> part.equalsIgnoreCase("thursday"));
    }

    @Test
    void aLabelHoldsThePhrasesItsHeadlinesShareButNotTheNamesOfItsActors() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        String[] headlines = {"Humanitarian corridors agreed with President Joseph Biden's envoys",
            "Nine humanitarian corridors opened, President Joseph Biden welcomes",
            "Evacuation through humanitarian corridors continues"};
        for (int i = 0; i < 3; i++) {
            c.add(new StoryArticle("h" + i, headlines[i], "Buses left the besieged city through humanitarian "
                    + "corridors. Evacuation of civilians went on for a day. Report " + i + ".",
                    LocalDate.of(2022, 3, 10 + i), Set.of("biden", "city"), null));
        }
        String label = c.stories(Map.of("biden", "Joseph Biden", "city", "Mariupol")).get(0).label();
        assertThat(label.split(", ")).contains("humanitarian corridors", "Joseph Biden")
                .noneMatch(part -> part.contains("President Joseph")); // the name is said once, as the actor's
    }

    @Test
    void aLabelDoesNotDependOnTheOrderInWhichEntitiesArrive() {
        // equally named, equally rare, and of one hash code: only their arrival would order them in a hash map
        Set<String> labels = new java.util.HashSet<>();
        for (List<String> order : List.of(List.of("AaAa", "AaBB", "BBAa", "BBBB"),
                List.of("BBBB", "BBAa", "AaBB", "AaAa"))) {
            StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
            for (int i = 0; i < 2; i++) {
                c.add(new StoryArticle("a" + i, "Talks in Geneva", GENEVA, LocalDate.of(2022, 1, 10 + i),
                        new java.util.LinkedHashSet<>(order), null));
            }
            labels.add(c.stories(Map.of()).get(0).label());
        }
        assertThat(labels).hasSize(1);
    }

    @Test
    void repostsAndNearDuplicatesAreCopiesOfTheFirst() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        c.add(article("original", GENEVA + GENEVA, 0, Set.of(), "https://example.org/geneva"));
        c.add(article("translated", "A machine translation with other words entirely about the meeting.", 1, Set.of(),
                "https://example.org/geneva"));
        c.add(article("syndicated", GENEVA + GENEVA.replace("seven hours", "eight hours"), 1, Set.of(), null));
        c.add(article("other", OLYMPICS, 2, Set.of(), null));
        List<Story> stories = c.stories(Map.of());
        Story geneva = stories.stream().filter(s -> s.articles().contains("original")).findFirst().orElseThrow();
        assertThat(geneva.articles()).containsExactly("original", "translated", "syndicated");
        assertThat(geneva.copies()).containsEntry("translated", "original").containsEntry("syndicated", "original");
        assertThat(geneva.independent()).isEqualTo(1);
        assertThat(stories).anySatisfy(s -> assertThat(s.articles()).containsExactly("other"));
    }

    @Test
    void anArticleWithoutATitleIsSignedByItsTextAlone() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        String text = "Ceasefire talks resumed in Geneva"; // one shingle of five words
        c.add(new StoryArticle("untitled", null, text, LocalDate.of(2022, 1, 10), Set.of(), null));
        c.add(new StoryArticle("blank", "", text, LocalDate.of(2022, 1, 10), Set.of(), null));
        assertThat(c.stories(Map.of()).get(0).copies()).containsEntry("blank", "untitled");
    }

    @Test
    void aSavedStateGoesOnAsIfNeverInterrupted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String[] topics = {GENEVA, OLYMPICS, VACCINES};
        StoryClusterer whole = new StoryClusterer(StoryClusterer.Settings.defaults());
        StoryClusterer first = new StoryClusterer(StoryClusterer.Settings.defaults());
        for (int i = 0; i < 12; i++) {
            StoryArticle a = article("a" + i, topics[i % 3] + "Report number " + i + ".", i, Set.of("e" + i % 3), null);
            whole.add(a);
            if (i < 6) {
                first.add(a);
            }
        }
        java.nio.file.Path file = dir.resolve("stories").resolve("clusterer.bin");
        first.save(file, 42);
        StoryClusterer.Loaded loaded = StoryClusterer.load(file, StoryClusterer.Settings.defaults());
        assertThat(loaded.checkpoint()).isEqualTo(42);
        StoryClusterer resumed = loaded.clusterer();
        assertThat(resumed.contains("a5")).isTrue();
        assertThat(resumed.contains("a6")).isFalse();
        for (int i = 6; i < 12; i++) {
            resumed.add(article("a" + i, topics[i % 3] + "Report number " + i + ".", i, Set.of("e" + i % 3), null));
        }
        assertThat(resumed.assignments()).isEqualTo(whole.assignments());
        assertThat(resumed.stories(Map.of())).isEqualTo(whole.stories(Map.of()));
        // other settings, or a file that is not a saved state: start afresh
        assertThat(StoryClusterer.load(file, new StoryClusterer.Settings(0.2, 21, 0.35, 0.7))).isNull();
        byte[] saved = java.nio.file.Files.readAllBytes(file);
        for (int cut : new int[]{saved.length - 4, saved.length / 2, 10}) { // a file cut short is not a state
            java.nio.file.Files.write(file, java.util.Arrays.copyOf(saved, cut));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoryClusterer.load(file, StoryClusterer.Settings.defaults()))
                    .isInstanceOf(java.io.IOException.class);
        }
        java.nio.file.Files.writeString(file, "not a saved state");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoryClusterer.load(file, StoryClusterer.Settings.defaults()))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void minHashEstimatesShingleOverlap() {
        long[] a = MinHash.signature(GENEVA + OLYMPICS);
        assertThat(MinHash.similarity(a, MinHash.signature(GENEVA + OLYMPICS))).isEqualTo(1.0);
        assertThat(MinHash.similarity(a, MinHash.signature(GENEVA + OLYMPICS.replace("tomorrow", "today")))).isGreaterThan(0.7);
        assertThat(MinHash.similarity(a, MinHash.signature(VACCINES))).isLessThan(0.1);
    }

    @Test
    void anArticleWithoutATitleIsHeadedByTheFirstSentenceOfItsLeadPastTheDateline() {
        String wire = "NAIROBI, Kenya (AP) _\n\nSuspected bombs exploded outside the U.S. embassies in the Kenyan and "
                + "Tanzanian capitals Friday, killing dozens of people. The American ambassador was among the injured.\n\n"
                + "Witnesses said the blast shattered windows a mile away.";
        assertThat(StoryClusterer.lead(wire)).isEqualTo("Suspected bombs exploded outside the U.S. embassies in the "
                + "Kenyan and Tanzanian capitals Friday, killing dozens of people.");
        assertThat(StoryClusterer.lead("Short line\n\nno sentence end but eight words or more in it"))
                .isEqualTo("no sentence end but eight words or more in it");
        assertThat(StoryClusterer.lead("Too short.")).isEmpty();
    }

    @Test
    void bcubedScoresClusterings() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        var perfect = org.sitrep.eval.ClusteringEvalAccess.bcubed(gold, Map.of("a", 1, "b", 1, "c", 2, "d", 2));
        assertThat(perfect.bcubedF1()).isEqualTo(1.0);
        var blob = org.sitrep.eval.ClusteringEvalAccess.bcubed(gold, Map.of("a", 1, "b", 1, "c", 1, "d", 1));
        assertThat(blob.bcubedRecall()).isEqualTo(1.0);
        assertThat(blob.bcubedPrecision()).isEqualTo(0.5);
        var singletons = org.sitrep.eval.ClusteringEvalAccess.bcubed(gold, Map.of("a", 1, "b", 2, "c", 3, "d", 4));
        assertThat(singletons.bcubedPrecision()).isEqualTo(1.0);
        assertThat(singletons.bcubedRecall()).isEqualTo(0.5);
    }

    @Test
    void whatAStoryHoldsIsBoundedAndAClosedStoryKeepsOnlyItsLabel() {
        StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults());
        // a matter a fortnight for 600 days, each article naming people and places of its own beside the matter's
        int n = 2400;
        for (int i = 0; i < n; i++) {
            int matter = i / 60;
            String m = "matter" + matter;
            StringBuilder text = new StringBuilder(("The M envoys met in Mcity for M talks. The M ministers and the M "
                    + "delegates agreed on Msteps and Mplans. ").replace("M", m));
            Set<String> entities = new java.util.HashSet<>(Set.of("e:" + m));
            for (int k = 0; k < 12; k++) {
                text.append(k % 4 == 0 ? "Word" + i + "x" + k + " spoke. " : "");
                entities.add("e:" + i + "-" + k);
            }
            c.add(article("a" + i, text.toString(), i / 4, entities, null));
        }
        Map<Integer, Integer> held = c.heldPerStory();
        int newest = c.assignments().get("a" + (n - 1));
        int oldest = c.assignments().get("a0");
        assertThat(held.get(oldest)).isLessThanOrEqualTo(3 * 20 + 5); // closed: what its label reads
        assertThat(held.values()).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(2 * 120 + 2 * 120 + 200));
        assertThat(held.get(newest)).isGreaterThan(3 * 20 + 5); // open: whole
        assertThat(c.openStories()).isLessThan(held.size());
        assertThat(c.stories(Map.of("e:matter0", "Matter Zero"))).anySatisfy(
                s -> assertThat(s.label()).startsWith("Matter Zero"));
    }
}

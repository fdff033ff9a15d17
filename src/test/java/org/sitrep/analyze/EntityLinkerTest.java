package org.sitrep.analyze;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The linker on mentions as a tagger gives them, without running the engine. */
class EntityLinkerTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.bundled());

    private static AnnotatedText.RawMention mention(String text, String whole, String type) {
        return mention(text, whole, type, 0);
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

    private static AnnotatedText.RawMention mention(String text, String whole, String type, int from) {
        int start = whole.indexOf(text, from);
        return new AnnotatedText.RawMention(text, start, start + text.length(), type, 0);
    }

    @Test
    void aPlaceOrInstitutionTaggedAsAPersonIsNotAPerson() {
        String text = "Kyiv said the Verkhovna Rada would meet. In Bucha, bodies were found; Bucha was shelled. "
                + "Residents left Bucha. Paul Bucha, a veteran, spoke.";
        List<AnnotatedText.RawMention> mentions = List.of(mention("Kyiv", text, "PERSON"),
                mention("Verkhovna Rada", text, "PERSON"), mention("Bucha", text, "LOCATION", 0),
                mention("Bucha", text, "PERSON", text.indexOf("; Bucha")), mention("Bucha", text, "LOCATION", text.indexOf("left")),
                mention("Paul Bucha", text, "PERSON"));
        List<Entity> entities = LINKER.link(new AnnotatedText(text, null, List.of(), mentions, List.of(), List.of()));
        assertThat(entities).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name).containsExactly("Paul Bucha");
        assertThat(entities).filteredOn(e -> e.name().equals("Kyiv")).extracting(Entity::type).containsExactly("LOCATION");
        assertThat(entities).filteredOn(e -> e.name().equals("Verkhovna Rada")).extracting(Entity::type).containsExactly("ORGANIZATION");
        Entity bucha = entities.stream().filter(e -> e.name().equals("Bucha")).findFirst().orElseThrow();
        assertThat(bucha.type()).isEqualTo("LOCATION");
        assertThat(bucha.mentions()).hasSize(3);
    }

    @Test
    void namesAreCleanedOfWhatTheTaggerGluedToThem() {
        String text = "The State Duma Vyacheslav Volodin spoke. Viktor Orban Orban agreed. The Speaker thanked "
                + "Mr President. Johnson & Johnson sent vaccines. Fighting went on near Hostomel; Hostomel airport. "
                + "John Smith said he had trust in Smith.";
        List<AnnotatedText.RawMention> mentions = List.of(mention("Duma Vyacheslav Volodin", text, "PERSON"),
                mention("Viktor Orban Orban", text, "PERSON"), mention("Speaker", text, "PERSON"),
                mention("Mr President", text, "PERSON"), mention("Johnson & Johnson", text, "PERSON"),
                mention("Hostomel", text, "PERSON", 0), mention("Hostomel", text, "PERSON", text.indexOf("; Hostomel")),
                mention("John Smith", text, "PERSON"), mention("Smith", text, "PERSON", text.indexOf("in Smith")));
        List<Entity> entities = LINKER.link(new AnnotatedText(text, null, List.of(), mentions, List.of(), List.of()));
        assertThat(entities).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name)
                .containsExactlyInAnyOrder("Vyacheslav Volodin", "Viktor Orban", "John Smith");
        assertThat(entities).filteredOn(e -> e.name().equals("Hostomel")).extracting(Entity::type).containsExactly("LOCATION");
        assertThat(entities).filteredOn(e -> e.name().equals("Johnson & Johnson")).extracting(Entity::type)
                .containsExactly("ORGANIZATION");
        Entity smith = entities.stream().filter(e -> e.name().equals("John Smith")).findFirst().orElseThrow();
        assertThat(smith.mentions()).hasSize(2); // "trust in Smith": a person the article names in full
    }

    @Test
    void wordsAPagesMarkupGluedToANameAreCutOff() {
        // a transcript's speaker tags, flattened: "Surname Given" run into the speaker's title
        String text = "Moscow Mayor Sergei Sobyanin Sobyanin SergeiMoscow Mayor: Yes. Michael McFaul and Sergio DiCaprio agreed.";
        List<AnnotatedText.RawMention> mentions = List.of(mention("Sergei Sobyanin", text, "PERSON"),
                mention("Sobyanin SergeiMoscow", text, "PERSON"), mention("Michael McFaul", text, "PERSON"),
                mention("Sergio DiCaprio", text, "PERSON"));
        List<Entity> entities = LINKER.link(new AnnotatedText(text, null, List.of(), mentions, List.of(), List.of()));
        assertThat(entities).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name)
                .containsExactlyInAnyOrder("Sergei Sobyanin", "Michael McFaul", "Sergio DiCaprio");
        Entity sobyanin = entities.stream().filter(e -> e.name().equals("Sergei Sobyanin")).findFirst().orElseThrow();
        assertThat(sobyanin.mentions()).extracting(Mention::text).containsExactly("Sergei Sobyanin", "Sobyanin Sergei");
        assertThat(EntityLinker.unglued(mention("Emmanuel Macron EmmanuelPresident", "x Emmanuel Macron EmmanuelPresident", "PERSON")).text())
                .isEqualTo("Emmanuel Macron");
        assertThat(EntityLinker.unglued(mention("Kassym-Jomart Tokayev Kassym-JomartPresident", "Kassym-Jomart Tokayev "
                + "Kassym-JomartPresident", "PERSON")).text()).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(EntityLinker.unglued(mention("Sergei Sobyanin Sobyanin SergeiMoscow", "Sergei Sobyanin Sobyanin SergeiMoscow",
                "PERSON")).text()).isEqualTo("Sergei Sobyanin");
    }

    @Test
    void aTitleEndsAtALineBreak() {
        // the engine ran a headline without a full stop into the next paragraph's sentence
        String text = "Decisions were made - Adviser to the Head of the Office\n\nPresident of Ukraine Volodymyr Zelensky spoke.";
        List<Token> tokens = new java.util.ArrayList<>();
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("[\\p{L}]+|[^\\s\\p{L}]").matcher(text);
        int name = text.indexOf("Volodymyr");
        while (t.find()) {
            boolean person = t.start() >= name && t.end() <= name + "Volodymyr Zelensky".length();
            tokens.add(new Token(t.group(), t.start(), t.end(), null, null, person ? "PERSON" : "O"));
        }
        AnnotatedText annotated = new AnnotatedText(text, null, List.of(new Sentence(0, 0, text.length(), tokens)), List.of(),
                List.of(), List.of());
        assertThat(EntityLinker.role(annotated, mention("Volodymyr Zelensky", text, "PERSON"))).isEqualTo("President of Ukraine");
    }

    @Test
    void aPersonsNameRunIntoAnInstitutionIsTakenApart() {
        String text = "Head of the Office of the President of Ukraine Andriy Yermak met Ivan Petrenko. The Ministry of "
                + "Defence Ivan Petrenko said so. The Bank of New South Wales opened.";
        List<AnnotatedText.RawMention> mentions = List.of(
                mention("Office of the President of Ukraine Andriy Yermak", text, "ORGANIZATION"),
                mention("Ivan Petrenko", text, "PERSON"), mention("Ministry of Defence Ivan Petrenko", text, "ORGANIZATION"),
                mention("Bank of New South Wales", text, "ORGANIZATION"));
        List<Entity> entities = LINKER.link(new AnnotatedText(text, null, List.of(), mentions, List.of(), List.of()));
        assertThat(entities).filteredOn(e -> e.type().equals("ORGANIZATION")).extracting(Entity::name)
                .containsExactlyInAnyOrder("Office of the President of Ukraine", "Ministry of Defence", "Bank of New South Wales");
        assertThat(entities).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name)
                .containsExactlyInAnyOrder("Andriy Yermak", "Ivan Petrenko");
        Entity yermak = entities.stream().filter(e -> e.name().equals("Andriy Yermak")).findFirst().orElseThrow();
        assertThat(text.substring(yermak.mentions().get(0).start(), yermak.mentions().get(0).end())).isEqualTo("Andriy Yermak");
    }

    @Test
    void aNameRunIntoATitleIsTakenApartWhenTheArticleGoesOnByTheSurname() {
        String text = "Deputy Head of the Office of the President Yuliya Sokolovska spoke. Sokolovska said that aid "
                + "came. The Bank of New South Wales and Jimmy Wales met; Wales left.";
        List<AnnotatedText.RawMention> mentions = List.of(
                mention("Office of the President Yuliya Sokolovska", text, "ORGANIZATION"),
                mention("Sokolovska", text, "PERSON", text.indexOf("Sokolovska said")),
                mention("Bank of New South Wales", text, "ORGANIZATION"), mention("Jimmy Wales", text, "PERSON"),
                mention("Wales", text, "PERSON", text.indexOf("Wales left")));
        List<Entity> entities = LINKER.link(new AnnotatedText(text, null, List.of(), mentions, List.of(), List.of()));
        assertThat(entities).filteredOn(e -> e.type().equals("ORGANIZATION")).extracting(Entity::name)
                .containsExactlyInAnyOrder("Office of the President", "Bank of New South Wales");
        Entity sokolovska = entities.stream().filter(e -> e.name().equals("Yuliya Sokolovska")).findFirst()
                .orElseThrow();
        assertThat(sokolovska.mentions()).extracting(Mention::text).containsExactly("Yuliya Sokolovska", "Sokolovska");
    }

    @Test
    void aKnownFirstNameAfterATitleStartsAPersonsNameThoughTheArticleNamesThemOnce() {
        String text = "Chairman of the Board of the Eurasian Development Bank Nikolai Podguzov came. The Bank of New "
                + "South Wales opened. The State Council Chamber Hall was full.";
        List<AnnotatedText.RawMention> mentions = List.of(
                mention("Eurasian Development Bank Nikolai Podguzov", text, "ORGANIZATION"),
                mention("Bank of New South Wales", text, "ORGANIZATION"),
                mention("State Council Chamber Hall", text, "ORGANIZATION")); // "Chamber" is no first name
        List<Entity> entities = LINKER.link(new AnnotatedText(text, null, List.of(), mentions, List.of(), List.of()));
        assertThat(entities).filteredOn(e -> e.type().equals("ORGANIZATION")).extracting(Entity::name)
                .containsExactlyInAnyOrder("Eurasian Development Bank", "Bank of New South Wales",
                        "State Council Chamber Hall");
        assertThat(entities).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::name)
                .containsExactly("Nikolai Podguzov");
    }

    @Test
    void aFirstNameAloneIsThePersonWhoBearsIt() {
        String text = "Ivan Petrenko arrived. I thanked Ivan for his help. I spoke with Boris today. Sergei called. "
                + "Anna Smith and Anna Jones met; Anna left.";
        List<AnnotatedText.RawMention> mentions = List.of(mention("Ivan Petrenko", text, "PERSON"),
                mention("Ivan", text, "PERSON", text.indexOf("thanked")), mention("Boris", text, "PERSON"),
                mention("Sergei", text, "PERSON"), mention("Anna Smith", text, "PERSON"), mention("Anna Jones", text, "PERSON"),
                mention("Anna", text, "PERSON", text.indexOf("; Anna")));
        List<Entity> entities = LINKER.link(new AnnotatedText(text, null, List.of(), mentions, List.of(), List.of()));
        Entity petrenko = entities.stream().filter(e -> e.name().equals("Ivan Petrenko")).findFirst().orElseThrow();
        assertThat(petrenko.mentions()).extracting(Mention::text).containsExactly("Ivan Petrenko", "Ivan");
        // the knowledge base's only Boris; three Sergeis there and two Annas here: none of them
        assertThat(entities).extracting(Entity::name).contains("Boris Johnson", "Sergei", "Anna")
                .doesNotContain("Boris");
    }
}

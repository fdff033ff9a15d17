package org.sitrep.analyze;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Speakers read from the text around quotes, on annotations made by hand (no engine). */
class QuoteAttributorTest {

    private static Entity person(String id, String name, String text, String role) {
        int at = text.indexOf(name);
        return new Entity(id, name, "PERSON", List.of(new Mention(name, at, at + name.length(), null)), List.of(role));
    }

    /** A person with a mention at every place the text names them, and a role if not null. */
    private static Entity everywhere(String id, String name, String text, String role) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention(name, at, at + name.length(), null));
        }
        return new Entity(id, name, "PERSON", mentions, role == null ? List.of() : List.of(role));
    }

    private static AnnotatedText.RawQuote quote(String text, String inner) {
        int at = text.indexOf("\"" + inner);
        int end = text.indexOf('"', at + 1) + 1;
        return new AnnotatedText.RawQuote(text.substring(at, end), at, end, null, -1, -1);
    }

    @Test
    void aDefiniteDescriptionIsThePersonLastNamedWithThatRole() {
        String text = "This was announced by Adviser to the Head of the Office Mykhailo Podoliak. \"The army is resisting,\" "
                + "said the Adviser to the Head of the Office. Defence Minister Oleksii Reznikov agreed. \"We are ready for "
                + "every scenario they have planned,\" said the minister. \"Nothing has been decided yet about the talks in "
                + "Minsk,\" said the Adviser.";
        List<Entity> people = List.of(person("person:podoliak", "Mykhailo Podoliak", text, "Adviser to the Head of the Office"),
                person("person:reznikov", "Oleksii Reznikov", text, "Defence Minister"));
        assertThat(speakers(text, people, "The army", "We are", "Nothing"))
                .containsExactly("Mykhailo Podoliak", "Oleksii Reznikov", "Mykhailo Podoliak");
    }

    @Test
    void aTitleBesideTheVerbIsThePersonWhoHoldsIt() {
        String text = "President of Ukraine Volodymyr Zelensky met Head of the Office of the President Andriy Yermak. "
                + "\"We will adequately respond to the situation on our border,\" the Head of State said. \"There is no time "
                + "left for long talks in any format,\" said the Head of the President's Office.";
        List<Entity> people = List.of(person("person:zelensky", "Volodymyr Zelensky", text, "President of Ukraine"),
                person("person:yermak", "Andriy Yermak", text, "Head of the Office of the President"));
        AnnotatedText annotated = new AnnotatedText(text, null, List.of(), List.of(), List.of(),
                List.of(quote(text, "We will"), quote(text, "There is")));
        assertThat(new QuoteAttributor().attribute(annotated, people)).extracting(Quote::speaker, Quote::speakerText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Volodymyr Zelensky", "the Head of State"),
                        org.assertj.core.groups.Tuple.tuple("Andriy Yermak", "the Head of the President's Office"));
        // a long title, worded otherwise than the role it repeats
        String deputy = "Germany matters, said Deputy Head of the President's Office Ihor Zhovkva. \"We have worked with "
                + "these parties for months,\" said the Deputy Head of the Office of the President.";
        assertThat(speakers(deputy, List.of(person("person:zhovkva", "Ihor Zhovkva", deputy, "Deputy Head of the President's Office")),
                "We have")).containsExactly("Ihor Zhovkva");
    }

    @Test
    void aPronounNeverMeansAPersonNamedInsideAQuote() {
        String text = "This was stated by President Volodymyr Zelensky at Chatham House. \"Victory not over Vladimir "
                + "Putin, but over terror,\" the President said. \"It will be a chorus of leaders,\" he said.";
        List<Entity> people = List.of(person("person:zelensky", "Volodymyr Zelensky", text, "President"),
                person("person:putin", "Vladimir Putin", text, "President of Russia"));
        assertThat(speakers(text, people, "Victory", "It will"))
                .containsExactly("Volodymyr Zelensky", "Volodymyr Zelensky");
    }

    @Test
    void aPronounMeansTheSubjectOfTheLastSentenceThatNamesSomeoneNotItsObject() {
        String titled = "President of Ukraine Volodymyr Zelensky met with Speaker Nancy Pelosi. The President thanked "
                + "Nancy Pelosi for her visit. \"I am grateful to you for this signal of support,\" he said.";
        String named = "Volodymyr Zelensky believes that the sky must be closed, and he spoke about this with "
                + "President Joseph Biden. \"The bombing of cities kills civilians every night,\" he said.";
        String opening = "The talks went on. Answering questions after a meeting with Prime Minister Andrej Plenković, "
                + "Volodymyr Zelensky said that he would comment later. \"Ukraine has always had support,\" he said.";
        for (String text : new String[]{titled, named, opening}) {
            List<Entity> people = new java.util.ArrayList<>();
            people.add(everywhere("person:zelensky", "Volodymyr Zelensky", text, "President"));
            for (String other : new String[]{"Nancy Pelosi", "Joseph Biden", "Andrej Plenković"}) {
                if (text.contains(other)) {
                    people.add(everywhere("person:" + other, other, text, "Speaker"));
                }
            }
            String opens = text.substring(text.indexOf('"') + 1, text.indexOf('"') + 8);
            assertThat(speakers(text, people, opens)).as(text).containsExactly("Volodymyr Zelensky");
        }
    }

    @Test
    void sheIsAWomanHeAManWhenTheirFirstNamesTellIt() {
        // the subject of the sentence before is a man: "she" is the woman named after him
        String text = "Andriy Yermak met Olena Zelenska and the head of the Ministry of Education. \"I am "
                + "interested in the results of this work,\" she said. \"We will help the schools with everything "
                + "they need this year,\" he said.";
        List<Entity> people = List.of(everywhere("person:yermak", "Andriy Yermak", text, "Head"),
                everywhere("person:zelenska", "Olena Zelenska", text, "First Lady"));
        assertThat(speakers(text, people, "I am", "We will")).containsExactly("Olena Zelenska", "Andriy Yermak");
        // nobody of her gender is named: no speaker rather than a wrong one
        String alone = "Andriy Yermak spoke first. \"The evidence will be used in court,\" she said.";
        Entity yermak = everywhere("person:yermak", "Andriy Yermak", alone, "Head");
        assertThat(speakers(alone, List.of(yermak), "The evidence")).containsExactly((String) null);
    }

    @Test
    void aPossessiveOrALessNamedHolderOfTheTitleIsReadRight() {
        // "The President's wife" is not the President
        String wife = "First Lady Olena Zelenska met the advisers of President Volodymyr Zelensky. The President's "
                + "wife presented a new page. \"We are building a barrier-free country,\" she said.";
        List<Entity> couple = List.of(person("person:zelenska", "Olena Zelenska", wife, "First Lady"),
                person("person:zelensky", "Volodymyr Zelensky", wife, "President"));
        assertThat(speakers(wife, couple, "We are")).containsExactly("Olena Zelenska");
        // "the President of the Republic of Poland": the president whose role names Poland, though named less
        String guest = "President Volodymyr Zelensky met President of Poland Andrzej Duda. Volodymyr Zelensky thanked "
                + "him. Volodymyr Zelensky spoke of the war. The President of the Republic of Poland said that he "
                + "saw its consequences. \"It is hard to believe,\" he said.";
        Entity zelensky = everywhere("person:zelensky", "Volodymyr Zelensky", guest, "President of Ukraine");
        assertThat(zelensky.mentions()).hasSize(3);
        Entity duda = person("person:duda", "Andrzej Duda", guest, "President of Poland");
        assertThat(speakers(guest, List.of(zelensky, duda), "It is")).containsExactly("Andrzej Duda");
        // a title with the name beside it is that name's ("the First President of Kazakhstan [Nursultan Nazarbayev]")
        String apposed = "I spoke with President of Kyrgyzstan Sadyr Japarov. In fact, we set it up at the initiative "
                + "of the First President of Kazakhstan [Nursultan Nazarbayev]. I remember the talk we had, when he "
                + "said, \"You must choose what is more important to you.\"";
        Entity japarov = person("person:japarov", "Sadyr Japarov", apposed, "President of Kyrgyzstan");
        Entity nazarbayev = everywhere("person:nazarbayev", "Nursultan Nazarbayev", apposed, null); // no role read
        assertThat(speakers(apposed, List.of(japarov, nazarbayev), "You must")).containsExactly("Nursultan Nazarbayev");
    }

    /** The speakers given to the quotes that open with {@code starts}, in order. */
    private static List<String> speakers(String text, List<Entity> people, String... starts) {
        List<AnnotatedText.RawQuote> quotes = java.util.Arrays.stream(starts).map(q -> quote(text, q)).toList();
        return new QuoteAttributor().attribute(new AnnotatedText(text, null, List.of(), List.of(), List.of(), quotes), people)
                .stream().map(Quote::speaker).toList();
    }

    @Test
    void aTitleIsTheArticlesProtagonistBeforeACounterpartNamedLast() {
        String text = "President of Ukraine Volodymyr Zelensky spoke with President of the European Council Charles Michel. "
                + "Volodymyr Zelensky stressed the importance of unity and thanked Charles Michel. \"We stand for the "
                + "political and diplomatic settlement of the conflict,\" the President said.";
        List<Entity> people = List.of(new Entity("person:zelensky", "Volodymyr Zelensky", "PERSON", List.of(
                        new Mention("Volodymyr Zelensky", text.indexOf("Volodymyr"), text.indexOf("Volodymyr") + 18, null),
                        new Mention("Volodymyr Zelensky", text.lastIndexOf("Volodymyr"), text.lastIndexOf("Volodymyr") + 18, null)),
                        List.of("President of Ukraine")),
                new Entity("person:michel", "Charles Michel", "PERSON", List.of(new Mention("Charles Michel",
                        text.lastIndexOf("Charles"), text.lastIndexOf("Charles") + 14, null)), List.of("President of the European Council")));
        assertThat(speakers(text, people, "We stand")).containsExactly("Volodymyr Zelensky");
    }

    @Test
    void aFullTitleOrAMessageIsTheSendersNotTheOtherPresidentNamed() {
        // "the President of Russia": the president of Russia, though the president of Azerbaijan was named last
        String titled = "President of Russia Vladimir Putin spoke with President of Azerbaijan Ilham Aliyev. \"Our relations "
                + "are at a high level and keep growing,\" the President of Russia noted.";
        // a message quoted after "The message reads:" is its sender's, the first person of the sentence before
        String message = "Vladimir Putin sent a message congratulating President of Azerbaijan Ilham Aliyev on the national "
                + "holiday.\n\nThe message reads, in part: \"Azerbaijan enjoys well-deserved prestige in the world arena.\"";
        for (String[] example : new String[][]{{titled, "Our relations"}, {message, "Azerbaijan"}}) {
            List<Entity> people = List.of(person("person:putin", "Vladimir Putin", example[0], "President of Russia"),
                    person("person:aliyev", "Ilham Aliyev", example[0], "President of Azerbaijan"));
            assertThat(speakers(example[0], people, example[1])).containsExactly("Vladimir Putin");
        }
    }

    @Test
    void theEnginesSpeakerIsTheArticlesPersonOfThatName() {
        // no reporting clause to read; the engine names the speaker, at offsets that hold no mention of ours
        String text = "Vladimir Putin spoke to the students.\n\n\"We have always been and we will always be a strong country.\"";
        int at = text.indexOf('"');
        AnnotatedText.RawQuote engine = new AnnotatedText.RawQuote(text.substring(at), at, text.length(), "Vladimir Putin",
                text.indexOf("students"), text.indexOf("students") + 8);
        List<Entity> people = List.of(person("person:putin", "Vladimir Putin", text, "President"));
        assertThat(new QuoteAttributor().attribute(new AnnotatedText(text, null, List.of(), List.of(), List.of(), List.of(engine)),
                people)).extracting(Quote::speaker, Quote::speakerEntity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vladimir Putin", "person:putin"));
    }

    @Test
    void aDescriptionNoNamedPersonFitsStaysAnonymous() {
        String text = "Talks went on in Vienna. \"No progress was made,\" said a senior State Department official.";
        AnnotatedText annotated = new AnnotatedText(text, null, List.of(), List.of(), List.of(), List.of(quote(text, "No progress")));
        assertThat(new QuoteAttributor().attribute(annotated, List.of())).extracting(Quote::speaker, Quote::speakerEntity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a senior State Department official", null));
    }
}

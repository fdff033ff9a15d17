package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlExtractionTest {
    private static final String BODY = """
            <p>Russian and American diplomats met in Geneva on Monday for more than seven hours of talks on European security, officials said.</p>
            <p>The Russian delegation, led by Deputy Foreign Minister Sergei Ryabkov, repeated its demand that NATO stop expanding eastward.</p>
            <h2>No breakthrough</h2>
            <p>US Deputy Secretary of State Wendy Sherman said the talks were frank and forthright, but that no progress had been made on the core issues.</p>
            """;

    private static String page(String head, String article) {
        return "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<header class=\"site-header\"><a href=\"/\">Daily Example</a><nav><a href=\"/world\">World</a> <a href=\"/politics\">Politics</a></nav></header>"
                + "<div class=\"cookie-consent\"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p></div>"
                + "<main><article class=\"story\"><h1>Geneva talks end without breakthrough</h1>"
                + "<div class=\"byline\">By Jane Doe · <time datetime=\"2022-01-10T19:30:00+01:00\">10 January 2022</time></div>"
                + "<div class=\"share-bar\"><a href=\"#\">Share on Twitter</a> <a href=\"#\">Share on Facebook</a></div>"
                + "<div class=\"article-body\">" + article + "</div>"
                + "<div class=\"newsletter-signup\"><p>Sign up for our daily newsletter to get the latest news in your inbox every morning.</p></div>"
                + "<section class=\"related-articles\"><h3>Related</h3><ul><li><a href=\"/a\">Lavrov says talks were useful, 2021-12-01</a></li>"
                + "<li><a href=\"/b\">NATO meets Russia in Brussels</a></li></ul></section></article></main>"
                + "<section id=\"comments\"><p>jack, 11 January 2022: I think this will end badly for everyone involved in these talks.</p></section>"
                + "<footer><p>© 2019-2022 Daily Example. All rights reserved.</p></footer></body></html>";
    }

    @Test
    void jsonLdMetadataAndCleanBody() throws Exception {
        String head = """
                <title>Geneva talks end without breakthrough | Daily Example</title>
                <meta property="og:site_name" content="Daily Example">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "headline":"Geneva talks end without breakthrough","datePublished":"2022-01-10T19:30:00+01:00",
                "dateModified":"2022-01-11T08:00:00+01:00","author":{"@type":"Person","name":"Jane Doe"},
                "publisher":{"@type":"Organization","name":"Daily Example"}}</script>
                """;
        Article a = ExtractFixture.html(page(head, BODY), "https://daily.example.org/world/2022/01/10/geneva-talks");
        assertThat(a.title()).isEqualTo("Geneva talks end without breakthrough");
        assertThat(a.published()).isEqualTo("2022-01-10T19:30:00+01:00");
        assertThat(a.updated()).isEqualTo("2022-01-11T08:00:00+01:00");
        assertThat(a.author()).isEqualTo("Jane Doe");
        assertThat(a.site()).isEqualTo("Daily Example");
        assertThat(a.publisher()).isEqualTo("Daily Example");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.url()).isEqualTo("https://daily.example.org/world/2022/01/10/geneva-talks");
        assertThat(a.machineTranslated()).isNull();
        assertThat(a.text().split("\n\n")).containsExactly(
                "Russian and American diplomats met in Geneva on Monday for more than seven hours of talks on European security, officials said.",
                "The Russian delegation, led by Deputy Foreign Minister Sergei Ryabkov, repeated its demand that NATO stop expanding eastward.",
                "No breakthrough",
                "US Deputy Secretary of State Wendy Sherman said the talks were frank and forthright, but that no progress had been made on the core issues.");
    }

    @Test
    void openGraphAndMetaTagsWhenThereIsNoJsonLd() throws Exception {
        String head = """
                <meta property="og:title" content="Geneva talks end without breakthrough">
                <meta property="article:published_time" content="2022-01-10T18:30:00Z">
                <meta name="author" content="Jane Doe">
                """;
        Article a = ExtractFixture.html(page(head, BODY), null);
        assertThat(a.title()).isEqualTo("Geneva talks end without breakthrough");
        assertThat(a.published()).isEqualTo("2022-01-10T18:30:00Z");
        assertThat(a.author()).isEqualTo("Jane Doe");
        assertThat(a.text()).doesNotContain("cookies").doesNotContain("newsletter").doesNotContain("Share on")
                .doesNotContain("Related").doesNotContain("jack").doesNotContain("All rights reserved");
    }

    @Test
    void publicationDateFromTheMarkupNotFromCommentsRelatedLinksOrCopyright() throws Exception {
        Article a = ExtractFixture.html(page("<title>Talks</title>", BODY), null);
        assertThat(a.published()).isEqualTo("2022-01-10T19:30:00+01:00"); // the <time> in the byline
    }

    @Test
    void dateInTheUrlWhenTheMarkupHasNone() throws Exception {
        String html = "<html><body><article><p>" + "The talks in Geneva went on for seven hours, officials said. ".repeat(5)
                + "</p></article></body></html>";
        assertThat(ExtractFixture.html(html, "https://news.example.org/2022/01/10/geneva").published()).isEqualTo("2022-01-10");
    }

    private static final String PARAGRAPHS = "<p>" + "The talks in Geneva went on for seven hours, officials said. ".repeat(5) + "</p>";

    @Test
    void teasersOfOtherArticlesBeforeTheArticleAreLeftOut() throws Exception {
        String teaser = "<li><a href='/other-%d'>Another story of the day number %d</a> <span>MOSCOW: Officials said on "
                + "Wednesday that the ministry would publish its figures later in the week, and that the talks...</span></li>";
        String html = "<html><body><div class='main'><ul>" + teaser.formatted(1, 1) + teaser.formatted(2, 2)
                + teaser.formatted(3, 3) + "</ul>" + PARAGRAPHS + PARAGRAPHS.replace("Geneva", "Vienna")
                + "<p>Some said the talks would resume... but none knew when.</p></div></body></html>";
        String text = ExtractFixture.html(html, null).text();
        assertThat(text).doesNotContain("Another story").doesNotContain("MOSCOW").contains("Geneva").contains("Vienna")
                .contains("Some said the talks would resume...");
    }

    @Test
    void aModalWindowIsLeftOutHoweverLongItsText() throws Exception {
        String rules = "<p>Users are obliged to speak respectfully to the other participants in the discussion, and "
                + "comments that break these rules will be deleted by the moderators without notice.</p>";
        String html = "<html><body><div>" + PARAGRAPHS + PARAGRAPHS.replace("Geneva", "Vienna")
                + "<div class='modal-window window-comments-rules'><section>" + rules.repeat(6) + "</section></div>"
                + "</div></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("Vienna").doesNotContain("moderators");
    }

    @Test
    void cardsLeadingToOtherArticlesAreLeftOutEvenWithAnAdvertisementAmongThem() throws Exception {
        String card = "<div class='col'><header><h2><a href='/story-%d'>A headline of another story, number %d</a></h2>"
                + "</header><p>A teaser of that other story, which the reader may want to read next, with a full stop.</p></div>";
        StringBuilder grid = new StringBuilder("<div class='grid'>");
        for (int i = 0; i < 6; i++) {
            grid.append(card.formatted(i, i));
        }
        grid.append("<div class='col'><p>Collect signatures anywhere, on any device, with our sponsor's fine app.</p></div>")
                .append("<div class='col'></div></div>");
        String html = "<html><body><div><article><h1>Talks</h1>" + PARAGRAPHS + PARAGRAPHS.replace("Geneva", "Vienna")
                + "<p>First Published: Tuesday, January 11, 2022 08:38 AM</p></article>" + grid + "</div></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("Vienna").doesNotContain("teaser")
                .doesNotContain("another story").doesNotContain("First Published");
    }

    @Test
    void aLayoutWrapperWhoseNameSoundsLikeBoilerplateIsKeptWhenItHoldsTheHeadline() throws Exception {
        String loose = "The talks in Geneva went on for seven hours, officials said, and the delegations will meet again. ";
        String html = "<html><body><div id='__next'><h1>Talks in Geneva</h1><section class='article-page'>" + loose.repeat(4)
                + "<p></p><h2>What comes next</h2>" + loose.replace("Geneva", "Vienna").repeat(3) + "<br></section></div>"
                + "<div class='next-stories'><p>Other news.</p></div></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("Geneva").contains("Vienna").doesNotContain("Other news");
    }

    @Test
    void aPostTheArticleEmbedsIsKeptThoughItsWrapperIsNamedSocial() throws Exception {
        String html = "<html><body><article>" + PARAGRAPHS + "<div class='social-media-embed'><blockquote class='twitter-tweet'>"
                + "<p>We will not accept any deployment near our borders, the minister wrote tonight.</p>— A Minister "
                + "(@minister) <a href='https://twitter.com/minister/status/1'>January 10, 2022</a></blockquote></div>"
                + PARAGRAPHS.replace("Geneva", "Vienna") + "<div class='social-share'><p>Share on Twitter</p></div>"
                + "</article></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("We will not accept any deployment")
                .contains("Vienna").doesNotContain("Share on");
    }

    @Test
    void aRelatedHeadingEndsTheArticleWhatFollowsItIsNot() throws Exception {
        String html = "<html><body><div class='post'>" + PARAGRAPHS + PARAGRAPHS.replace("Geneva", "Vienna")
                + "<h3>You may also like:</h3><div><a href='/other'>Pickled sprouts</a></div>"
                + "<p>Regan is a Connecticut native now living in Massachusetts with her husband, two sons and two cats, "
                + "and she writes about food.</p></div></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("Vienna").doesNotContain("You may also like")
                .doesNotContain("Regan");
    }

    @Test
    void aParagraphOfLinksAmongTheArticlesOwnDoesNotEndIt() throws Exception {
        String html = "<html><body><div class='entry'>" + PARAGRAPHS + "<p><a href='/deal-1'>Lego Star Wars for 99 euros</a></p>"
                + "<p>Then the second offer of the day, a racing track for children, at half its usual price.</p>"
                + "<p><a href='/deal-2'>Electric racing track</a></p><p>And the third, a box of films on Blu-ray.</p></div>"
                + "<div class='more'><p><a href='/a'>Another story</a></p><p><a href='/b'>And another one</a></p></div>"
                + "</body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("the second offer").contains("the third")
                .doesNotContain("Another story");
    }

    @Test
    void aCallOrAShortLabelAmongTheArticlesParagraphsDoesNotEndIt() throws Exception {
        String html = "<html><body><div class='entry'>" + PARAGRAPHS
                + "<p><strong><a href='/app'>CLICK HERE TO GET THE EXAMPLE NEWS APP</a></strong></p>"
                + "<p>The talks resumed on Wednesday in Brussels, at the NATO-Russia Council.</p>"
                + "<h3>Thursday</h3><p><em>In Vienna</em></p><p><a href='/osce'>OSCE Permanent Council</a></p>"
                + "<p>The last meeting of the week was held at the OSCE.</p></div>"
                + "<div class='more'><p>Popular now</p><p><a href='/a'>Another story</a></p></div></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("The talks resumed").contains("In Vienna")
                .contains("The last meeting").doesNotContain("CLICK HERE")
                .doesNotContain("Another story");
    }

    @Test
    void linksThatAreWordsOfTheTextAreKeptLinksToOtherPagesAreNot() throws Exception {
        String html = "<html><body><div class='entry'>" + PARAGRAPHS
                + "<p><a href='/ryabkov'>Sergei Ryabkov</a> has been named to lead <a href='/talks'>the talks</a>.</p>"
                + "<p><strong>Account:</strong> <a href='/x'>@ministry_press</a></p>"
                + "<p><strong>Related:</strong> <a href='/y'>NATO meets Russia in Brussels</a></p>"
                + "<p><a href='/z'>LAVROV SAYS THE TALKS WERE USEFUL</a></p>"
                + "<p>" + "The delegations are to meet again next week, the ministry said in a statement. ".repeat(2) + "</p>"
                + "</div></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("Sergei Ryabkov has been named to lead the talks.")
                .contains("Account: @ministry_press").doesNotContain("Brussels").doesNotContain("LAVROV");
    }

    @Test
    void aBareRelatedLabelAndTheAuthorsNoteAtTheEndAreNotTheArticle() throws Exception {
        String html = "<html><body><div class='entry'>" + PARAGRAPHS + "<p>Related news</p>"
                + PARAGRAPHS.replace("Geneva", "Vienna")
                + "<p>Jane Doe is a diplomatic correspondent for the Daily Example, covering European security and "
                + "the war in Ukraine since 2014.</p></div></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("Geneva").contains("Vienna")
                .doesNotContain("Related news").doesNotContain("correspondent");
        String portuguese = "<html><body><article><h1>Rouhani escreve a líderes</h1><p>" + "A mídia estatal disse que "
                + "Rouhani escreveu para vários líderes mundiais, sem nomeá-los. ".repeat(3) + "</p><div class='box'>"
                + "<h4>Relacionadas</h4></div>" + PARAGRAPHS + "</article></body></html>";
        assertThat(ExtractFixture.html(portuguese, null).text()).contains("Rouhani").contains("Geneva")
                .doesNotContain("Relacionadas");
    }

    @Test
    void aBlogsLikeButtonAndRelatedPostsInItsLanguageEndThePostBeforeItsComments() throws Exception {
        String html = "<html><body><div id='content'><div id='post-34' class='post'><div class='entry'>"
                + PARAGRAPHS + PARAGRAPHS + "<div id='jp-post-flair' class='sharedaddy'><div id='like-post-wrapper-5-34' class='sharedaddy sd-like'>"
                + "<h3 class='sd-title'>Gefällt mir:</h3></div><div id='jp-relatedposts' class='jp-relatedposts'>"
                + "<h3><em>Ähnliche Beiträge</em></h3></div></div></div></div><h3 class='reply'>2 Antworten</h3>"
                + "<ol class='commentlist'><li>"
                + PARAGRAPHS.replace("The talks in Geneva", "I read your post about Vienna and").replace("officials", "I")
                + "</li></ol></div></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("Geneva").doesNotContain("Gefällt")
                .doesNotContain("Ähnliche").doesNotContain("Vienna");
    }

    @Test
    void wordsAroundInlineMarkupKeepTheirSpacesInABrokenParagraph() throws Exception {
        String html = "<html><body><div class='entry'>" + PARAGRAPHS + "<div class='note'>"
                + "<em>\"The best games in the series, streamlining the tedious traditions.\" </em>Read our <a href='/r'>review</a>"
                + "<em>.</em><br><br>If you only want one of them, the shop still has the best price of the week.</div></div>"
                + "</body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("traditions.\" Read our review.");
    }

    @Test
    void aCarouselBesideAShortArticleDoesNotWinForItsLength() throws Exception {
        String slide = "<div class='swiper-slide'>With deep sorrow we announce that our beloved neighbour, aged 78, has "
                + "passed away. The funeral will be held on Wednesday at eleven in the parish church. The grieving family.</div>";
        String html = "<html><body><div id='left-area'><article><h1>Fatigue after the virus</h1>" + PARAGRAPHS
                + "</article></div><div id='right-area'><div class='swiper-container'><div class='swiper-wrapper'>"
                + slide.repeat(12) + "</div></div></div></body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("Geneva").doesNotContain("funeral");
    }

    @Test
    void dateOfAJsonLdPageNodeWhenNoArticleNodeHasOne() throws Exception {
        String html = "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Example\"},{\"@type\":\"WebPage\",\"datePublished\":"
                + "\"2022-01-10T10:13:17+01:00\"}]}</script></head><body><article>" + PARAGRAPHS + "</article></body></html>";
        assertThat(ExtractFixture.html(html, null).published()).isEqualTo("2022-01-10T10:13:17+01:00");
    }

    @Test
    void theOpenGraphPublicationTimeOverAJsonLdDateThatDisagrees() throws Exception {
        String html = "<html><head><meta property='article:published_time' content='2022-01-06T08:29:34+01:00'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2022-01-04T07:29:00.000Z\"}</script></head><body><article>" + PARAGRAPHS + "</article></body></html>";
        assertThat(ExtractFixture.html(html, null).published()).isEqualTo("2022-01-06T08:29:34+01:00");
    }

    @Test
    void aDayWithoutATimeInTheMetaTagsGivesWayToTheDayTheBylineShowsOneDayOff() throws Exception {
        String head = "<meta name='date' content='2020-04-30'>";
        String byline = "<ul class='infoline'><li>Von Jane Doe</li><li><time>%s</time></li></ul>";
        String shown = "<html><head>" + head + "</head><body><article><h1>Mietenstreik in den USA</h1>"
                + byline.formatted("29.04.2020, 12:01 Uhr") + PARAGRAPHS + "</article></body></html>";
        assertThat(ExtractFixture.html(shown, null).published()).isEqualTo("2020-04-29");
        String weekAway = shown.replace("29.04.2020", "23.04.2020"); // not the edition's eve: the structured day stands
        assertThat(ExtractFixture.html(weekAway, null).published()).isEqualTo("2020-04-30");
    }

    @Test
    void aForumMembersRegistrationDateIsNotThePosts() throws Exception {
        String html = "<html><body><h1>Kein App Store mehr</h1><div class='post'><dl class='postprofile'><dt>r23</dt>"
                + "<dd>Beiträge: 1626</dd><dd>Registriert: 18.09.2008, 05:56</dd></dl><p class='author'>von r23 » "
                + "21.01.2009, 05:42</p>" + PARAGRAPHS + "</div></body></html>";
        assertThat(ExtractFixture.html(html, null).published()).isEqualTo("2009-01-21");
    }

    @Test
    void dateFromAScriptsJsonWhenTheMarkupHasNone() throws Exception {
        String html = "<html><head><script>window.page = {\"id\": 7, \"published_at\": \"2022-01-10T06:22:28+01:00\"};"
                + "</script></head><body><article>" + PARAGRAPHS + "</article></body></html>";
        assertThat(ExtractFixture.html(html, null).published()).isEqualTo("2022-01-10T06:22:28+01:00");
    }

    @Test
    void aMetaTagWhoseNameSaysItHoldsThePublicationDateInAnyVocabulary() throws Exception {
        String html = "<html><head><meta property='example:category' content='2013'><meta property='example:uploaded' "
                + "content='2013-02-16T04:36:36-05:00'><meta name='example:updated' content='2014-01-01'></head><body><article>"
                + PARAGRAPHS + "</article></body></html>";
        assertThat(ExtractFixture.html(html, null).published()).isEqualTo("2013-02-16T04:36:36-05:00");
    }

    @Test
    void aTimestampRightAboveTheHeadlineOverADateInTheStory() throws Exception {
        String html = "<html><body><div class='row'><p>02.02.2022 10:16 Uhr - Bundesliga</p><h1>Ein klarer Sieg</h1>"
                + "<p>Am 30. Januar 2022 gewann die Mannschaft das Spiel. " + "Die Trainer waren zufrieden. ".repeat(8)
                + "</p></div></body></html>";
        assertThat(new HtmlExtractor().publicationDay(html, null)).containsExactly("2022-02-02", "text");
    }

    @Test
    void aPhotosCaptionDatesThePhotoNotTheStory() throws Exception {
        String html = "<html><body><h1>Protesters gather at a Paris theater</h1><div class='entry-content'><div>"
                + "<img src='/photo.jpg' alt='Macron'><br>FILE PHOTO: The president speaks near Orleans, France, January 16, "
                + "2020. Pool via REUTERS</div><p>January 18, 2020</p><p>PARIS (Reuters) - Protesters gathered on Friday. "
                + "They chanted slogans. ".repeat(8) + "</p></div></body></html>";
        assertThat(new HtmlExtractor().publicationDay(html, null)).containsExactly("2020-01-18", "text");
    }

    @Test
    void aDateAScriptWritesWhereItStands() throws Exception {
        String html = "<html><head><script>track(\"2019/01/01 00:00:00\")</script></head><body><h1>Notes</h1>" + PARAGRAPHS
                + "<table><tr><td><script>showDate(\"2020/04/17 01:43:09\")</script> 7 views</td></tr></table></body></html>";
        assertThat(new HtmlExtractor().publicationDay(html, null)).containsExactly("2020-04-17", "script");
    }

    @Test
    void aLabelledDateInAMetadataAsideTheGermanVerbFinalPhraseAndADayFirstUrlDate() throws Exception {
        String aside = "<html><body><article><h1>Fremde Dateien</h1>" + PARAGRAPHS + "</article><aside class='blogData'><dl>"
                + "<dt>Kategorie</dt><dd>CAD</dd><dt>Datum</dt><dd>12.01.2017</dd></dl></aside></body></html>";
        assertThat(ExtractFixture.html(aside, null).published()).isEqualTo("2017-01-12");
        String verbFinal = "<html><body><h1>Kein Cyberterrorismus</h1>" + PARAGRAPHS + "<p>" + "Mehr dazu später. ".repeat(400)
                + "</p><div class='postmetadata'><p>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:15 Uhr "
                + "veröffentlicht.</p></div></body></html>";
        assertThat(ExtractFixture.html(verbFinal, null).published()).isEqualTo("2011-12-03");
        String plain = "<html><body><h1>Erfolgsgeschichte</h1>" + PARAGRAPHS + "</body></html>";
        assertThat(ExtractFixture.html(plain, "https://example.org/meldungen/29-10-2021").published()).isEqualTo("2021-10-29");
        assertThat(ExtractFixture.html(plain, "https://example.org/meldungen/03-04-2021").published()).isNull(); // March or April?
    }

    @Test
    void theDateOfTheNavigationBarOrOfAnEmbeddedPostIsNotThePages() throws Exception {
        String html = "<html><body><div class='navtop'><time datetime='2023-11-01T13:56:20+01:00'>Mittwoch, 01. November "
                + "2023</time></div><article><div class='ArticleHeader'><h1>Ein Kommentar</h1></div>"
                + "<div class='PublishDate ArticleHeaderComment_publishDate'><span class='PublishDate_date'>29. Januar 2019"
                + "</span></div>" + PARAGRAPHS + "<blockquote class='twitter-tweet'><p>A post.</p>— Someone (@someone) am "
                + "<time datetime='2018-03-12T19:30:12+00:00'>Mär 12, 2018</time></blockquote></article></body></html>";
        assertThat(ExtractFixture.html(html, null).published()).isEqualTo("2019-01-29");
    }

    @Test
    void theDayShownIsReadFromTheTextOfTimeElementsNotFromHiddenMetadata() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2019-10-19T03:00:00.000Z\"}</script><meta itemprop='datePublished' content='2019-10-18'></head><body>"
                + "<h1>Tanz</h1><time class='metainfo__date' datetime='2019-10-19T03:00:00.000Z'>19.10.2019, 05:00 Uhr</time>"
                + PARAGRAPHS + "</body></html>";
        assertThat(new HtmlExtractor().publicationDay(html, null)[0]).isEqualTo("2019-10-19");
    }

    @Test
    void theDateOfATrackbackRdfDescriptionInAComment() throws Exception {
        String html = "<html><body><h1>Sale results</h1>" + PARAGRAPHS + "<!--\n<rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<rdf:Description rdf:about=\"https://blog.example.jp/e/1\" dc:title=\"Sale results\" "
                + "dc:date=\"2020-07-12T22:00:00+09:00\" /></rdf:RDF>\n--></body></html>";
        assertThat(ExtractFixture.html(html, null).published()).isEqualTo("2020-07-12T22:00:00+09:00");
    }

    @Test
    void aLayoutClassNamingTheSidebarDoesNotHideThePagesDate() throws Exception {
        String html = "<html><body class='one-sidebar'><div class='layoutTwoColumnsRightSidebar'><div class='content'>"
                + "<h1>Talks in Geneva</h1><p>By Anna Example | 10.01.22</p>" + PARAGRAPHS + "</div></div></body></html>";
        assertThat(new HtmlExtractor().publicationDay(html, null)).containsExactly("2022-01-10", "text");
    }

    @Test
    void aSidebarThatRepeatsTheHeadlineHoldsThePagesDateItsRelatedLinksDoNot() throws Exception {
        String sidebar = "<div class='sidebar'><div class='sidebar__item'><p class='h1'>Burgenland: the best of Ruster"
                + " Ausbruch</p><p class='time'><time datetime='2022-01-28'>28. Januar 2022</time></p></div></div>";
        String related = "<div class='sidebar'><ul class='related'><li><time datetime='2021-05-02'>2. Mai 2021</time>"
                + "<a href='/other'>Another story</a></li></ul></div>";
        String page = "<html><body>%s<div class='content'><h1>Burgenland: the best of Ruster Ausbruch</h1>" + PARAGRAPHS
                + "</div>%s</body></html>";
        assertThat(ExtractFixture.html(String.format(page, related, sidebar), null).published()).isEqualTo("2022-01-28");
        assertThat(ExtractFixture.html(String.format(page, related, ""), null).published()).isNull();
    }

    @Test
    void theDayThePageShowsOverAUtcTimestampADayOff() throws Exception {
        String html = "<html><head><meta property='article:published_time' content='2022-01-11T02:11:03+00:00'></head>"
                + "<body><article><h1>Talks in Geneva</h1><time datetime='2022-01-10T21:11:03-05:00'>January 10</time>"
                + PARAGRAPHS + "</article></body></html>";
        assertThat(ExtractFixture.html(html, null).published()).isEqualTo("2022-01-11T02:11:03Z"); // the same instant
        assertThat(new HtmlExtractor().publicationDay(html, null)[0]).isEqualTo("2022-01-10");
    }


    @Test
    void aPageShowingOnlyItsModificationDayPresentsItAsItsPublicationUnlessItSaysUpdated() throws Exception {
        String head = "<html><head><script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":"
                + "\"2021-01-01T11:00:00Z\",\"dateModified\":\"2023-04-01T10:00:00Z\"}</script></head><body><article>"
                + "<h1>Cloud gaming tested</h1>";
        String shown = head + "<p class='publish-info'><time datetime='2023-04-01 12:00'>01.04.2023, 12:00</time> Uhr</p>"
                + PARAGRAPHS + "</article></body></html>";
        Article republished = ExtractFixture.html(shown, null);
        assertThat(republished.published()).isEqualTo("2023-04-01T10:00:00Z");
        assertThat(republished.updated()).isEqualTo("2023-04-01T10:00:00Z");
        String labelled = head + "<p class='update-time'>Updated 2010 GMT (0410 HKT) April 1, 2023</p>" + PARAGRAPHS
                + "</article></body></html>";
        assertThat(ExtractFixture.html(labelled, null).published()).isEqualTo("2021-01-01T11:00:00Z");
    }

    @Test
    void aDateInADataAttributeWhenNothingElseDatesThePage() throws Exception {
        String html = "<html><body><div class='header__timeline'><div data-date='18. März 2020' class='timeline__arrow'>"
                + "</div></div><h1>Achtsam durch die Krise</h1>" + PARAGRAPHS + "<div class='comment' data-timestamp="
                + "'1589443200'></div></body></html>";
        assertThat(ExtractFixture.html(html, null).published()).isEqualTo("2020-03-18");
        String epoch = "<html><body><h1>Notes</h1><span class='stamp' data-timestamp='1594448702000'></span>" + PARAGRAPHS
                + "</body></html>";
        assertThat(ExtractFixture.html(epoch, null).published()).isEqualTo("2020-07-11");
    }

    @Test
    void updatedIsNotAPublishedPhraseThoughItEndsInDate() throws Exception {
        String html = "<html><body><h1>Dead skin cells</h1><p>Jessica Example · Updated Mar 12, 2020</p>" + PARAGRAPHS
                + "<p>Published: March 1, 2020</p></body></html>";
        assertThat(new HtmlExtractor().publicationDay(html, null)).containsExactly("2020-03-01", "phrase");
    }
    @Test
    void languageFromTheTextWhenTheMarkupSaysNothing() throws Exception {
        String html = "<html><body><article><p>Les négociations entre la Russie et les États-Unis se sont ouvertes lundi à Genève, "
                + "dans un climat de forte tension autour de l'Ukraine, a indiqué le ministère des affaires étrangères.</p>"
                + "</article></body></html>";
        assertThat(ExtractFixture.html(html, null).language()).isEqualTo("fr");
    }

    @Test
    void aPageWithoutTextIsAClearError() {
        assertThatThrownBy(() -> ExtractFixture.html("<html><head><title>x</title></head></html>", null))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("no article text");
        assertThatThrownBy(() -> ExtractFixture.html("<html><body><nav><a href=/>Home</a></nav></body></html>", null))
                .isInstanceOf(ExtractionException.class);
        // a paywalled page: its article is not in the page, only the heading of the links below it
        assertThatThrownBy(() -> ExtractFixture.html("<html><body><h1>Wohnungssuche</h1><div class='paid'></div>"
                + "<h2>Weitere Artikel</h2><ul><li><a href='/a'>Eins</a></li></ul></body></html>", null))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void deeplyNestedMarkupFinishes() throws Exception {
        String html = "<html><body>" + "<div class=\"share\"><span>".repeat(50_000)
                + "<p>" + "The delegations met again in Vienna, and the talks continued. ".repeat(10) + "</p>"
                + "</span></div>".repeat(50_000) + "</body></html>";
        assertThat(ExtractFixture.html(html, null).text()).contains("The delegations met again in Vienna");
    }

    @Test
    void brokenEncodingIsRead() throws Exception {
        byte[] bytes = ("<html><head><meta charset=\"utf-8\"></head><body><article><p>"
                + "Les n\u00e9gociations de Gen\u00e8ve ont dur\u00e9 sept heures, sans perc\u00e9e, selon les diplomates pr\u00e9sents.</p>"
                + "</article></body></html>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Article a = ExtractFixture.EXTRACTOR.extract(org.sitrep.model.RawDocument.of("x.html", org.sitrep.model.DocumentFormat.HTML,
                java.time.Instant.EPOCH, java.util.Map.of(), bytes)).article();
        assertThat(a.text()).contains("n\u00e9gociations de Gen\u00e8ve");
    }
}

package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlArticleParserTests {

    private final HtmlArticleParser parser = new HtmlArticleParser();

    @Test
    void metaTagsGiveMetadataAndArticleGivesTheStoryWithoutFurniture() {
        String html = """
                <html><head><title>Truce collapses &#8211; live | The Daily Planet</title>
                <meta property="og:title" content="Truce collapses as both sides trade blame">
                <meta property="og:site_name" content="The Daily Planet">
                <meta name="author" content="Lois Lane">
                <meta property="article:published_time" content="2020-05-01T10:00:00+05:00">
                <script>var ads = 1;</script></head>
                <body><nav><a href="/">Home</a></nav>
                <div class="cookie-banner"><p>We use cookies &amp; trackers to improve your experience here.</p></div>
                <article><p class="kicker">World</p><h1>Truce collapses as both sides trade blame</h1>
                <div class="byline">By Lois Lane</div>
                <figure><img src="x.jpg"><figcaption>A photo caption that is not text.</figcaption></figure>
                <p>The truce collapsed on Friday &amp; fighting resumed, officials said.</p>
                <p>Both sides blamed each other. <a href="/x">Read more: Why the truce failed</a></p>
                <ul class="tags"><li>War</li></ul><div class="share">Share: Twitter</div></article>
                <aside class="related"><p>Another story entirely, which must not be in the text at all.</p></aside>
                </body></html>
                """;
        ParsedParts parts = parser.parse(html);
        assertThat(parts.title()).isEqualTo("Truce collapses as both sides trade blame");
        assertThat(parts.outlet()).isEqualTo("The Daily Planet");
        assertThat(parts.author()).isEqualTo("Lois Lane");
        assertThat(parts.published()).isEqualTo("2020-05-01T10:00:00+05:00");
        assertThat(parts.paragraphs()).containsExactly(
                "The truce collapsed on Friday & fighting resumed, officials said.",
                "Both sides blamed each other.");
    }

    @Test
    void withoutArticleElementTheDensestBlockIsTheStory() {
        String html = """
                <html><head><title>Dam attack - Valley News</title></head><body>
                <div class="menu"><p>Home</p><p>World</p></div>
                <div id="main"><div class="content">
                <p>Saboteurs damaged the dam overnight, flooding three villages downstream, the governor said.</p>
                <p>No group has claimed the attack, which police said used explosives placed at the base.</p>
                </div></div>
                <div class="footer-links"><p>About us and contact details for the newsroom staff here.</p></div>
                </body></html>
                """;
        ParsedParts parts = parser.parse(html);
        assertThat(parts.title()).isEqualTo("Dam attack");
        assertThat(parts.paragraphs()).hasSize(2).first().asString().startsWith("Saboteurs");
    }

    @Test
    void liveBlogStampsWithoutADayGetTheDateOfTheirDatetime() {
        String html = """
                <html><body><article><div itemprop="articleBody">
                <div class="block"><p class="block-time"><time datetime="2023-10-19T21:45:00+03:00">Thu 21.45 EEST</time></p>
                <p>Officials said on Thursday that the toll had risen to forty.</p></div>
                </div></article></body></html>
                """;
        ParsedParts parts = parser.parse(html);
        assertThat(parts.paragraphs()).containsExactly("Thu 21.45 EEST (19 October 2023)",
                "Officials said on Thursday that the toll had risen to forty.");
        assertThat(parts.published()).isEqualTo("2023-10-19T21:45:00+03:00");
    }

    @Test
    void onlyScriptsLeaveNoParagraphs() {
        ParsedParts parts = parser.parse("<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>");
        assertThat(parts.paragraphs()).isEmpty();
    }
}

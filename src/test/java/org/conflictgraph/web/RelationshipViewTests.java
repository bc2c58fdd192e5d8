package org.conflictgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.extraction.ArticleExtraction.Actor;
import org.conflictgraph.extraction.ArticleExtraction.ArticleMeta;
import org.conflictgraph.extraction.ArticleExtraction.Claim;
import org.conflictgraph.extraction.ArticleExtraction.Event;
import org.conflictgraph.extraction.ArticleExtraction.Faction;
import org.conflictgraph.extraction.ArticleExtraction.Relation;
import org.conflictgraph.extraction.ArticleExtraction.Source;
import org.conflictgraph.graph.ArticleGraphWriter;
import org.conflictgraph.graph.ArticleRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The relationship view end to end in headless Chromium (Debian's {@code chromium} + {@code chromium-driver},
 * explicit paths, nothing downloaded). A person, their faction and an event that one source asserts and another
 * denies are written through the graph writer from a fixture built here (unique names: the DBMS is shared per
 * JVM); a 2,000-member hub is added with Cypher. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RelationshipViewTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int HUB_MEMBERS = 2000;

    private static ChromeDriver browser;
    private static Path profile;
    private static Fixture fixture;

    @LocalServerPort
    int port;

    @Autowired
    ArticleGraphWriter writer;

    @Autowired
    Driver neo4j;

    /** Names unique to this JVM run, so the shared DBMS never mixes them up with other tests' entities. */
    record Fixture(String person, String personVariant, String faction, String duplicate, String hubId,
                   String hubName) {
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
                        + "apt-get install -y chromium chromium-driver");
        profile = Files.createTempDirectory("conflict-graph-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void browserPresent() {
        Assumptions.assumeTrue(browser != null, "no browser");
    }

    /** Skips until the read API the view calls has landed; then writes the fixture once per JVM. */
    private void seedOnce() throws Exception {
        String docs = http("/v3/api-docs");
        for (String path : List.of("/api/graph/neighbourhood", "/api/events", "/api/events/{id}")) {
            Assumptions.assumeTrue(docs.contains("\"" + path + "\""),
                    "the view needs " + path + " from the query API, which is not in /v3/api-docs yet");
        }
        Assumptions.assumeTrue(docs.contains("\"/api/actors\"") || docs.contains("\"/api/{kinds}\""),
                "the view needs the entity search /api/actors?q=, which is not in /v3/api-docs yet");
        if (fixture == null) {
            fixture = seed();
        }
    }

    @Test
    void pageLoadsCytoscapeAndFcoseFromWebJarsWithALegend() {
        open("/");
        assertThat((String) js("return typeof cytoscape")).isEqualTo("function");
        assertThat((Boolean) js("return typeof cytoscape('layout', 'fcose') === 'function'")).isTrue();
        assertThat((Boolean) js("return window.cy === window.cy && typeof window.cy.nodes === 'function'")).isTrue();
        String legend = browser.findElement(By.id("legend-body")).getText();
        assertThat(legend).contains("disputed", "unconfirmed", "reported", "corroborated", "confirmed", "refuted",
                "leads", "splinter of", "rival of");
        // each status has its own glyph in the filter bar, not only its colour
        List<String> glyphs = js("return [...document.querySelectorAll('.status-check .glyph')].map(g => g.textContent)");
        assertThat(glyphs).hasSize(6).doesNotHaveDuplicates();
        assertThat(browser.findElement(By.cssSelector("label[for='search-input']")).getDomProperty("textContent"))
                .isNotBlank();
    }

    @Test
    void searchPickEgoNetworkDisputedClaimsFilterAndBack() throws Exception {
        seedOnce();
        open("/");
        WebElement search = browser.findElement(By.id("search-input"));
        search.sendKeys(fixture.personVariant());
        WebElement suggestion = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[@role='option'][.//strong[text()='" + fixture.person() + "']]")));
        suggestion.click();
        waitForGraph();
        screenshot("1-ego-network");

        assertThat(browser.getCurrentUrl()).contains("entity=");
        List<String> names = js("return cy.nodes().map(n => n.data('name'))");
        assertThat(names).contains(fixture.person(), fixture.faction());
        long events = js("return cy.nodes('[kind = \"Event\"]').length");
        assertThat(events).isGreaterThanOrEqualTo(1);
        String personKind = js("return cy.nodes().filter(n => n.data('name') === arguments[0]).data('kind')",
                fixture.person());
        assertThat(personKind).isEqualTo("Actor");

        // the timeline strip shows the person's events, the disputed one among them
        waitFor().until(d -> !d.findElements(By.cssSelector("#timeline-body .mark")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#timeline-body")).getDomProperty("innerHTML"))
                .contains("disputed killing 2015-12-02");

        // the side panel lists the person's events; the disputed one opens with both stances
        WebElement disputed = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[contains(@class,'event-link')][.//span[contains(@class,'status-DISPUTED')]]")));
        String beforeEventUrl = browser.getCurrentUrl();
        disputed.click();
        waitFor().until(d -> d.findElements(By.cssSelector(".claim[data-stance='DENIES']")).size() > 0);
        screenshot("2-disputed-event-claims");
        assertThat(browser.findElements(By.cssSelector(".claim[data-stance='ASSERTS']"))).isNotEmpty();
        WebElement denial = browser.findElement(By.cssSelector(".claim[data-stance='DENIES']"));
        assertThat(denial.findElement(By.cssSelector("mark.cue")).getText()).isEqualToIgnoringCase("insisted");
        assertThat(denial.getText()).contains("Frontier Wire");
        assertThat(browser.findElement(By.cssSelector(".claim[data-stance='ASSERTS'] mark.cue")).getText())
                .isEqualToIgnoringCase("said");
        assertThat(browser.findElement(By.id("panel")).getText()).containsIgnoringCase("disputed");
        assertThat(browser.getCurrentUrl()).contains("event=");

        // a status filter hides the disputed event and goes into the URL
        long visibleBefore = js("return cy.nodes(':visible').length");
        browser.findElement(By.id("status-DISPUTED")).click();
        waitFor().until(d -> browser.getCurrentUrl().contains("status="));
        long visibleAfter = js("return cy.nodes(':visible').length");
        long disputedVisible = js("return cy.nodes('[status = \"DISPUTED\"]:visible').length");
        screenshot("3-filtered-without-disputed");
        assertThat(visibleAfter).isLessThan(visibleBefore);
        assertThat(disputedVisible).isZero();
        assertThat(browser.getCurrentUrl()).doesNotContain("DISPUTED").contains("REPORTED");

        // back: the filter is undone from the URL; back again: the event panel gives way to the entity
        browser.navigate().back();
        waitFor().until(d -> !browser.getCurrentUrl().contains("status="));
        waitFor().until(d -> (Long) js("return cy.nodes(':visible').length") == visibleBefore);
        assertThat(browser.findElement(By.id("status-DISPUTED")).isSelected()).isTrue();
        browser.navigate().back();
        waitFor().until(d -> browser.getCurrentUrl().equals(beforeEventUrl));
        waitFor().until(d -> d.findElement(By.id("panel")).getText().contains(fixture.person()));
        screenshot("4-after-back");

        // the state is in the URL: opening it afresh shows the same view
        open(beforeEventUrl.substring(beforeEventUrl.indexOf('/', "http://".length())));
        waitForGraph();
        List<String> again = js("return cy.nodes().map(n => n.data('name'))");
        assertThat(again).contains(fixture.person(), fixture.faction());

        // double-clicking the faction expands it: its spokesman (a source speaking for it) joins the view
        long nodesBeforeExpand = js("return cy.nodes().length");
        String factionId = js("return cy.nodes().filter(n => n.data('name') === arguments[0]).id()", fixture.faction());
        clickNode(factionId, true);
        waitFor().until(d -> (Long) js("return cy.nodes().length") > nodesBeforeExpand);
        assertThat((Long) js("return cy.nodes('[kind = \"Source\"]').length")).isPositive();
    }

    @Test
    void aHubOfTwoThousandMembersIsCappedWithAMoreNode() throws Exception {
        seedOnce();
        open("/?entity=" + fixture.hubId() + "&kind=factions");
        waitForGraph();
        screenshot("5-hub-capped");
        long rendered = js("return cy.nodes().not('[kind = \"More\"]').length");
        long cap = js("return window.conflictGraphView.RENDER_CAP");
        assertThat(rendered).isGreaterThan(1).isLessThanOrEqualTo(cap);
        String moreLabel = js("return cy.nodes('[kind = \"More\"]').data('label')");
        assertThat(moreLabel).matches("\\+\\d+ more");
        long leftOut = Long.parseLong(moreLabel.replaceAll("\\D", ""));
        assertThat(leftOut).isPositive();
        assertThat(rendered - 1 + leftOut).isLessThanOrEqualTo(HUB_MEMBERS);
        // still responsive: the page answers a script and its panel names the hub
        waitFor().until(d -> d.findElement(By.id("panel")).getText().contains(fixture.hubName()));

        // clicking "+N more" loads more members, still within the view's cap
        clickNode("more:" + fixture.hubId(), false);
        waitFor().until(d -> (Long) js("return cy.nodes().not('[kind = \"More\"]').length") > rendered);
        waitForGraph();
        screenshot("6-hub-more-loaded");
        long renderedAfter = js("return cy.nodes().not('[kind = \"More\"]').length");
        long viewCap = js("return window.conflictGraphView.VIEW_CAP");
        assertThat(renderedAfter).isLessThanOrEqualTo(viewCap);
        String moreAfter = js("return cy.nodes('[kind = \"More\"]').data('label')");
        long leftOutAfter = Long.parseLong(moreAfter.replaceAll("\\D", ""));
        assertThat(leftOutAfter).isLessThan(leftOut);
        assertThat(renderedAfter - 1 + leftOutAfter).isLessThanOrEqualTo(HUB_MEMBERS);
        assertThat(browser.findElement(By.id("show-more")).getText()).contains(leftOutAfter + " left out");
    }

    @Test
    void anAnalystConfirmsTheDisputedEventAndTheViewRefreshes() throws Exception {
        seedOnce();
        // the service under test has no users configured: it is open, so review needs no login
        open("/");
        WebElement search = browser.findElement(By.id("search-input"));
        search.sendKeys(fixture.personVariant());
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[@role='option'][.//strong[text()='" + fixture.person() + "']]"))).click();
        waitForGraph();
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[contains(@class,'event-link')][.//span[contains(@class,'status-DISPUTED')]]")))
                .click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("review-confirm")));
        String eventId = browser.getCurrentUrl().replaceAll(".*[?&]event=([^&]+).*", "$1");
        browser.findElement(By.id("review-note")).sendKeys("checked with a second source");
        browser.findElement(By.id("review-confirm")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#panel-title .status-CONFIRMED")).isEmpty());
        waitFor().until(d -> "CONFIRMED".equals(js("return cy.getElementById(arguments[0]).data('status')",
                decode(eventId))));
        screenshot("7-confirmed-by-analyst");
        assertThat(browser.findElement(By.id("panel")).getText()).contains("analyst: confirmed");

        // undo: the derived status is back
        browser.findElement(By.id("review-undo")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#panel-title .status-DISPUTED")).isEmpty());
        waitFor().until(d -> "DISPUTED".equals(js("return cy.getElementById(arguments[0]).data('status')",
                decode(eventId))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnalystMergesADuplicateIntoThePerson() throws Exception {
        seedOnce();
        open("/");
        browser.findElement(By.id("search-input")).sendKeys(fixture.personVariant());
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[@role='option'][.//strong[text()='" + fixture.person() + "']]"))).click();
        waitForGraph();
        WebElement duplicate = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("merge-search")));
        duplicate.sendKeys(fixture.duplicate());
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[contains(@class,'merge-candidates')]//button[starts-with(normalize-space(.), '"
                        + fixture.duplicate() + "')]"))).click();
        browser.findElement(By.id("merge-note")).sendKeys("the same commander under his nom de guerre");
        browser.findElement(By.id("merge-submit")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("#panel .aliases-list")).getText()
                .contains(fixture.duplicate()));
        screenshot("8-merged-duplicate");
        assertThat(browser.findElement(By.id("panel-title")).getText()).contains(fixture.person());
        // the duplicate is gone from search: only the person answers to its name now
        List<String> found = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const cb = arguments[arguments.length - 1];"
                        + "fetch('/api/actors?q=' + encodeURIComponent(arguments[0])).then(r => r.json())"
                        + ".then(j => cb(j.items.map(i => i.name)));", fixture.duplicate());
        assertThat(found).contains(fixture.person()).doesNotContain(fixture.duplicate());
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------ seeding

    private Fixture seed() {
        String tag = syllables(3);
        String person = "Zarifullah Haqbin-" + tag;
        String faction = "Tehrik-e-" + syllables(2) + " " + tag;
        String place = "Dara " + tag;
        String a = "Afghan officials said " + person + ", the leader of " + faction + ", was killed in " + place
                + " on Wednesday.";
        String b = "Afghan officials said " + person + " was killed, but " + faction + " insisted that he is alive.";
        write("web-view-a-" + tag, "Frontline Gazette " + tag, "2015-12-04", a,
                List.of(claim("Afghan officials", "ASSERTS", "said", a)), faction, person, place, true);
        write("web-view-b-" + tag, "Frontier Wire " + tag, "2015-12-05", b,
                List.of(claim("Afghan officials", "ASSERTS", "said", b), claim(faction, "DENIES", "insisted", b)),
                faction, person, place, false);

        // a nom de guerre identity resolution cannot tie to the person: the analyst merges it by hand
        String duplicate = "Abu " + syllables(2) + " " + tag;
        String c = duplicate + " appeared in a video released on Friday.";
        write("web-view-c-" + tag, "Frontier Wire " + tag, "2015-12-06", c, List.of(), faction, duplicate, place,
                false);

        String hubId = "web-view-hub-" + tag;
        String hubName = "Hub Front " + tag;
        try (var session = neo4j.session()) {
            session.executeWrite(tx -> tx.run("""
                    MERGE (hub:Faction {id: $hubId})
                    SET hub.name = $hubName, hub.aliases = [], hub.kind = 'MILITIA'
                    WITH hub
                    UNWIND range(1, $members) AS i
                    MERGE (m:Actor {id: $hubId + '-member-' + i})
                    SET m.name = 'Member ' + i + ' ' + $tag, m.aliases = [], m.roles = []
                    MERGE (m)-[r:MEMBER_OF {id: $hubId + '-rel-' + i}]->(hub)
                    """, Map.of("hubId", hubId, "hubName", hubName, "members", HUB_MEMBERS, "tag", tag)).consume());
        }
        String variant = person.toLowerCase().replace("zarifullah", "zarífullah").replace('-', ' ');
        return new Fixture(person, variant, faction, duplicate, hubId, hubName);
    }

    private void write(String id, String outlet, String published, String text, List<Claim> claims, String faction,
                       String person, String place, boolean withRelation) {
        var meta = new ArticleMeta(id + ".txt", outlet + " report", outlet, null, published, null, false);
        var event = new Event("e1", "KILLING", person + " killed", List.of(), List.of(person), List.of(), null,
                "2015-12-02", null, claims,
                claims.stream().anyMatch(c -> c.stance().equals("DENIES")) ? "DISPUTED" : "REPORTED",
                null, 0.9);
        List<Source> sources = claims.stream()
                .map(c -> new Source(c.source(), c.source().equals(faction) ? "ORGANISATION" : "OFFICIAL",
                        c.source().equals(faction) ? faction : null))
                .toList();
        boolean lone = claims.isEmpty(); // an article that only names the actor
        var extraction = new ArticleExtraction(meta,
                List.of(lone ? new Actor(person, List.of(), List.of(), List.of(), 0.9)
                        : new Actor(person, List.of(), List.of("leader of " + faction), List.of(faction), 0.9)),
                lone ? List.of() : List.of(new Faction(faction, List.of(), "INSURGENT_GROUP", 0.9)),
                lone ? List.of() : List.of(new ArticleExtraction.Place(place, List.of(), "VILLAGE", null, 0.9)),
                sources, lone ? List.of() : List.of(event),
                withRelation ? List.of(new Relation("LEADS", person, faction, null, null, null, List.of(), 0.9))
                        : List.of(),
                List.of());
        var record = new ArticleRecord(id, "hash-" + id, ThreadLocalRandom.current().nextLong(), outlet + " report",
                outlet, null, published, null, false, "TEXT", id + ".txt", text, List.of(0), List.of(text.length()),
                null);
        writer.write(record, extraction, "web-view-test");
    }

    private static Claim claim(String source, String stance, String cue, String sentence) {
        int at = sentence.indexOf(cue);
        return new Claim(source, stance, cue, at, at + cue.length(), sentence, 0, sentence.length(), null,
                List.of(), 0.9);
    }

    private static String syllables(int n) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        var random = ThreadLocalRandom.current();
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    // ------------------------------------------------------------------------------------------ browser helpers

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-started")));
    }

    private void waitForGraph() {
        waitFor().until(d -> {
            String state = d.findElement(By.tagName("body")).getDomAttribute("data-graph");
            return "ready".equals(state) && (Long) js("return cy.nodes().length") > 0;
        });
    }

    /** A real mouse click (or double-click) on a graph node, at its position on the canvas. */
    private static void clickNode(String id, boolean twice) {
        List<Number> at = js("const n = cy.getElementById(arguments[0]); const p = n.renderedPosition();"
                + "return [p.x, p.y];", id);
        WebElement canvas = browser.findElement(By.id("cy"));
        var size = canvas.getSize();
        var actions = new Actions(browser).moveToElement(canvas,
                (int) Math.round(at.get(0).doubleValue() - size.getWidth() / 2.0),
                (int) Math.round(at.get(1).doubleValue() - size.getHeight() / 2.0));
        (twice ? actions.doubleClick() : actions.click()).perform();
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }

    private String http(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        }
    }
}

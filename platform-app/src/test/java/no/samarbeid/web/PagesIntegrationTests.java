package no.samarbeid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The server-rendered pages over real HTTP: bokmål by default and a remembered language choice, security headers,
 * CSRF on page posts, the join page's Norwegian error for a wrong code, and notes rendered escaped on the board.
 * Its own application instance, so its join attempts do not count against other tests' rate limit.
 */
@IntegrationTest
@TestPropertySource(properties = "samarbeid.test.instance=web-pages")
class PagesIntegrationTests {

    private static final String FACILITATOR = "oslo-fasilitator";

    @LocalServerPort
    int port;

    @Test
    void pagesAreInBokmaalByDefaultAndRememberNynorskOnceChosen() {
        var browser = new Browser(port);
        var home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"nb\"", "Bli med i en workshop");

        var nynorsk = browser.get("/?lang=nn");
        assertThat(nynorsk.body()).contains("lang=\"nn\"", "Bli med i ein workshop");

        var next = browser.get("/bli-med");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("lang=\"nn\"", "Namnet ditt");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        var page = new Browser(port).get("/bli-med");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = csp.substring(csp.indexOf("script-src"));
        scripts = scripts.substring(0, scripts.indexOf(';'));
        assertThat(scripts).contains("'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(csp).contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("onclick=");
    }

    @Test
    void pagePostsWithoutTheCsrfTokenAreRefused() {
        var refused = new Browser(port)
                .post("/bli-med", Map.of("code", "ABC", "displayName", "Kari", "perspective", "OTHER"), null);
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongJoinCodeIsExplainedInNorwegian() {
        var browser = new Browser(port);
        String token = Browser.csrf(browser.get("/bli-med").body());
        var wrong = browser.post(
                "/bli-med", Map.of("code", "FINNESIKKE", "displayName", "Kari", "perspective", "OTHER"), token);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("Ukjent kode", "role=\"alert\"");
    }

    @Test
    void aGuestJoinsByCodeFollowsTheTableLiveAndSeesAScriptNoteAsText() {
        var api = new ApiClient(port);
        var created = api.post(
                FACILITATOR,
                "/api/workshops",
                Map.of(
                        "title",
                        "Sider " + UUID.randomUUID(),
                        "place",
                        "Rådhuset",
                        "date",
                        LocalDate.now().toString()));
        String id = created.body().path("id").asString();
        String table = api.post(FACILITATOR, "/api/workshops/" + id + "/tables", Map.of("name", "Bord 1"))
                .body()
                .path("tables")
                .get(0)
                .path("id")
                .asString();
        assertThat(api.post(FACILITATOR, "/api/workshops/" + id + "/start", Map.of())
                        .status())
                .isEqualTo(200);
        api.post(FACILITATOR, "/api/workshops/" + id + "/facilitation/sheet", Map.of("sheetKey", "why-collaborate"));
        api.post(FACILITATOR, "/api/workshops/" + id + "/facilitation/phase", Map.of("phase", "SILENT_WRITING"));
        String code = api.get(FACILITATOR, "/api/workshops/" + id + "/join-code")
                .body()
                .path("joinCode")
                .asString();

        var browser = new Browser(port);
        var join = browser.get("/bli-med?kode=" + code);
        assertThat(join.body()).contains("Bord 1");
        var joined = browser.post(
                "/bli-med",
                Map.of("code", code, "displayName", "Kari", "perspective", "SOCIAL_ENTREPRENEUR", "tableId", table),
                Browser.csrf(join.body()));
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(302);
        String board = "/workshops/" + id + "/bord/" + table;
        assertThat(joined.headers().firstValue("Location").orElseThrow()).endsWith(board);

        var page = browser.get(board);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Hvorfor skal vi", "aria-live=\"polite\"", "sse-connect=\"" + board + "/live\"");
        String zone = page.body()
                .replaceAll(
                        "(?s).*id=\"note-zone\" name=\"zoneKey\"(?: value=\"|>\\s*<option value=\")([^\"]+)\".*", "$1");
        var posted = browser.post(
                board + "/lapper",
                Map.of("sheetKey", "why-collaborate", "zoneKey", zone, "text", "<script>alert(1)</script>"),
                Browser.csrf(page.body()));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);

        assertThat(browser.stream(board + "/live", "event:ready")).contains("status 200", "event:ready");

        var after = browser.get(board);
        assertThat(after.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
    }
}

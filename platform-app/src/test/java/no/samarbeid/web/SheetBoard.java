package no.samarbeid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samarbeid.support.FacilitatedWorkshop;

/**
 * A guest at a table of a running Oslo workshop, in a browser: joined by the workshop's code on the join page, and
 * posting the board's forms as the browser would (with the CSRF token of the board last read).
 */
final class SheetBoard {

    final Browser browser;
    final FacilitatedWorkshop workshop;
    final String table;
    final String path;

    private SheetBoard(Browser browser, FacilitatedWorkshop workshop, String table) {
        this.browser = browser;
        this.workshop = workshop;
        this.table = table;
        this.path = "/workshops/" + workshop.id + "/bord/" + table;
    }

    /** A guest joins the table by the workshop's code and lands on its board. */
    static SheetBoard join(int port, FacilitatedWorkshop workshop, String table, String name) {
        var browser = new Browser(port);
        String code = workshop.joinCode();
        var join = browser.get("/bli-med?kode=" + code);
        var joined = browser.post(
                "/bli-med",
                Map.of("code", code, "displayName", name, "perspective", "MUNICIPALITY", "tableId", table),
                Browser.csrf(join.body()));
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(302);
        return new SheetBoard(browser, workshop, table);
    }

    /** The board as the guest sees it now (200 expected). */
    String page() {
        var page = browser.get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    /** Posts a form of the board ({@code action} relative to the board) without htmx. */
    HttpResponse<String> post(String action, List<Map.Entry<String, String>> fields) {
        return browser.post(path + action, fields, Browser.csrf(page()), false);
    }

    /** Posts a form of the board as htmx does: the answer is the refreshed fragment. */
    HttpResponse<String> postHtmx(String action, List<Map.Entry<String, String>> fields) {
        return browser.post(path + action, fields, Browser.csrf(page()), true);
    }

    /** Posts a form and expects to be sent back to the board; returns the board then. */
    String submit(String action, List<Map.Entry<String, String>> fields) {
        var posted = post(action, fields);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).contains(path);
        return page();
    }

    /** Form fields in order; keys may repeat, as checkboxes send them. */
    static List<Map.Entry<String, String>> fields(String... namesAndValues) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return fields;
    }

    /** The first group of the pattern in the page, which must be there. */
    static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }

    /** The element that starts with the marker, up to the end tag of the given element name that follows it. */
    static String part(String html, String marker, String endTag) {
        int start = html.indexOf(marker);
        assertThat(start).as("%s in the page", marker).isNotNegative();
        int end = html.indexOf(endTag, start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}

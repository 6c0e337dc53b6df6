package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole workshop in real browsers: the facilitator logs in through Keycloak, creates a workshop with two tables
 * and runs it from the console; two guests join by code at the same table in browsers of their own. Silent writing
 * stays private, the reveal reaches both boards live, a keyboard move reaches the other guest, a script note is
 * text, nynorsk sticks, the board works at phone width, a note written offline is sent once the network is back,
 * the myths sheet quotes the procurement thresholds in force, a live refresh keeps what is being typed, and the
 * report downloads hold the notes. axe-core checks
 * every page on the way.
 */
@BrowserTest
class WholeWorkshopBrowserTests extends BrowserSession {

    private static final String MEETING_POINTS = "meeting-points";
    private static final String ENTREPRENEURS = "entrepreneur-view";

    private WebDriver anne;
    private WebDriver bjorn;

    @AfterEach
    void closeGuests() {
        for (WebDriver guest : new WebDriver[] {anne, bjorn}) {
            if (guest != null) {
                guest.quit();
            }
        }
    }

    @Test
    void aFacilitatorAndTwoGuestsRunAWholeWorkshop() throws Exception {
        // The facilitator creates and starts the workshop from the console.
        String title = "Nettlesertest " + UUID.randomUUID().toString().substring(0, 8);
        KeycloakLogin.open(browser, url("/workshops/ny"), "oslo-fasilitator", "demo");
        Axe.check(browser);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("place")).sendKeys("Rådhuset");
        // A date picker is a widget of the browser, not of the page: set its value as the picker would.
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.findElement(By.id("date")),
                        LocalDate.now().toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/fasilitator"));
        String console = browser.getCurrentUrl();
        String workshopId = console.replaceAll(".*/workshops/([^/]+)/fasilitator.*", "$1");
        var facilitator = new ConsoleView(browser);
        facilitator.addTable("Bord 1");
        facilitator.addTable("Bord 2");
        facilitator.start();
        Axe.check(browser);
        String code = facilitator.joinCode();

        // Two guests join by code at the same table, each in a browser of their own.
        anne = Chromium.open();
        bjorn = Chromium.open();
        BoardView anneBoard = BoardView.join(anne, url("/bli-med?kode=" + code), "Anne", "MUNICIPALITY", "Bord 1");
        Axe.check(anne);
        BoardView bjornBoard =
                BoardView.join(bjorn, url("/bli-med?kode=" + code), "Bjørn", "SOCIAL_ENTREPRENEUR", "Bord 1");

        // Bjørn's arrival updates the count on Anne's board (a presence event, no refresh).
        new WebDriverWait(anne, BoardView.LIVE)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".connected"), "2 tilkoblet"));

        facilitator.openSheet(MEETING_POINTS);
        facilitator.phase("SILENT_WRITING");
        anneBoard.awaitSheet("Hva er møtepunktene");
        bjornBoard.awaitSheet("Hva er møtepunktene");
        Axe.check(bjorn);

        // Silent writing: each sees only their own note; the peer's is announced, not shown.
        String annesNote = "Vi møtes på frivillighetsbørsen " + UUID.randomUUID();
        String script = "<script>alert(1)</script>";
        anneBoard.write(annesNote, ENTREPRENEURS);
        bjornBoard.write(script, ENTREPRENEURS);
        new WebDriverWait(anne, BoardView.LIVE)
                .until(driver -> anneBoard.announced().equals("En ny lapp er lagt til"));
        facilitator.awaitCard("Bord 1", "2 lapper");
        assertThat(anneBoard.noteTexts()).contains(annesNote).doesNotContain(script);
        assertThat(bjornBoard.noteTexts()).contains(script).doesNotContain(annesNote);

        // The reveal reaches both boards live; the script note is text.
        facilitator.phase("REVEAL");
        anneBoard.awaitNote(script);
        bjornBoard.awaitNote(annesNote);
        assertThat(anneBoard.noteTexts())
                .as("the script note is text, not markup")
                .contains(script);
        Axe.check(anne);

        // A keyboard move reaches the other guest.
        anneBoard.moveByKeyboard(annesNote);
        new WebDriverWait(bjorn, BoardView.LIVE)
                .until(driver -> "municipality-view".equals(bjornBoard.zoneOf(annesNote)));

        // Nynorsk, once chosen, stays across pages.
        anne.findElement(By.cssSelector("nav.languages a[hreflang=nn]")).click();
        new WebDriverWait(anne, BoardView.LIVE)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nn"));
        anne.get(url("/bli-med"));
        assertThat(anne.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nn");
        assertThat(anne.findElement(By.tagName("h1")).getText()).isEqualTo("Bli med i ein workshop");
        anne.navigate().back();
        assertThat(anne.findElement(By.id("write-title")).getText()).isEqualTo("Skriv ein lapp");

        // The board works on a 360 px phone.
        bjorn.manage().window().setSize(new Dimension(360, 740));
        bjorn.navigate().refresh();
        String phoneNote = "Skrevet på telefonen " + UUID.randomUUID();
        bjornBoard.write(phoneNote, ENTREPRENEURS);
        assertThat(overflowing(bjorn)).as("what is wider than a 360 px phone").isEmpty();
        Axe.check(bjorn);
        anneBoard.awaitNote(phoneNote);

        // A note written offline is kept and sent when the network is back.
        String offlineNote = "Skrive utan nett " + UUID.randomUUID();
        anneBoard.online(false);
        anneBoard.send(offlineNote, ENTREPRENEURS);
        assertThat(anneBoard.offlineStatus()).isEqualTo("Du er fråkopla. Lappen blir send når sambandet er tilbake.");
        anneBoard.online(true);
        bjornBoard.awaitNote(offlineNote);

        // The myths sheet quotes the thresholds in force; a peer's save does not wipe what is being typed.
        facilitator.openSheet("procurement-myths");
        bjornBoard.awaitSheet("Myter om offentlige anskaffelser");
        assertThat(new WebDriverWait(bjorn, BoardView.LIVE)
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("procurement-thresholds")))
                        .getText())
                .as("the thresholds in force today, with their source")
                .contains("100 000", "1 300 000", "2 300 000", "anskaffelsesforskriften");
        assertThat(overflowing(bjorn)).isEmpty();
        Axe.check(bjorn);
        anneBoard.awaitSheet("Mytar om offentlege anskaffingar");
        Axe.check(anne);
        String unsent = "Vi må snakke med innkjøparane";
        anneBoard.type("myth-myth-1-buster", unsent);
        bjornBoard.assessMyth("myth-2", "PARTLY");
        new WebDriverWait(anne, BoardView.LIVE)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-myth=myth-2] .verdict"), "Delvis"));
        assertThat(anneBoard.valueOf("myth-myth-1-buster"))
                .as("what Anne was typing survives the live refresh")
                .isEqualTo(unsent);

        // Projector, workshop list, end, and the report with its downloads.
        browser.get(url("/workshops/" + workshopId + "/projektor"));
        Axe.check(browser);
        browser.findElement(By.linkText("Bord 1")).click();
        new WebDriverWait(browser, BoardView.LIVE)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("h1"), "Myter om offentlige anskaffelser"));
        Axe.check(browser);
        browser.get(url("/workshops"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
        Axe.check(browser);
        browser.get(console);
        facilitator.end();
        browser.get(url("/workshops/" + workshopId + "/rapport"));
        Axe.check(browser);

        var pdf = download(browser.findElement(By.id("rapport-pdf")).getAttribute("href"));
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(title, annesNote, script, phoneNote, offlineNote);
        }
        var csv = download(browser.findElement(By.id("rapport-csv")).getAttribute("href"));
        List<String> rows =
                new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).hasSize(1 + 4);
        assertThat(rows.subList(1, rows.size()))
                .anySatisfy(row -> assertThat(row).contains(annesNote))
                .anySatisfy(row -> assertThat(row).contains(phoneNote));
    }

    /** The elements that stick out to the right of the viewport, as tag.class and their right edge. */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing(WebDriver browser) {
        return (List<String>)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "const width = document.documentElement.clientWidth;"
                                        + "return Array.from(document.querySelectorAll('body *'))"
                                        + ".filter(e => e.getBoundingClientRect().right > width + 1)"
                                        + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
    }
}

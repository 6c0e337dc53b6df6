package no.samarbeid.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.support.FacilitatedWorkshop;
import no.samarbeid.support.TwoTableWorkshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Saves screenshots of the main pages for the README: {@code ./samarbeid screenshots} runs it with
 * {@code -Dsamarbeid.screenshots=docs/screenshots}; the test suite skips it. A workshop with revealed notes is set up
 * through the API, then a guest (notes and the myths sheet), the facilitator and the municipal admin are
 * photographed in Chromium.
 */
@BrowserTest
@EnabledIfSystemProperty(named = ScreenshotTour.TARGET, matches = ".+")
class ScreenshotTour extends BrowserSession {

    static final String TARGET = "samarbeid.screenshots";
    private static final String SHEET = "meeting-points";

    @Test
    void photographTheMainPages() throws IOException {
        Path target = Files.createDirectories(Path.of(System.getProperty(TARGET)));
        var workshop = TwoTableWorkshop.withTables(new ApiClient(port), "Veier til samarbeid i bydelen");
        workshop.lifecycle("start");
        workshop.open(SHEET);
        workshop.phase("SILENT_WRITING", 20);
        writeNotes(workshop);
        workshop.phase("REVEAL");

        WebDriver guest = Chromium.open();
        try {
            guest.get(url("/bli-med?kode=" + workshop.joinCode()));
            save(guest, target, "bli-med");
            BoardView board = BoardView.join(
                    guest, url("/bli-med?kode=" + workshop.joinCode()), "Kari", "MUNICIPALITY", "Bord 1");
            board.awaitNote("Kommunens nettsider har ingen side for sosiale entreprenører");
            save(guest, target, "bord");
            guest.manage().window().setSize(new Dimension(360, 800));
            guest.navigate().refresh();
            board.awaitNote("Kommunens nettsider har ingen side for sosiale entreprenører");
            save(guest, target, "bord-telefon");
            guest.manage().window().setSize(new Dimension(1280, 900));
            workshop.open("procurement-myths");
            board.awaitSheet("Myter om offentlige anskaffelser");
            save(guest, target, "bord-myter");
        } finally {
            guest.quit();
        }

        browser.get(url("/workshops/" + workshop.id + "/fasilitator"));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.findElements(org.openqa.selenium.By.id("username"))
                        .isEmpty());
        save(browser, target, "innlogging");
        KeycloakLogin.open(
                browser, url("/workshops/" + workshop.id + "/fasilitator"), FacilitatedWorkshop.FACILITATOR, "demo");
        save(browser, target, "fasilitator");
        String projectorLink =
                browser.findElement(org.openqa.selenium.By.id("projector-link")).getAttribute("href");
        WebDriver projector = Chromium.open();
        try {
            projector.get(projectorLink);
            save(projector, target, "projektor-lenke");
        } finally {
            projector.quit();
        }
        browser.get(url("/workshops/" + workshop.id + "/projektor?bord=" + workshop.table));
        save(browser, target, "projektor");
        browser.get(url("/workshops/" + workshop.id + "/rapport"));
        save(browser, target, "rapport");

        WebDriver admin = Chromium.open();
        try {
            KeycloakLogin.open(admin, url("/admin/kommune"), "oslo-admin", "demo");
            save(admin, target, "kommune");
            admin.get(url("/admin/kommune/maler"));
            save(admin, target, "maler");
        } finally {
            admin.quit();
        }

        WebDriver coordinator = Chromium.open();
        try {
            KeycloakLogin.open(coordinator, url("/nasjonalt"), "koordinator", "demo");
            new org.openqa.selenium.support.ui.WebDriverWait(coordinator, java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                            org.openqa.selenium.By.cssSelector("[data-chart=map] canvas")));
            save(coordinator, target, "nasjonalt");
            coordinator.get(url("/nasjonalt/sok?q=samarbeid"));
            save(coordinator, target, "nasjonalt-sok");
        } finally {
            coordinator.quit();
        }
        WebDriver researcher = Chromium.open();
        try {
            KeycloakLogin.open(researcher, url("/forsker?table=notes-by-county-sheet"), "forsker", "demo");
            save(researcher, target, "forsker");
        } finally {
            researcher.quit();
        }
    }

    private static void writeNotes(TwoTableWorkshop workshop) {
        String anne = workshop.joinToken("Anne", "MUNICIPALITY", workshop.table);
        String bjorn = workshop.joinToken("Bjørn", "SOCIAL_ENTREPRENEUR", workshop.table);
        note(workshop, anne, "municipality-view", "Kommunens nettsider har ingen side for sosiale entreprenører");
        note(workshop, anne, "municipality-view", "Vi møtes på frivillighetsbørsen én gang i året");
        note(workshop, bjorn, "entrepreneur-view", "Vi vet ikke hvem vi skal ringe i kommunen");
        note(workshop, bjorn, "entrepreneur-view", "Tildelingsbrev kommer for sent til å planlegge høsten");
    }

    private static void note(TwoTableWorkshop workshop, String guest, String zone, String text) {
        workshop.api.sendAsGuest(
                guest,
                "POST",
                workshop.table(workshop.table, "notes"),
                Map.of("sheetKey", SHEET, "zoneKey", zone, "text", text));
    }

    /** Saves the whole page (Chromium's viewport grown to the page's height) as {@code <name>.png}. */
    private static void save(WebDriver browser, Path target, String name) throws IOException {
        Dimension size = browser.manage().window().getSize();
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage()
                .window()
                .setSize(new Dimension(size.getWidth(), Math.min(3000, ((Number) height).intValue() + 100)));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> ((JavascriptExecutor) driver)
                        .executeScript("return document.readyState")
                        .equals("complete"));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(size);
    }
}

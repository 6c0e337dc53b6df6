package no.samarbeid.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test's app port and its Chromium, opened before and quit after each test. */
abstract class BrowserSession {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The app's address for a path. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test's app port and its Chromium (opened before and quit after each test), and downloads as it. */
abstract class BrowserSession {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    /** Fetches a link with the browser's session cookies, as a download does. */
    HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response;
    }

    /** The app's address for a path. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

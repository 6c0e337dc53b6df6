package no.samarbeid.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from its WebJar) in the current page for the WCAG 2.1 A and AA rules and fails on any violation,
 * naming each rule and the elements it found.
 */
public final class Axe {

    private static final String SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(result => done(result.violations.map(v => ({
                  id: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' '))}))))
              .catch(error => done([{id: 'axe-error', help: String(error), targets: []}]));
            """;

    private Axe() {}

    /** Checks the page the browser shows now. */
    public static void check(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(source());
        Object result = js.executeAsyncScript(RUN);
        List<?> violations = (List<?>) result;
        if (!violations.isEmpty()) {
            String report = violations.stream()
                    .map(v -> (Map<?, ?>) v)
                    .map(v -> v.get("id") + " (" + v.get("help") + "): " + v.get("targets"))
                    .collect(Collectors.joining("\n  "));
            throw new AssertionError(
                    "axe-core found accessibility violations on " + browser.getCurrentUrl() + ":\n  " + report);
        }
    }

    private static String source() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

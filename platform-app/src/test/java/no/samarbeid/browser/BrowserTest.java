package no.samarbeid.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.samarbeid.infra.stack.StackExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on port 8080 (the port the realm's {@code samarbeid-web} client redirects back to) against
 * the local stack, for tests that drive headless Chromium through {@link Chromium}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(StackExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.port=" + BrowserTest.PORT,
            "samarbeid.demo.enabled=true",
            "samarbeid.events.resubmit-interval=PT2S",
            "samarbeid.events.resubmit-after=PT5S"
        })
public @interface BrowserTest {

    int PORT = 8080;

    String BASE = "http://127.0.0.1:" + PORT;
}

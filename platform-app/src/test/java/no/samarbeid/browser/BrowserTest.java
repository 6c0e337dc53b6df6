package no.samarbeid.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.samarbeid.infra.stack.StackExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port (the realm's {@code samarbeid-web} client accepts any 127.0.0.1 port as
 * redirect) against the local stack, for tests that drive headless Chromium through {@link Chromium}; tests take the
 * port with {@code @LocalServerPort} and address the app as {@code http://127.0.0.1:<port>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(StackExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samarbeid.demo.enabled=true",
            "samarbeid.events.resubmit-interval=PT2S",
            "samarbeid.events.resubmit-after=PT5S"
        })
public @interface BrowserTest {}

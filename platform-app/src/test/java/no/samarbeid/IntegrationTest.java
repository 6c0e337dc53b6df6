package no.samarbeid;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.samarbeid.infra.stack.StackExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port against the local stack's real servers (started once per build, reused).
 * Tests share one application context, so they must not depend on a clean database: each creates its own data.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(StackExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samarbeid.demo.enabled=true",
            "samarbeid.events.resubmit-interval=PT2S",
            "samarbeid.events.resubmit-after=PT5S",
            "samarbeid.live.heartbeat=PT3S"
        })
public @interface IntegrationTest {}

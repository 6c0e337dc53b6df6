package no.samarbeid.workshops.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Too many wrong join codes from one client: after five within ten minutes, every join from that client is refused
 * with 429 — a correct code too, or the limit would not slow guessing down at all. The limit is kept per app
 * instance and client address, and every test in this JVM joins from 127.0.0.1, so this class runs against an app
 * instance of its own (a context of its own, closed afterwards): it cannot refuse the guests of other test classes.
 */
@IntegrationTest
@TestPropertySource(properties = "samarbeid.test.instance=guest-join-rate-limit")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GuestJoinRateLimitIntegrationTests {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int BUDGET = 5;

    @LocalServerPort
    int port;

    @Test
    void aClientThatTriedFiveWrongCodesIsRefusedEvenWithTheRightOne() {
        JourneyWorkshop workshop =
                JourneyWorkshop.create(port, JourneyWorkshop.unique("Gjetting"), JourneyWorkshop.EDITION);
        String table = workshop.addTable("Bord 1");
        String code = workshop.joinCode();

        for (int attempt = 1; attempt <= BUDGET; attempt++) {
            var wrong = workshop.joinAsGuest(wrongCode(code), "Gjetter", "OTHER", table);
            assertThat(wrong.status())
                    .as("wrong code %d: %s", attempt, wrong.body())
                    .isEqualTo(404);
            assertThat(wrong.body().path("code").asString()).isEqualTo("join.unknown-code");
        }
        var limited = workshop.joinAsGuest(wrongCode(code), "Gjetter", "OTHER", table);
        var right = workshop.joinAsGuest(code, "Gjetter", "OTHER", table);

        assertThat(limited.status()).as(limited.body().toString()).isEqualTo(429);
        assertThat(limited.body().path("code").asString()).isEqualTo("join.too-many-attempts");
        assertThat(limited.body().path("status").asInt()).isEqualTo(429);
        assertThat(limited.body().path("title").asString()).isNotBlank();
        assertThat(right.status()).as(right.body().toString()).isEqualTo(429);
        assertThat(workshop.get(workshop.path("/participants")).path("participants"))
                .isEmpty();
    }

    private static String wrongCode(String code) {
        var random = new SecureRandom();
        String guess;
        do {
            var typed = new StringBuilder();
            for (int i = 0; i < code.length(); i++) {
                typed.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            guess = typed.toString();
        } while (guess.equals(code));
        return guess;
    }
}

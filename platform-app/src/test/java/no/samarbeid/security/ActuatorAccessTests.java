package no.samarbeid.security;

import static org.assertj.core.api.Assertions.assertThat;

import no.samarbeid.IntegrationTest;
import no.samarbeid.security.Http.Caller;
import no.samarbeid.security.Http.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Actuator: anyone sees health's status per backing service, only platform admins its details; prometheus and
 * modulith are for platform admins, not for a guest's session nor the municipality's staff.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActuatorAccessTests {

    @LocalServerPort
    int port;

    private Http http;
    private Caller guest;

    @BeforeAll
    void aGuestOfAWorkshop() {
        http = new Http(port);
        guest = OsloWorkshop.create(http).guest;
    }

    @Test
    void anonymousCallersSeeEachServicesStatusWithoutDetails() {
        Reply health = http.send(Caller.anonymous(), "GET", "/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("components").path("db").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.text()).doesNotContain("\"details\"");
    }

    @Test
    void platformAdminsSeeTheDetails() {
        Reply health = http.send(OsloWorkshop.PLATFORM_ADMIN, "GET", "/actuator/health", null);

        assertThat(health.json()
                        .path("components")
                        .path("db")
                        .path("details")
                        .path("database")
                        .asString())
                .isEqualTo("PostgreSQL");
        assertThat(http.send(OsloWorkshop.FACILITATOR, "GET", "/actuator/health", null)
                        .text())
                .doesNotContain("\"details\"");
    }

    /** A browser of a guest: the session as the cookie the join page sets. */
    private int withGuestCookie(String path) throws Exception {
        String token = guest.authorization().get().substring("Guest ".length());
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                                .header("Cookie", no.samarbeid.core.security.GuestSessions.COOKIE + "=" + token)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void metricsAndModulesAreForPlatformAdminsOnly() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/modulith"}) {
            assertThat(http.send(Caller.anonymous(), "GET", path, null).status())
                    .as(path)
                    .isEqualTo(401);
            assertThat(http.send(guest, "GET", path, null).status()).as(path).isIn(401, 403);
            assertThat(withGuestCookie(path)).as(path).isIn(401, 403);
            assertThat(http.send(OsloWorkshop.FACILITATOR, "GET", path, null).status())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(http.send(OsloWorkshop.PLATFORM_ADMIN, "GET", "/actuator/prometheus", null, "*/*")
                        .status())
                .isEqualTo(200);
    }
}

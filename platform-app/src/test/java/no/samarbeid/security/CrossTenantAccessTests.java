package no.samarbeid.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.samarbeid.IntegrationTest;
import no.samarbeid.security.ApiEndpoints.Kind;
import no.samarbeid.security.EndpointCatalog.Handled;
import no.samarbeid.security.Http.Body;
import no.samarbeid.security.Http.Caller;
import no.samarbeid.security.Http.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the catalog, called by those who must not reach it, with its path pointing at Oslo's real data
 * and a valid body: Bergen's facilitator, admin and guest get 404 or 403 problem details without any of Oslo's
 * content, and Oslo's data stays as it was; callers without a municipality, without a token, or without the role
 * of national and platform endpoints are refused. Live streams are refused the same way, before any stream starts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantAccessTests {

    private static final Caller BERGEN_FACILITATOR = Caller.user("bergen-fasilitator");
    private static final Caller BERGEN_ADMIN = Caller.user("bergen-admin");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private Http http;
    private EndpointCatalog catalog;
    private OsloWorkshop oslo;
    private Caller bergenGuest;

    @BeforeAll
    void osloHasDataAndBergenHasAGuest() {
        http = new Http(port);
        catalog = EndpointCatalog.of(mapping);
        oslo = OsloWorkshop.create(http);
        bergenGuest = bergenGuest();
    }

    @TestFactory
    Stream<DynamicTest> anotherMunicipalityNeitherSeesNorChangesOslosData() {
        Map<String, String> before = oslo.snapshot(catalog);
        assertThat(before.toString()).as("Oslo reads its own data").contains(oslo.marker);
        List<DynamicTest> tests = new ArrayList<>();
        for (Handled endpoint : catalog.ofKind(Kind.TENANT)) {
            for (Caller bergen : List.of(BERGEN_FACILITATOR, BERGEN_ADMIN, bergenGuest)) {
                if (!endpoint.endpoint().variables().isEmpty()) {
                    tests.add(dynamicTest(
                            bergen + " " + endpoint.endpoint(), () -> refusedWithoutOslo(bergen, endpoint)));
                } else if (!endpoint.endpoint().writes()) {
                    // No path variable: it lists or searches the caller's own municipality, never Oslo's.
                    tests.add(dynamicTest(
                            bergen + " " + endpoint.endpoint(), () -> showsNothingOfOslo(bergen, endpoint)));
                }
                // A write without path variables (create a workshop or variant, change the municipality's sharing)
                // acts on the caller's own municipality: there is nothing of Oslo's to address.
            }
        }
        return thenOsloUnchanged(tests, before);
    }

    @TestFactory
    Stream<DynamicTest> tenantEndpointsRefuseCallersWithoutAMunicipality() {
        Map<String, String> before = oslo.snapshot(catalog);
        List<DynamicTest> tests = new ArrayList<>();
        for (Handled endpoint : catalog.ofKind(Kind.TENANT)) {
            for (Caller caller : List.of(OsloWorkshop.COORDINATOR, Caller.user("forsker"))) {
                tests.add(dynamicTest(caller + " " + endpoint.endpoint(), () -> {
                    Reply reply = call(caller, endpoint);
                    assertThat(reply.status())
                            .as(describe(caller, endpoint, reply))
                            .isEqualTo(403);
                    assertThat(reply.problemDefects())
                            .as("problem details: " + reply)
                            .isEmpty();
                    assertThat(reply.code()).as(reply.toString()).isEqualTo("tenant-required");
                    assertThat(reply.text()).doesNotContain(oslo.marker);
                }));
            }
        }
        return thenOsloUnchanged(tests, before);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointButGuestEntryRefusesCallersWithoutAToken() {
        Map<String, String> before = oslo.snapshot(catalog);
        List<DynamicTest> tests = new ArrayList<>();
        for (Handled endpoint : catalog.all()) {
            if (endpoint.kind() == Kind.GUEST_ENTRY) {
                continue;
            }
            tests.add(dynamicTest("no token " + endpoint.endpoint(), () -> {
                Reply reply = call(Caller.anonymous(), endpoint);
                assertThat(reply.status())
                        .as(describe(Caller.anonymous(), endpoint, reply))
                        .isEqualTo(401);
                assertThat(reply.problemDefects())
                        .as("problem details: " + reply)
                        .isEmpty();
                assertThat(reply.code()).as(reply.toString()).isEqualTo("unauthenticated");
            }));
        }
        return thenOsloUnchanged(tests, before);
    }

    @TestFactory
    Stream<DynamicTest> nationalEndpointsRefuseMunicipalUsersResearchersAndGuests() {
        return refused(
                Kind.NATIONAL,
                List.of(OsloWorkshop.FACILITATOR, OsloWorkshop.ADMIN, OsloWorkshop.RESEARCHER, oslo.guest));
    }

    @TestFactory
    Stream<DynamicTest> researchEndpointsRefuseEveryoneButResearchers() {
        return refused(
                Kind.RESEARCH,
                List.of(OsloWorkshop.FACILITATOR, OsloWorkshop.ADMIN, OsloWorkshop.COORDINATOR, oslo.guest));
    }

    @TestFactory
    Stream<DynamicTest> platformEndpointsRefuseMunicipalAdminsCoordinatorsAndGuests() {
        return refused(Kind.PLATFORM, List.of(OsloWorkshop.ADMIN, OsloWorkshop.COORDINATOR, oslo.guest));
    }

    private Stream<DynamicTest> refused(Kind kind, List<Caller> callers) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Handled endpoint : catalog.ofKind(kind)) {
            for (Caller caller : callers) {
                tests.add(dynamicTest(caller + " " + endpoint.endpoint(), () -> {
                    Reply reply = call(caller, endpoint);
                    assertThat(reply.status())
                            .as(describe(caller, endpoint, reply))
                            .isEqualTo(403);
                    assertThat(reply.problemDefects())
                            .as("problem details: " + reply)
                            .isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    private void refusedWithoutOslo(Caller caller, Handled endpoint) {
        Reply reply = call(caller, endpoint);
        String described = describe(caller, endpoint, reply);
        assertThat(reply.successful()).as("must not succeed: " + described).isFalse();
        assertThat(reply.status()).as(described).isIn(403, 404);
        assertThat(reply.problemDefects()).as("problem details: " + described).isEmpty();
        assertThat(reply.text()).as(described).doesNotContain(oslo.marker);
    }

    private void showsNothingOfOslo(Caller caller, Handled endpoint) {
        Reply reply = call(caller, endpoint);
        String described = describe(caller, endpoint, reply);
        assertThat(reply.status()).as(described).isLessThan(500);
        if (!reply.successful()) {
            assertThat(reply.problemDefects())
                    .as("problem details: " + described)
                    .isEmpty();
        }
        assertThat(reply.text()).as(described).doesNotContain(oslo.marker);
    }

    private Reply call(Caller caller, Handled endpoint) {
        Body body = oslo.body(endpoint);
        return http.send(caller, endpoint.endpoint().method(), oslo.path(endpoint.endpoint()), body, endpoint.accept());
    }

    private String describe(Caller caller, Handled endpoint, Reply reply) {
        Body body = oslo.body(endpoint);
        return caller + " " + endpoint.endpoint().method() + " " + oslo.path(endpoint.endpoint())
                + (body == null ? "" : " with " + body) + " (Accept " + endpoint.accept() + ") -> " + reply;
    }

    /** A guest of a Bergen workshop, with the session token of joining by its code. */
    private Caller bergenGuest() {
        Reply created = http.send(
                BERGEN_FACILITATOR,
                "POST",
                "/api/workshops",
                Body.json(OsloWorkshop.json("title", "Bergen verksted", "date", OsloWorkshop.inDays(1))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String workshop = "/api/workshops/" + created.json().path("id").asString();
        Reply table = http.send(
                BERGEN_FACILITATOR, "POST", workshop + "/tables", Body.json(OsloWorkshop.json("name", "Bord 1")));
        assertThat(table.status()).as(table.toString()).isEqualTo(200);
        String code = http.send(BERGEN_FACILITATOR, "GET", workshop + "/join-code", null)
                .json()
                .path("joinCode")
                .asString();
        Reply joined = http.send(
                Caller.anonymous(),
                "POST",
                "/api/guest/join",
                Body.json(OsloWorkshop.json(
                        "code",
                        code,
                        "displayName",
                        "Bergensgjest",
                        "perspective",
                        "OTHER",
                        "tableId",
                        table.json().path("tables").get(0).path("id").asString())));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        return Caller.guest("Bergen guest", joined.json().path("sessionToken").asString());
    }

    /** The tests, then one that checks Oslo's data is as it was before them. */
    private Stream<DynamicTest> thenOsloUnchanged(List<DynamicTest> tests, Map<String, String> before) {
        return Stream.concat(
                tests.stream(),
                Stream.of(dynamicTest(
                        "Oslo's data is unchanged",
                        () -> assertThat(oslo.snapshot(catalog)).isEqualTo(before))));
    }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Within one municipality: only the facilitators listed on a workshop and the municipal admins run and read it; a
 * listed facilitator lists co-facilitators; the municipality's other facilitators see it read-only in the list, and
 * its participants only the workshops they are invited to. The municipality's search is for its staff.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacilitatorAccessTests {

    private static final Caller CO_FACILITATOR = Caller.user(DemoUsers.OSLO_CO_FACILITATOR);
    private static final Caller PARTICIPANT = Caller.user("oslo-deltaker");
    private static final String SUMMARY = "GET /api/workshops/{id}";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private Http http;
    private EndpointCatalog catalog;
    private OsloWorkshop oslo;

    @BeforeAll
    void osloHasAWorkshopOfItsFacilitator() {
        DemoUsers.ensureOsloCoFacilitator();
        http = new Http(port);
        catalog = EndpointCatalog.of(mapping);
        oslo = OsloWorkshop.create(http);
    }

    @TestFactory
    Stream<DynamicTest> otherStaffAndParticipantsOfTheMunicipalityNeitherRunNorReadAWorkshopTheyAreNotOn() {
        Map<String, String> before = oslo.snapshot(catalog);
        List<DynamicTest> tests = new ArrayList<>();
        for (Handled endpoint : catalog.ofKind(Kind.TENANT)) {
            if (!endpoint.endpoint().pattern().startsWith("/api/workshops/{id}")) {
                continue;
            }
            for (Caller caller : List.of(CO_FACILITATOR, PARTICIPANT)) {
                boolean readOnlyInTheList = caller == CO_FACILITATOR
                        && endpoint.endpoint().toString().equals(SUMMARY);
                tests.add(dynamicTest(caller + " " + endpoint.endpoint(), () -> {
                    if (readOnlyInTheList) {
                        assertThat(call(caller, endpoint).status()).isEqualTo(200);
                    } else {
                        refusedWithoutOslo(caller, endpoint);
                    }
                }));
            }
        }
        tests.add(dynamicTest(
                "Oslo's data is unchanged",
                () -> assertThat(oslo.snapshot(catalog)).isEqualTo(before)));
        return tests.stream();
    }

    @Test
    void theMunicipalitysOtherFacilitatorsSeeTheWorkshopInTheListWithItsFacilitators() {
        Reply list = http.send(CO_FACILITATOR, "GET", "/api/workshops", null);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains(oslo.workshopId);
        Reply summary = http.send(CO_FACILITATOR, "GET", "/api/workshops/" + oslo.workshopId, null);
        assertThat(summary.json().path("facilitators").toString()).isEqualTo("[\"oslo-fasilitator\"]");
        Reply refused = http.send(CO_FACILITATOR, "POST", "/api/workshops/" + oslo.workshopId + "/start", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("workshop.not-your-workshop");
    }

    @Test
    void aListedFacilitatorAddsACoFacilitatorWhoThenRunsTheWorkshop() {
        String workshop = "/api/workshops" + "/"
                + http.send(
                                OsloWorkshop.FACILITATOR,
                                "POST",
                                "/api/workshops",
                                Body.json(OsloWorkshop.json(
                                        "title", "Samarbeid i bydelen", "date", OsloWorkshop.inDays(3))))
                        .json()
                        .path("id")
                        .asString();
        assertThat(http.send(CO_FACILITATOR, "GET", workshop + "/join-code", null)
                        .status())
                .isEqualTo(403);
        assertThat(http.send(
                                CO_FACILITATOR,
                                "POST",
                                workshop + "/facilitators",
                                Body.json(OsloWorkshop.json("username", DemoUsers.OSLO_CO_FACILITATOR)))
                        .status())
                .as("nobody lists themselves")
                .isEqualTo(403);

        Reply added = http.send(
                OsloWorkshop.FACILITATOR,
                "POST",
                workshop + "/facilitators",
                Body.json(OsloWorkshop.json("username", DemoUsers.OSLO_CO_FACILITATOR)));

        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().path("facilitators").toString())
                .isEqualTo("[\"oslo-fasilitator\",\"oslo-medfasilitator\"]");
        assertThat(http.send(CO_FACILITATOR, "GET", workshop + "/join-code", null)
                        .status())
                .isEqualTo(200);
        Reply table =
                http.send(CO_FACILITATOR, "POST", workshop + "/tables", Body.json(OsloWorkshop.json("name", "Bord 1")));
        assertThat(table.status()).as(table.toString()).isEqualTo(200);
        assertThat(table.json().path("tables").get(0).path("name").asString()).isEqualTo("Bord 1");
    }

    @Test
    void theMunicipalAdminManagesEveryWorkshopOfTheMunicipality() {
        Reply code = http.send(OsloWorkshop.ADMIN, "GET", "/api/workshops/" + oslo.workshopId + "/join-code", null);

        assertThat(code.status()).isEqualTo(200);
        assertThat(code.json().path("joinCode").asString()).isEqualTo(oslo.joinCode);
    }

    @Test
    void onlyTheMunicipalitysStaffSearchItsWorkshops() {
        String search = "/api/workshops/search?q=samarbeid";
        for (Caller outsider : List.of(oslo.guest, PARTICIPANT)) {
            Reply refused = http.send(outsider, "GET", search, null);
            assertThat(refused.status()).as(outsider + " " + refused).isEqualTo(403);
            assertThat(refused.problemDefects()).isEmpty();
        }
        assertThat(http.send(CO_FACILITATOR, "GET", search, null).status()).isEqualTo(200);
        assertThat(http.send(OsloWorkshop.ADMIN, "GET", search, null).status()).isEqualTo(200);
    }

    private void refusedWithoutOslo(Caller caller, Handled endpoint) {
        Reply reply = call(caller, endpoint);
        String described = caller + " " + endpoint.endpoint() + " -> " + reply;
        assertThat(reply.successful()).as("must not succeed: " + described).isFalse();
        assertThat(reply.status()).as(described).isIn(403, 404);
        assertThat(reply.problemDefects()).as("problem details: " + described).isEmpty();
        assertThat(reply.text()).as(described).doesNotContain(oslo.marker);
    }

    private Reply call(Caller caller, Handled endpoint) {
        return http.send(
                caller,
                endpoint.endpoint().method(),
                oslo.path(endpoint.endpoint()),
                oslo.body(endpoint),
                endpoint.accept());
    }
}

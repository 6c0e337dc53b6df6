package no.samarbeid.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.infra.stack.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Onboarding a municipality creates its Keycloak organization and tenant together, or neither. */
@IntegrationTest
class OnboardingIntegrationTests {

    private static final String EIGERSUND = "1101";
    private static final String STAVANGER = "1103";

    @Autowired
    KeycloakOrganizations organizations;

    @Autowired
    TenantDirectory directory;

    @LocalServerPort
    int port;

    private final JdbcTemplate owner = new JdbcTemplate(new DriverManagerDataSource(
            "jdbc:postgresql://127.0.0.1:" + Ports.postgres() + "/samarbeid", "samarbeid_owner", "samarbeid_owner"));

    @BeforeEach
    @AfterEach
    void removeTestMunicipalities() {
        for (String number : new String[] {EIGERSUND, STAVANGER}) {
            organizations.findIdByAlias(number).ifPresent(organizations::delete);
            owner.update("""
                    with gone as (delete from core.tenant_municipality_number where municipality_number = ?
                                  returning tenant_id)
                    delete from core.tenant where id in (select tenant_id from gone)""", number);
        }
        owner.execute("drop trigger if exists refuse_stavanger on core.tenant_municipality_number");
        owner.execute("drop function if exists core.refuse_stavanger()");
    }

    @Test
    void platformAdminOnboardsAMunicipalityAsOrganizationAndTenant() {
        var response = api().post(
                        "plattform-admin",
                        "/api/platform/municipalities",
                        Map.of("municipalityNumber", EIGERSUND, "sharesNationally", false));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().path("municipalityNumber").asString()).isEqualTo(EIGERSUND);
        assertThat(response.body().path("name").asString()).isEqualTo("Eigersund");
        assertThat(response.body().path("sharesNationally").asBoolean()).isFalse();
        assertThat(organizations.findIdByAlias(EIGERSUND)).isPresent();
        assertThat(directory.all())
                .anySatisfy(tenant ->
                        assertThat(tenant.municipalityNumber().value()).isEqualTo(EIGERSUND));
    }

    @Test
    void refusesANumberOutsideTheMunicipalities() {
        var response =
                api().post("plattform-admin", "/api/platform/municipalities", Map.of("municipalityNumber", "9999"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("code").asString()).isEqualTo("reference.municipality-number.unknown");
        assertThat(organizations.findIdByAlias("9999")).isEmpty();
    }

    @Test
    void refusesAMunicipalityAlreadyOnboarded() {
        var response =
                api().post("plattform-admin", "/api/platform/municipalities", Map.of("municipalityNumber", "0301"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("code").asString()).isEqualTo("tenant-exists");
    }

    @Test
    void onlyPlatformAdminsOnboard() {
        var response =
                api().post("oslo-admin", "/api/platform/municipalities", Map.of("municipalityNumber", EIGERSUND));

        assertThat(response.status()).isEqualTo(403);
        assertThat(organizations.findIdByAlias(EIGERSUND)).isEmpty();
    }

    @Test
    void removesTheOrganizationAgainWhenTheTenantRecordFails() {
        owner.execute("""
                create function core.refuse_stavanger() returns trigger language plpgsql as $$
                begin
                  if new.municipality_number = '1103' then raise exception 'storage refused'; end if;
                  return new;
                end $$""");
        owner.execute("""
                create trigger refuse_stavanger before insert on core.tenant_municipality_number
                for each row execute function core.refuse_stavanger()""");

        var response =
                api().post("plattform-admin", "/api/platform/municipalities", Map.of("municipalityNumber", STAVANGER));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body().path("detail").asString()).doesNotContain("storage refused", "SQL");
        assertThat(organizations.findIdByAlias(STAVANGER)).isEmpty();
        assertThat(owner.queryForObject(
                        "select count(*) from core.tenant_municipality_number where municipality_number = ?",
                        Integer.class,
                        STAVANGER))
                .isZero();
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}

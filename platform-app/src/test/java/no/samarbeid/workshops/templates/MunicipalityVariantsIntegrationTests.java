package no.samarbeid.workshops.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Other code lists the current municipality's variants through the public resolver, each at its latest version. */
@IntegrationTest
class MunicipalityVariantsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TemplateResolver resolver;

    @Autowired
    TenantDirectory tenants;

    @Test
    void theResolverListsTheMunicipalitysOwnVariantsPinnedToTheirLatestVersions() {
        var api = new ApiClient(port);
        Map<String, Object> variant = Map.of(
                "name",
                "Til nye workshoper",
                "base",
                "veier-til-samarbeid:2017",
                "sheets",
                List.of(Map.of("key", "effects")));
        String id = api.post("oslo-admin", "/api/templates/variants", variant)
                .body()
                .path("id")
                .asString();
        assertThat(api.put("oslo-admin", "/api/templates/variants/" + id, variant)
                        .status())
                .isEqualTo(200);

        assertThat(references("0301")).contains("variant:" + id + ":2").doesNotContain("variant:" + id + ":1");
        assertThat(references("4601")).noneMatch(reference -> reference.contains(id));
    }

    private List<String> references(String municipality) {
        var tenant = tenants.scopeOf(new MunicipalityNumber(municipality)).orElseThrow();
        return TenantContext.callAs(tenant, resolver::municipalityVariants).stream()
                .map(ResolvedTemplate::reference)
                .toList();
    }
}

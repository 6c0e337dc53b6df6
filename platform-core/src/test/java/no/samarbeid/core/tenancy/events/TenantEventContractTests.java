package no.samarbeid.core.tenancy.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvents;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

/** Pins the JSON of the tenant registry's events on the {@code samarbeid.core} topic. */
class TenantEventContractTests {

    private static final UUID TENANT = UUID.fromString("0a3c4e5f-1111-4222-8333-944455566677");
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void tenantOnboardedKeepsItsV1Contract() throws Exception {
        var event = new TenantOnboarded(
                UUID.fromString("1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
                TENANT,
                "1101",
                "Eigersund",
                false,
                Instant.parse("2026-11-27T10:15:30Z"));

        JSONAssert.assertEquals(
                contract("TenantOnboarded.v1.json"), json.writeValueAsString(event), JSONCompareMode.STRICT);
        assertThat(CloudEvents.type(TenantOnboarded.class)).isEqualTo("no.samarbeid.core.TenantOnboarded.v1");
    }

    @Test
    void tenantSharingChangedKeepsItsV1Contract() throws Exception {
        var event = new TenantSharingChanged(
                UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                TENANT,
                "1101",
                true,
                Instant.parse("2026-11-28T08:00:00Z"));

        JSONAssert.assertEquals(
                contract("TenantSharingChanged.v1.json"), json.writeValueAsString(event), JSONCompareMode.STRICT);
        assertThat(json.readValue(contract("TenantSharingChanged.v1.json"), TenantSharingChanged.class))
                .isEqualTo(event);
        assertThat(CloudEvents.type(TenantSharingChanged.class)).isEqualTo("no.samarbeid.core.TenantSharingChanged.v1");
    }

    private static String contract(String name) {
        try (var in = TenantEventContractTests.class.getResourceAsStream("/contracts/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package no.samarbeid.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.core.events.DomainEvent;
import org.json.JSONException;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

/** Each registry event is written exactly as pinned in {@code /contracts}, read back, typed and sourced. */
class RegistryEventContractTests {

    private static final UUID EVENT = UUID.fromString("6f1c2b9e-2f4e-4c55-9a0e-2d0b8c1e7a11");
    private static final UUID TENANT = UUID.fromString("0a3c4e5f-1111-4222-8333-944455566677");
    private static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");
    private static final JsonMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    @Test
    void entrepreneurRegistered() {
        assertPinned(new EntrepreneurRegistered(
                EVENT, RegistryEvent.NATIONAL, "123456785", "Kaffebrenneriet AS", "AS", "0301", "PENDING", "0301", AT));
    }

    @Test
    void entrepreneurVerified() {
        assertPinned(new EntrepreneurVerified(EVENT, RegistryEvent.NATIONAL, "123456785", "VERIFIED", AT));
    }

    @Test
    void entrepreneurProfileChanged() {
        assertPinned(new EntrepreneurProfileChanged(
                EVENT, RegistryEvent.NATIONAL, "123456785", 3, List.of("description", "themes"), AT));
    }

    @Test
    void entrepreneursMerged() {
        assertPinned(new EntrepreneursMerged(EVENT, RegistryEvent.NATIONAL, "123456785", "110000200", AT));
    }

    @Test
    void mentionLinked() {
        assertPinned(new MentionLinked(
                EVENT,
                TENANT,
                UUID.fromString("d4c3b2a1-0f9e-4d8c-9b7a-6f5e4d3c2b1a"),
                UUID.fromString("b7e2d6a4-3c1f-4e8d-9f0a-1b2c3d4e5f60"),
                "123456785",
                "CONFIRMED",
                AT));
    }

    private static void assertPinned(DomainEvent event) {
        Class<? extends DomainEvent> type = event.getClass();
        String contract = contract(type.getSimpleName() + ".v1.json");
        try {
            JSONAssert.assertEquals(contract, JSON.writeValueAsString(event), JSONCompareMode.STRICT);
        } catch (JSONException e) {
            throw new AssertionError(e);
        }
        assertThat(JSON.readValue(contract, type)).isEqualTo(event);
        assertThat(JSON.readValue(contract.replace("\"eventId\"", "\"addedLater\": 1, \"eventId\""), type))
                .as("consumers tolerate fields added later")
                .isEqualTo(event);
        assertThat(CloudEvents.type(type)).isEqualTo("no.samarbeid.registry." + type.getSimpleName() + ".v1");
        assertThat(CloudEvents.headers(event))
                .containsEntry(CloudEvents.ID, EVENT.toString())
                .containsEntry(CloudEvents.SOURCE, "/samarbeid/registry");
    }

    private static String contract(String name) {
        try (InputStream in = RegistryEventContractTests.class.getResourceAsStream("/contracts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

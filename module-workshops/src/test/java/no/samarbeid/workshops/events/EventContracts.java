package no.samarbeid.workshops.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvents;
import org.jspecify.annotations.Nullable;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

/** The pinned contracts of the workshops' events under {@code /contracts}, and the values the pinned examples use. */
final class EventContracts {

    static final UUID EVENT = UUID.fromString("6f1c2b9e-2f4e-4c55-9a0e-2d0b8c1e7a11");
    static final UUID TENANT = UUID.fromString("0a3c4e5f-1111-4222-8333-944455566677");
    static final UUID WORKSHOP = UUID.fromString("b7e2d6a4-3c1f-4e8d-9f0a-1b2c3d4e5f60");
    static final UUID TABLE = UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
    static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");
    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private EventContracts() {}

    /** The pinned contract of that name, or null when there is none. */
    static @Nullable String read(String name) {
        try (InputStream in = EventContracts.class.getResourceAsStream("/contracts/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pinned contract of that name, which must be there. */
    static String contract(String name) {
        String contract = read(name);
        assertThat(contract).as(name).isNotNull();
        return contract;
    }

    /** {@code <Name>.v<version>.json}, the version being the one of the event's CloudEvents type. */
    static String contractFile(Class<?> event) {
        String type = CloudEvents.type(event);
        return event.getSimpleName() + type.substring(type.lastIndexOf('.')) + ".json";
    }

    /**
     * The event is written exactly as pinned in {@code file}, is read back from it (also with a field added later),
     * is of type {@code <Name>.v1} and has the CloudEvents headers of its id, tenant and the workshops' source.
     */
    static <E extends WorkshopEvent> void assertPinned(String file, E event, Class<E> type) {
        String contract = contract(file);
        try {
            JSONAssert.assertEquals(contract, JSON.writeValueAsString(event), JSONCompareMode.STRICT);
        } catch (org.json.JSONException e) {
            throw new AssertionError(e);
        }
        assertThat(JSON.readValue(contract, type)).isEqualTo(event);
        assertThat(JSON.readValue(contract.replace("\"shared\"", "\"addedLater\": 1, \"shared\""), type))
                .as("consumers tolerate fields added later")
                .isEqualTo(event);
        assertThat(CloudEvents.type(type)).isEqualTo("no.samarbeid.workshops." + type.getSimpleName() + ".v1");
        assertThat(CloudEvents.headers(event))
                .containsEntry(CloudEvents.ID, EVENT.toString())
                .containsEntry(CloudEvents.TENANT, TENANT.toString())
                .containsEntry(CloudEvents.SOURCE, "/samarbeid/workshops");
    }
}

package no.samarbeid.registry.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry reads the producers' pinned contracts (by relative path, no jar of theirs) as its own records, and
 * knows them under the producers' CloudEvents types.
 */
class ConsumedEventContractTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final UUID TENANT = UUID.fromString("0a3c4e5f-1111-4222-8333-944455566677");
    private static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");

    private static String pinned(String module, String file) throws IOException {
        return Files.readString(Path.of("..", module, "src/test/resources/contracts", file));
    }

    @Test
    void entrepreneurMentioned() throws IOException {
        MentionedPartner event =
                JSON.readValue(pinned("module-workshops", "EntrepreneurMentioned.v1.json"), MentionedPartner.class);
        assertThat(event.tenantId()).isEqualTo(TENANT);
        assertThat(event.partnerId()).isEqualTo(UUID.fromString("d4c3b2a1-0f9e-4d8c-9b7a-6f5e4d3c2b1a"));
        assertThat(event.name()).isEqualTo("Kaffebrenneriet");
        assertThat(event.zone()).isEqualTo("REGION");
        assertThat(event.organisationNumber()).isEqualTo("123456785");
        MentionedPartner older = JSON.readValue(
                pinned("module-workshops", "EntrepreneurMentioned.v1.json")
                        .replace("\"organisationNumber\": \"123456785\",", ""),
                MentionedPartner.class);
        assertThat(older.organisationNumber())
                .as("v1 events from before the addition")
                .isNull();
        assertThat(event.shared()).isTrue();
        assertThat(event.occurredAt()).isEqualTo(AT);
        assertThat(MentionEvents.TYPES.find(MentionedPartner.TYPE)).contains(MentionedPartner.class);
    }

    @Test
    void partnerRetracted() throws IOException {
        RetractedPartner event =
                JSON.readValue(pinned("module-workshops", "PartnerRetracted.v1.json"), RetractedPartner.class);
        assertThat(event.partnerId()).isEqualTo(UUID.fromString("e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9"));
        assertThat(event.occurredAt()).isEqualTo(AT);
        assertThat(MentionEvents.TYPES.find(RetractedPartner.TYPE)).contains(RetractedPartner.class);
    }

    @Test
    void workshopSharingChanged() throws IOException {
        WorkshopShared event =
                JSON.readValue(pinned("module-workshops", "WorkshopSharingChanged.v1.json"), WorkshopShared.class);
        assertThat(event.shared()).isFalse();
        assertThat(event.workshopId()).isEqualTo(UUID.fromString("b7e2d6a4-3c1f-4e8d-9f0a-1b2c3d4e5f60"));
    }

    @Test
    void tenantOnboardedAndSharingChanged() throws IOException {
        TenantShared onboarded = JSON.readValue(pinned("platform-core", "TenantOnboarded.v1.json"), TenantShared.class);
        assertThat(onboarded.sharesNationally()).isFalse();
        TenantShared changed =
                JSON.readValue(pinned("platform-core", "TenantSharingChanged.v1.json"), TenantShared.class);
        assertThat(changed.sharesNationally()).isTrue();
        assertThat(changed.tenantId()).isEqualTo(TENANT);
        assertThat(MentionEvents.TYPES.types())
                .contains(TenantShared.ONBOARDED, TenantShared.CHANGED, WorkshopShared.TYPE);
    }
}

package no.samarbeid.registry.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The mentions kept from the workshops' events are the same whatever the order and however often the events come:
 * the latest {@code occurredAt} per partner wins, and a retraction is a tombstone no older mention revives.
 */
@IntegrationTest
class MentionProjectionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MentionEvents events;

    @Autowired
    TenantDirectory tenants;

    private final Instant t0 = Instant.now().minusSeconds(600);

    private UUID oslo() {
        return tenants.scopeOf(new MunicipalityNumber("0301"))
                .orElseThrow()
                .id()
                .value();
    }

    private MentionedPartner mentioned(UUID workshop, UUID partner, String name, Instant at) {
        return new MentionedPartner(
                UUID.randomUUID(),
                oslo(),
                workshop,
                true,
                UUID.randomUUID(),
                partner,
                name,
                "Arbeidstrening",
                "MUNICIPALITY",
                null,
                at);
    }

    private JsonNode mention(UUID partner) {
        for (JsonNode mention :
                new ApiClient(port).get("oslo-admin", "/api/registry/mentions").body()) {
            if (mention.path("id").asString().equals(partner.toString())) {
                return mention;
            }
        }
        return null;
    }

    private void deliver(List<DomainEvent> events) {
        events.forEach(this.events::apply);
    }

    @Test
    void aRevisionWinsInOrderInReverseAndTwice() {
        UUID workshop = UUID.randomUUID();
        UUID inOrder = UUID.randomUUID();
        UUID reversed = UUID.randomUUID();
        for (UUID partner : List.of(inOrder, reversed)) {
            var first = mentioned(workshop, partner, "Førsteutkast", t0);
            var revised = mentioned(workshop, partner, "Revidert navn", t0.plusSeconds(60));
            deliver(
                    partner == inOrder
                            ? List.of(first, revised, first, revised)
                            : List.of(revised, first, revised, first));
        }
        assertThat(mention(inOrder).path("name").asString()).isEqualTo("Revidert navn");
        assertThat(mention(reversed).path("name").asString()).isEqualTo("Revidert navn");
    }

    @Test
    void aRetractionIsATombstoneInOrderInReverseAndTwice() {
        UUID workshop = UUID.randomUUID();
        UUID inOrder = UUID.randomUUID();
        UUID reversed = UUID.randomUUID();
        for (UUID partner : List.of(inOrder, reversed)) {
            var named = mentioned(workshop, partner, "Skal bort", t0);
            var retracted = new RetractedPartner(
                    UUID.randomUUID(), oslo(), workshop, true, UUID.randomUUID(), partner, t0.plusSeconds(60));
            deliver(
                    partner == inOrder
                            ? List.of(named, retracted, named, retracted)
                            : List.of(retracted, named, retracted, named));
        }
        assertThat(mention(inOrder)).isNull();
        assertThat(mention(reversed)).isNull();
    }

    @Test
    void anotherMunicipalityNeverSeesOslosMentions() {
        UUID partner = UUID.randomUUID();
        deliver(List.of(mentioned(UUID.randomUUID(), partner, "Bare Oslo", t0)));
        assertThat(mention(partner)).isNotNull();
        var bergen = new ApiClient(port)
                .get("bergen-admin", "/api/registry/mentions")
                .body();
        for (JsonNode mention : bergen) {
            assertThat(mention.path("id").asString()).isNotEqualTo(partner.toString());
        }
        var link = new ApiClient(port)
                .post(
                        "bergen-fasilitator",
                        "/api/registry/mentions/" + partner + "/link",
                        java.util.Map.of("organisationNumber", "110000014", "decision", "CONFIRM"));
        assertThat(link.status()).isEqualTo(404);
        assertThat(mention(partner).path("linkedTo").isNull()).isTrue();
    }
}

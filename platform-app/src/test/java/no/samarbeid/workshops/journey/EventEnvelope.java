package no.samarbeid.workshops.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.workshops.journey.WorkshopTopic.Received;
import tools.jackson.databind.JsonNode;

/**
 * What every workshop event on Kafka must be: a CloudEvents binary-mode record keyed by its tenant, JSON whose field
 * names are those of its pinned contract, and nothing that tells who took part (an opaque pseudonym at most).
 */
final class EventEnvelope {

    private static final String PSEUDONYM = "p-[0-9a-f]{16}|facilitator";
    private static final List<String> IDENTIFYING =
            List.of("displayname", "username", "participant", "email", "author", "voter");

    private EventEnvelope() {}

    /** Checks the envelope and contract of each record. */
    static void assertWellFormed(Collection<Received> records) {
        for (Received record : records) {
            String what = record.type() + " at " + record.partition() + "@" + record.offset();
            JsonNode data = record.data();
            Map<String, String> headers = record.headers();
            assertThat(headers)
                    .as("headers of %s", what)
                    .containsKeys(
                            CloudEvents.ID,
                            CloudEvents.SOURCE,
                            CloudEvents.TYPE,
                            CloudEvents.SPEC_VERSION,
                            CloudEvents.TIME,
                            CloudEvents.TENANT,
                            CloudEvents.CONTENT_TYPE)
                    .containsEntry(CloudEvents.ID, data.path("eventId").asString())
                    .containsEntry(CloudEvents.TENANT, data.path("tenantId").asString())
                    .containsEntry(CloudEvents.SOURCE, "/samarbeid/workshops")
                    .containsEntry(CloudEvents.SPEC_VERSION, "1.0");
            assertThat(headers.get(CloudEvents.TYPE)).as(what).matches("no\\.samarbeid\\.workshops\\.[A-Za-z]+\\.v1");
            assertThat(Instant.parse(headers.get(CloudEvents.TIME)))
                    .as("ce_time of %s", what)
                    .isEqualTo(Instant.parse(data.path("occurredAt").asString()));
            assertThat(headers.get(CloudEvents.CONTENT_TYPE)).as(what).startsWith("application/json");
            assertThat(record.key())
                    .as("key of %s", what)
                    .isEqualTo(data.path("tenantId").asString());
            assertThat(data.path("shared").isBoolean())
                    .as("%s says whether it is shared", what)
                    .isTrue();
            assertThat(PinnedContracts.fields(data))
                    .as("field names of %s against contracts/%s.json", what, record.type())
                    .isEqualTo(PinnedContracts.fields(record.type()));
        }
    }

    /** Checks that no record carries any of the identities or private texts, nor a field that names a person. */
    static void assertAnonymous(Collection<Received> records, Collection<String> identities) {
        for (Received record : records) {
            String what = record.type() + " at " + record.partition() + "@" + record.offset();
            assertThat(record.text()).as(what).doesNotContain(identities);
            assertThat(PinnedContracts.fields(record.data()))
                    .as("fields of %s", what)
                    .noneMatch(field -> !field.endsWith("Pseudonym")
                            && IDENTIFYING.stream()
                                    .anyMatch(word -> field.toLowerCase(java.util.Locale.ROOT)
                                            .contains(word)));
            for (String pseudonymous : List.of("authorPseudonym", "voterPseudonym")) {
                if (record.data().has(pseudonymous)) {
                    assertThat(record.data().path(pseudonymous).asString())
                            .as("%s of %s", pseudonymous, what)
                            .matches(PSEUDONYM);
                }
            }
        }
    }

    /** The records by event name, e.g. {@code NotePosted}. */
    static Map<String, List<Received>> byName(Collection<Received> records) {
        return records.stream().collect(Collectors.groupingBy(Received::name, TreeMap::new, Collectors.toList()));
    }
}

package no.samarbeid.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.samarbeid.core.tenancy.events.TenantOnboarded;
import no.samarbeid.core.tenancy.events.TenantSharingChanged;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ThrowingRunnable;
import tools.jackson.databind.JsonNode;

/**
 * Events for reporting's tests: tenants of their own (random ids, so tests need no demo data) and their workshops,
 * sent as CloudEvents records; waits until reporting has applied them.
 */
final class ReportingFixture implements AutoCloseable {

    static final String WORKSHOPS = "samarbeid.workshops";
    static final String CORE = "samarbeid.core";
    static final String IMPACT = "samarbeid.impact";

    /** Generous: a consumer group may wait for a member a killed test JVM left behind (session timeout 45 s). */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    final CloudEventProducer producer = new CloudEventProducer();

    /** A word no other test run uses, to find exactly this test's documents. */
    static String tag() {
        return "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static ConditionFactory eventually() {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200));
    }

    static void eventually(ThrowingRunnable assertion) {
        eventually().untilAsserted(assertion);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new tenant that reporting knows, onboarded at {@code at}. */
    UUID onboard(String municipalityNumber, boolean shares, Instant at) {
        var onboarded = new TenantOnboarded(
                UUID.randomUUID(), UUID.randomUUID(), municipalityNumber, "Testkommune", shares, at);
        producer.send(CORE, onboarded);
        awaitTenantView(onboarded.tenantId(), onboarded.eventId());
        return onboarded.tenantId();
    }

    void changeSharing(UUID tenantId, String municipalityNumber, boolean shares, Instant at) {
        var changed = new TenantSharingChanged(UUID.randomUUID(), tenantId, municipalityNumber, shares, at);
        producer.send(CORE, changed);
        awaitTenantView(tenantId, changed.eventId());
    }

    static WorkshopScheduled workshop(UUID tenantId, String municipalityNumber, String title, boolean shared) {
        return new WorkshopScheduled(
                UUID.randomUUID(),
                tenantId,
                municipalityNumber,
                UUID.randomUUID(),
                title,
                "Rådhuset, møterom 3",
                LocalDate.of(2026, 3, 12),
                shared,
                now());
    }

    /** Sends the event and waits until its workshop's document has it applied. */
    JsonNode schedule(WorkshopScheduled scheduled) {
        producer.send(WORKSHOPS, scheduled);
        return awaitApplied(scheduled);
    }

    /** Sends the event, waits until it is applied and returns it. */
    WorkshopScheduled scheduled(WorkshopScheduled scheduled) {
        schedule(scheduled);
        return scheduled;
    }

    static JsonNode awaitApplied(WorkshopScheduled scheduled) {
        eventually(() -> assertThat(ReportingApi.workshopDocument(scheduled.workshopId())
                        .path("_source")
                        .path("eventId")
                        .asString())
                .isEqualTo(scheduled.eventId().toString()));
        return ReportingApi.workshopDocument(scheduled.workshopId());
    }

    private static void awaitTenantView(UUID tenantId, UUID eventId) {
        eventually(() -> assertThat(ReportingApi.tenantDocument(tenantId)
                        .path("_source")
                        .path("eventId")
                        .asString())
                .isEqualTo(eventId.toString()));
    }

    @Override
    public void close() {
        producer.close();
    }
}

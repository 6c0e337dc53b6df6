package no.samarbeid.workshops.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;
import org.jspecify.annotations.Nullable;

/**
 * A workshop of Oslo for other features' unit tests: created from an agenda, with tables, people at them and its
 * lifecycle, through the aggregate's own (package-private) methods.
 */
public final class WorkshopFixture {

    public final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    public final Workshop workshop;

    /** A scheduled workshop of Oslo whose agenda holds these sheets, 20 minutes each. */
    public WorkshopFixture(String... sheetKeys) {
        workshop = Workshop.create(
                new WorkshopPlan(
                        "Samarbeid",
                        "Rådhuset",
                        LocalDate.parse("2026-12-27"),
                        "veier-til-samarbeid:2017",
                        List.of(sheetKeys).stream()
                                .map(key -> new AgendaView(key, 20))
                                .toList()),
                new TenantScope(new TenantId(UUID.randomUUID()), new MunicipalityNumber("0301")),
                "oslo-fasilitator",
                true,
                "ABCDEFGHJK",
                clock);
    }

    public UUID addTable(String name) {
        return workshop.addTable(name).id();
    }

    public WorkshopFixture start() {
        workshop.start(clock);
        return this;
    }

    public WorkshopFixture open(String sheetKey) {
        workshop.openSheet(sheetKey, null, clock);
        return this;
    }

    public WorkshopFixture phase(Phase phase, UUID tableId) {
        workshop.changePhase(phase, null, tableId, clock);
        return this;
    }

    public WorkshopFixture configure(boolean showNames, int dotsPerPerson) {
        workshop.configure(showNames, dotsPerPerson);
        return this;
    }

    public WorkshopFixture complete() {
        workshop.complete(clock);
        return this;
    }

    /** Someone who joined by code (no username), seated at the table or not yet seated. */
    public Participant join(String displayName, Perspective perspective, @Nullable UUID tableId) {
        return Participant.join(workshop, null, displayName, perspective, tableId, clock.instant());
    }
}

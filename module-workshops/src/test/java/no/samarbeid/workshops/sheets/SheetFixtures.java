package no.samarbeid.workshops.sheets;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Shared values of the sheets' unit tests: a fixed clock and two tables of one workshop. */
public final class SheetFixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    public static final Instant NOW = CLOCK.instant();
    public static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    public static final UUID TENANT = UUID.randomUUID();
    public static final UUID WORKSHOP = UUID.randomUUID();
    public static final SheetScope TABLE = new SheetScope(TENANT, WORKSHOP, UUID.randomUUID(), true);
    public static final SheetScope OTHER_TABLE = new SheetScope(TENANT, WORKSHOP, UUID.randomUUID(), true);

    private SheetFixtures() {}
}

package no.samarbeid.workshops.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A workshop as the API shows it to the municipality's staff; {@code openedSheets} are the agenda's sheets opened at
 * a table so far (they stay on the agenda with their minutes).
 */
public record WorkshopView(
        UUID id,
        String title,
        String place,
        @Nullable LocalDate date,
        String status,
        boolean shared,
        boolean showNames,
        int dotsPerPerson,
        String templateReference,
        List<AgendaView> agenda,
        List<String> openedSheets,
        List<TableView> tables,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant completedAt) {}

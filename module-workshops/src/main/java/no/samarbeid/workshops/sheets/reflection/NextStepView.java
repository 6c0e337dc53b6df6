package no.samarbeid.workshops.sheets.reflection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A next step as the API shows it. */
public record NextStepView(UUID id, String text, String owner, LocalDate dueDate, Instant createdAt) {}

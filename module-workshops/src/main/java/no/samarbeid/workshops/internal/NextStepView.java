package no.samarbeid.workshops.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A next step as the API shows it. */
record NextStepView(UUID id, String text, String owner, LocalDate dueDate, Instant createdAt) {}

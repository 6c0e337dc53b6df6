package no.samarbeid.workshops.workshop;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A user (by username) who facilitates the workshop. */
@Table(schema = "workshops", name = "workshop_facilitator")
record Facilitator(UUID tenantId, String username) {}

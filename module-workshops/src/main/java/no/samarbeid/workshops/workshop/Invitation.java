package no.samarbeid.workshops.workshop;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A participant with an account (by username) invited to the workshop. */
@Table(schema = "workshops", name = "workshop_invitation")
record Invitation(UUID tenantId, String username) {}

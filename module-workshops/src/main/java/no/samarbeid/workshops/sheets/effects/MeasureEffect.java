package no.samarbeid.workshops.sheets.effects;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** An effect of the same table that a measure says something about. */
@Table(schema = "workshops", name = "sheet_measure_effect")
record MeasureEffect(UUID effectId, UUID tenantId) {}

package no.samarbeid.workshops.sheets.reflection;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A table's answer to one reflection question. */
@Table(schema = "workshops", name = "sheet_reflection_answer")
record ReflectionAnswer(UUID tenantId, String answer) {}

package no.samarbeid.impact.collaborations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An effect of a collaboration for a stakeholder with its benefit types (sheet 7, or by hand), realised on a date with
 * its evidence. One from a sheet keeps its source effect id and when the workshops last described it.
 */
@Table(schema = "impact", name = "collaboration_effect")
record CollaborationEffect(
        UUID id,
        UUID tenantId,
        @Nullable UUID sourceEffectId,
        @Nullable Instant sourceOccurredAt,
        Stakeholder stakeholder,
        String text,
        List<String> benefits,
        @Nullable LocalDate realisedAt,
        String evidence) {

    CollaborationEffect {
        benefits = List.copyOf(benefits);
    }

    CollaborationEffect described(Stakeholder stakeholder, String text, List<String> benefits, Instant occurredAt) {
        return new CollaborationEffect(
                id, tenantId, sourceEffectId, occurredAt, stakeholder, text, benefits, realisedAt, evidence);
    }

    CollaborationEffect realised(LocalDate date, String evidence) {
        return new CollaborationEffect(
                id, tenantId, sourceEffectId, sourceOccurredAt, stakeholder, text, benefits, date, evidence);
    }

    EffectView view() {
        return new EffectView(
                id,
                stakeholder,
                text,
                benefits.stream().map(Benefit::valueOf).toList(),
                realisedAt,
                evidence,
                sourceEffectId != null);
    }
}

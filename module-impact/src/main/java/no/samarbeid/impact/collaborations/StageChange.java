package no.samarbeid.impact.collaborations;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.impact.problems.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One move of a collaboration's stage: from where (none at the start), to where, why, by whom and when. */
@Table(schema = "impact", name = "collaboration_stage_change")
record StageChange(
        UUID tenantId, @Nullable Stage fromStage, Stage toStage, String reason, String movedBy, Instant movedAt) {

    /** The API's limit on a reason, kept for the pages' forms too. */
    static final int MAX_REASON = 1000;

    StageChange {
        if (reason.length() > MAX_REASON) {
            throw FieldProblem.invalid("reason", "impact.text-too-long", "reason", MAX_REASON);
        }
    }

    StageChangeView view() {
        return new StageChangeView(fromStage, toStage, reason, movedBy, movedAt);
    }
}

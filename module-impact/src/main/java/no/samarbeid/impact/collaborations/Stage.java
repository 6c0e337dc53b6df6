package no.samarbeid.impact.collaborations;

import java.util.List;
import no.samarbeid.impact.problems.FieldProblem;

/**
 * Where a collaboration is: idé → dialog → pilot → avtale/anskaffelse → drift, and then avsluttet (with a reason) or
 * evaluert. Moving forward may skip stages; moving back, or out of avsluttet/evaluert, needs a reason; evaluert
 * needs something to evaluate (pilot or later).
 */
enum Stage {
    IDEA,
    DIALOGUE,
    PILOT,
    AGREEMENT,
    OPERATION,
    CLOSED,
    EVALUATED;

    /** The stages of the board, in order. */
    public static final List<Stage> BOARD = List.of(values());

    boolean ended() {
        return this == CLOSED || this == EVALUATED;
    }

    /** Refuses a move from this stage, naming the field: {@code stage} for a jump, {@code reason} for a missing one. */
    void requireMoveTo(Stage to, String reason) {
        boolean reasoned = !reason.isBlank();
        if (to == this) {
            throw FieldProblem.conflict("stage", "impact.stage-unchanged", this.name());
        }
        if (to == EVALUATED && ordinal() < PILOT.ordinal()) {
            throw FieldProblem.conflict("stage", "impact.stage-jump", this.name(), to.name());
        }
        if (to == CLOSED && !reasoned) {
            throw FieldProblem.invalid("reason", "impact.stage-reason-required", to.name());
        }
        boolean backwards = ended() ? !to.ended() : !to.ended() && to.ordinal() < ordinal();
        if (backwards && !reasoned) {
            throw FieldProblem.conflict("stage", "impact.stage-backwards", this.name(), to.name());
        }
    }
}

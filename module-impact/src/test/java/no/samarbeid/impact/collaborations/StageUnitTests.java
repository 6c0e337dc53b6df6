package no.samarbeid.impact.collaborations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.reference.Theme;
import no.samarbeid.impact.events.CollaborationStageChanged;
import no.samarbeid.impact.problems.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The stages of a collaboration: forward freely, back only with a reason, closed with one, evaluated from pilot. */
class StageUnitTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final Collaboration collaboration = Collaboration.start(
            UUID.randomUUID(),
            new CollaborationDetails(
                    "Kafé på sykehjemmet",
                    Theme.WORK_INCLUSION,
                    null,
                    "Kaffebrenneriet",
                    "Helse",
                    null,
                    null,
                    "",
                    null,
                    "Enhetsleder",
                    ""),
            true,
            "oslo-admin",
            NOW);

    @Test
    void movingForwardMaySkipStagesAndIsRecordedWithWhoAndWhen() {
        collaboration.moveTo(Stage.PILOT, "", "oslo-fasilitator", NOW.plusSeconds(60));

        CollaborationView view = collaboration.view(java.util.List.of());
        assertThat(view.stage()).isEqualTo(Stage.PILOT);
        assertThat(view.history())
                .extracting(StageChangeView::fromStage, StageChangeView::toStage, StageChangeView::movedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, Stage.IDEA, "oslo-admin"),
                        org.assertj.core.groups.Tuple.tuple(Stage.IDEA, Stage.PILOT, "oslo-fasilitator"));
        assertThat(collaboration.registeredEvents())
                .last()
                .isInstanceOfSatisfying(CollaborationStageChanged.class, e -> {
                    assertThat(e.fromStage()).isEqualTo("IDEA");
                    assertThat(e.stage()).isEqualTo("PILOT");
                    assertThat(e.theme()).isEqualTo("arbeidsinkludering");
                });
    }

    @Test
    void movingBackNeedsAReason() {
        collaboration.moveTo(Stage.PILOT, "", "a", NOW);

        assertThatThrownBy(() -> collaboration.moveTo(Stage.DIALOGUE, " ", "a", NOW))
                .isInstanceOfSatisfying(FieldProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("stage");
                    assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT);
                });
        collaboration.moveTo(Stage.DIALOGUE, "Piloten må planlegges på nytt", "a", NOW);
        assertThat(collaboration.stage()).isEqualTo(Stage.DIALOGUE);
    }

    @Test
    void closingNeedsAReasonAndEvaluatingNeedsAPilot() {
        assertThatThrownBy(() -> collaboration.moveTo(Stage.CLOSED, "", "a", NOW))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> collaboration.moveTo(Stage.EVALUATED, "", "a", NOW))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.code()).isEqualTo("impact.stage-jump"));
        assertThatThrownBy(() -> collaboration.moveTo(Stage.IDEA, "", "a", NOW))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.code()).isEqualTo("impact.stage-unchanged"));

        collaboration.moveTo(Stage.OPERATION, "", "a", NOW);
        collaboration.moveTo(Stage.EVALUATED, "", "a", NOW);
        assertThat(collaboration.stage()).isEqualTo(Stage.EVALUATED);
        assertThatThrownBy(() -> collaboration.moveTo(Stage.OPERATION, "", "a", NOW))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("stage"));
    }
}

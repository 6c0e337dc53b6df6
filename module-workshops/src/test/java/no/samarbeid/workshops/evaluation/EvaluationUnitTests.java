package no.samarbeid.workshops.evaluation;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.samarbeid.workshops.events.WorkshopEvaluated;
import no.samarbeid.workshops.workshop.Participant;
import no.samarbeid.workshops.workshop.Perspective;
import no.samarbeid.workshops.workshop.Workshop;
import no.samarbeid.workshops.workshop.WorkshopFixture;
import org.junit.jupiter.api.Test;

class EvaluationUnitTests {

    private final WorkshopFixture at = new WorkshopFixture("next-steps");
    private final Workshop workshop = at.workshop;
    private final Participant guest = at.join("Kari", Perspective.SOCIAL_ENTREPRENEUR, null);

    @Test
    void anEvaluationPublishesOnlyItsRatingUnderItsOwnId() {
        Evaluation evaluation =
                Evaluation.give(workshop, guest, new EvaluationDetails("Stille skriving", 4, "Mer tid til ark 6"), NOW);

        assertThat(evaluation.registeredEvents())
                .singleElement()
                .isInstanceOfSatisfying(WorkshopEvaluated.class, event -> {
                    assertThat(event.rating()).isEqualTo(4);
                    assertThat(event.workshopId()).isEqualTo(workshop.id());
                    assertThat(event.evaluationId()).isNotEqualTo(guest.id());
                    assertThat(event.toString()).doesNotContain("Kari", "Stille skriving", "ark 6", guest.pseudonym());
                });
    }

    @Test
    void aRevisionKeepsTheEvaluationAndPublishesTheNewRating() {
        Evaluation evaluation = Evaluation.give(workshop, guest, new EvaluationDetails("", 2, ""), NOW);

        evaluation.revise(workshop, new EvaluationDetails("Alt", 5, ""), NOW);

        assertThat(evaluation.view().rating()).isEqualTo(5);
        assertThat(evaluation.registeredEvents())
                .extracting(event -> ((WorkshopEvaluated) event).evaluationId())
                .hasSize(2)
                .containsOnly(((WorkshopEvaluated)
                                evaluation.registeredEvents().iterator().next())
                        .evaluationId());
    }

    @Test
    void theRatingIsFromOneToFiveAndTheTextsHaveLimits() {
        assertThatThrownBy(() -> new EvaluationDetails("", 0, "")).hasMessage("sheets.evaluation-rating");
        assertThatThrownBy(() -> new EvaluationDetails("", 6, "")).hasMessage("sheets.evaluation-rating");
        assertThatThrownBy(() -> new EvaluationDetails("x".repeat(1001), 3, ""))
                .hasMessage("sheets.evaluation-what-worked");
        assertThatThrownBy(() -> new EvaluationDetails("", 3, "x".repeat(2001)))
                .hasMessage("sheets.evaluation-comment");
    }

    @Test
    void theSummaryCountsRatingsWithoutSayingWhoOrWhen() {
        EvaluationSummary summary = EvaluationSummary.of(List.of(
                new EvaluationView("Godt", 5, "", NOW),
                new EvaluationView("Greit", 3, "Kort tid", NOW.plusSeconds(60)),
                new EvaluationView("Bra", 5, "", NOW.plusSeconds(120))));

        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.averageRating()).isCloseTo(4.333, org.assertj.core.data.Offset.offset(0.001));
        assertThat(summary.ratings()).containsEntry(5, 2L).containsEntry(3, 1L).containsEntry(1, 0L);
        assertThat(summary.answers())
                .extracting(EvaluationSummary.Answer::whatWorked)
                .containsExactly("Bra", "Godt", "Greit");
        assertThat(EvaluationSummary.of(List.of()).averageRating()).isNull();
    }
}

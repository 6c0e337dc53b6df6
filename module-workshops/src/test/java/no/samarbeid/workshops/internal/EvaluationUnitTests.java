package no.samarbeid.workshops.internal;

import static no.samarbeid.workshops.internal.SheetFixtures.CLOCK;
import static no.samarbeid.workshops.internal.SheetFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.workshops.events.WorkshopEvaluated;
import org.junit.jupiter.api.Test;

class EvaluationUnitTests {

    private final Workshop workshop = Workshop.create(
            new WorkshopPlan(
                    "Samarbeid",
                    "Rådhuset",
                    LocalDate.parse("2026-12-01"),
                    "veier-til-samarbeid:2017",
                    List.of(new AgendaView("next-steps", 10))),
            new TenantScope(new TenantId(UUID.randomUUID()), new MunicipalityNumber("0301")),
            "oslo-fasilitator",
            true,
            JoinCodes.generate(),
            CLOCK);
    private final Participant guest =
            Participant.join(workshop, null, "Kari", Perspective.SOCIAL_ENTREPRENEUR, null, NOW);

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

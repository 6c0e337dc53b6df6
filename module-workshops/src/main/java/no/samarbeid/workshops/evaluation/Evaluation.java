package no.samarbeid.workshops.evaluation;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.workshops.events.WorkshopEvaluated;
import no.samarbeid.workshops.sheets.SheetAggregate;
import no.samarbeid.workshops.workshop.Participant;
import no.samarbeid.workshops.workshop.Workshop;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant's evaluation of a workshop, one each and editable while the workshop runs. Only the rating leaves
 * the module, under the evaluation's own id; the participant and the free text stay with the municipality.
 */
@Table(schema = "workshops", name = "workshop_evaluation")
class Evaluation extends SheetAggregate<Evaluation> {

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final UUID workshopId;
    private final UUID participantId;
    private String whatWorked;
    private int rating;
    private String comment;
    private Instant givenAt;

    @Version
    private int version;

    @PersistenceCreator
    Evaluation(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID participantId,
            String whatWorked,
            int rating,
            String comment,
            Instant givenAt,
            int version) {
        this.id = id;
        this.tenantId = tenantId;
        this.workshopId = workshopId;
        this.participantId = participantId;
        this.whatWorked = whatWorked;
        this.rating = rating;
        this.comment = comment;
        this.givenAt = givenAt;
        this.version = version;
    }

    static Evaluation give(Workshop workshop, Participant participant, EvaluationDetails details, Instant now) {
        if (!participant.workshopId().equals(workshop.id())) {
            throw new IllegalArgumentException("The participant is not in the workshop");
        }
        var evaluation = new Evaluation(
                UUID.randomUUID(),
                workshop.tenantId(),
                workshop.id(),
                participant.id(),
                details.whatWorked(),
                details.rating(),
                details.comment(),
                now,
                0);
        evaluation.evaluated(workshop, now);
        return evaluation;
    }

    void revise(Workshop workshop, EvaluationDetails details, Instant now) {
        whatWorked = details.whatWorked();
        rating = details.rating();
        comment = details.comment();
        givenAt = now;
        evaluated(workshop, now);
    }

    private void evaluated(Workshop workshop, Instant now) {
        registerEvent(
                new WorkshopEvaluated(UUID.randomUUID(), tenantId, workshopId, workshop.shared(), id, rating, now));
    }

    int rating() {
        return rating;
    }

    EvaluationView view() {
        return new EvaluationView(whatWorked, rating, comment, givenAt);
    }
}

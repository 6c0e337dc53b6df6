package no.samarbeid.workshops.evaluation;

import java.time.Clock;
import java.util.UUID;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.workshops.sheets.SheetAccess;
import no.samarbeid.workshops.sheets.SheetWrites;
import no.samarbeid.workshops.workshop.Actor;
import no.samarbeid.workshops.workshop.Participant;
import no.samarbeid.workshops.workshop.Workshop;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation at the end: every participant (guests too) gives one while the workshop runs and may change it;
 * the facilitators see a summary without who said what.
 */
@Service
public class EvaluationService {

    private final SheetAccess sheets;
    private final WorkshopAccess access;
    private final Evaluations evaluations;
    private final Clock clock;

    EvaluationService(SheetAccess sheets, WorkshopAccess access, Evaluations evaluations, Clock clock) {
        this.sheets = sheets;
        this.access = access;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @Transactional
    EvaluationView give(UUID workshopId, EvaluationDetails details) {
        Actor actor = Actor.current();
        Workshop workshop = sheets.running(workshopId, actor);
        Participant participant = access.participation(workshop, actor);
        Evaluation evaluation = evaluations
                .findByParticipantId(participant.id())
                .map(existing -> {
                    existing.revise(workshop, details, clock.instant());
                    return existing;
                })
                .orElseGet(() -> Evaluation.give(workshop, participant, details, clock.instant()));
        return SheetWrites.save(evaluations, evaluation).view();
    }

    @Transactional(readOnly = true)
    EvaluationView mine(UUID workshopId) {
        Actor actor = Actor.current();
        Workshop workshop = access.visible(workshopId, actor);
        Participant participant = access.participation(workshop, actor);
        return evaluations
                .findByParticipantId(participant.id())
                .orElseThrow(() -> new NotFoundException("sheets.evaluation-not-found"))
                .view();
    }

    @Transactional(readOnly = true)
    public EvaluationSummary summary(UUID workshopId) {
        access.managed(workshopId, Actor.current());
        return EvaluationSummary.of(evaluations.findByWorkshopId(workshopId).stream()
                .map(Evaluation::view)
                .toList());
    }
}

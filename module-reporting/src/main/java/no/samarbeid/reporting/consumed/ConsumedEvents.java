package no.samarbeid.reporting.consumed;

import no.samarbeid.core.events.EventTypes;

/** The CloudEvents types reporting reads, each as its own record; every other type is skipped. */
public final class ConsumedEvents {

    private static final String WORKSHOPS = "no.samarbeid.workshops.";
    private static final String CORE = "no.samarbeid.core.";
    private static final String IMPACT = "no.samarbeid.impact.";

    public static final EventTypes TYPES = EventTypes.none()
            .and(WORKSHOPS + "WorkshopScheduled.v1", WorkshopScheduled.class)
            .and(WORKSHOPS + "WorkshopStarted.v1", WorkshopStarted.class)
            .and(WORKSHOPS + "WorkshopCompleted.v1", WorkshopCompleted.class)
            .and(WORKSHOPS + "WorkshopSharingChanged.v1", WorkshopSharingChanged.class)
            .and(WORKSHOPS + "SheetOpened.v1", SheetOpened.class)
            .and(WORKSHOPS + "NotePosted.v1", NotePosted.class)
            .and(WORKSHOPS + "NotesRevealed.v1", NotesRevealed.class)
            .and(WORKSHOPS + "NoteEdited.v1", NoteEdited.class)
            .and(WORKSHOPS + "NoteMoved.v1", NoteMoved.class)
            .and(WORKSHOPS + "NoteWithdrawn.v1", NoteWithdrawn.class)
            .and(WORKSHOPS + "NotesClustered.v1", NotesClustered.class)
            .and(WORKSHOPS + "VotesCast.v1", VotesCast.class)
            .and(WORKSHOPS + "EntrepreneurMentioned.v1", EntrepreneurMentioned.class)
            .and(WORKSHOPS + "PartnerRetracted.v1", PartnerRetracted.class)
            .and(WORKSHOPS + "CollaborationSketched.v1", CollaborationSketched.class)
            .and(WORKSHOPS + "EffectIdentified.v1", EffectIdentified.class)
            .and(WORKSHOPS + "MeasureProposed.v1", MeasureProposed.class)
            .and(WORKSHOPS + "MythAssessed.v1", MythAssessed.class)
            .and(WORKSHOPS + "NextStepAgreed.v1", NextStepAgreed.class)
            .and(WORKSHOPS + "ReflectionAnswered.v1", ReflectionAnswered.class)
            .and(CORE + "TenantOnboarded.v1", TenantOnboarded.class)
            .and(CORE + "TenantSharingChanged.v1", TenantSharingChanged.class)
            .and(IMPACT + "CollaborationStarted.v1", CollaborationStarted.class)
            .and(IMPACT + "CollaborationStageChanged.v1", CollaborationStageChanged.class)
            .and(IMPACT + "CollaborationRevised.v1", CollaborationRevised.class);

    private ConsumedEvents() {}
}

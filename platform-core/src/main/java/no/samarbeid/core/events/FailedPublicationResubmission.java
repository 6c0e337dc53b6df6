package no.samarbeid.core.events;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications that did not complete, e.g. while the broker was down, so nothing is lost; consumers
 * are idempotent, so a publication sent twice changes nothing.
 */
@Component
class FailedPublicationResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration minimumAge;

    FailedPublicationResubmission(
            IncompleteEventPublications incomplete,
            @Value("${samarbeid.events.resubmit-after:PT30S}") Duration minimumAge) {
        this.incomplete = incomplete;
        this.minimumAge = minimumAge;
    }

    @Scheduled(
            initialDelayString = "${samarbeid.events.resubmit-interval:PT10S}",
            fixedDelayString = "${samarbeid.events.resubmit-interval:PT10S}")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(minimumAge);
    }
}

package no.samarbeid.core.events;

import java.time.Duration;
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

    FailedPublicationResubmission(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(
            initialDelayString = "${samarbeid.events.resubmit-interval:PT10S}",
            fixedDelayString = "${samarbeid.events.resubmit-interval:PT10S}")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofSeconds(30));
    }
}

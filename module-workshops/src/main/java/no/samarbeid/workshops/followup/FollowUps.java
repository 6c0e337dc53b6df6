package no.samarbeid.workshops.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current municipality's open next steps, for the console of its next workshop and the staff's start page. */
@Service
public class FollowUps {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final FollowUpSteps steps;
    private final Clock clock;

    FollowUps(FollowUpSteps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    /** The open steps agreed on anywhere but at this workshop (whose own steps are on its sheet 10). */
    @Transactional(readOnly = true)
    public List<FollowUp> toReviewAt(UUID workshopId) {
        TenantContext.require();
        return steps.open(workshopId, today());
    }

    /** The open steps that are past their due date. */
    @Transactional(readOnly = true)
    public List<FollowUp> overdue() {
        TenantContext.require();
        return steps.open(null, today()).stream().filter(FollowUp::overdue).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NORWAY));
    }
}

package no.samarbeid.workshops.templates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The procurement rules in force on a date (today in Norway by default), as the myths sheet quotes them. */
@RestController
class ProcurementRuleApi {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final ProcurementRules rules;
    private final Clock clock;

    ProcurementRuleApi(ProcurementRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping("/api/procurement-rules")
    @PreAuthorize(TemplateApi.READERS)
    List<ProcurementRule> currentOn(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return rules.currentOn(date == null ? LocalDate.now(clock.withZone(NORWAY)) : date);
    }
}

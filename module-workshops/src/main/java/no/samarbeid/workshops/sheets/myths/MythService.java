package no.samarbeid.workshops.sheets.myths;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.workshops.sheets.SheetAccess;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.SheetTemplates;
import no.samarbeid.workshops.templates.Myth;
import no.samarbeid.workshops.templates.ProcurementRules;
import no.samarbeid.workshops.workshop.Actor;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The myths sheet (9): the template's myths with the procurement rules in force today (Norwegian time), and each
 * table's assessments of them and of other myths it names.
 */
@Service
public class MythService {

    private final SheetAccess access;
    private final WorkshopAccess workshops;
    private final SheetTemplates templates;
    private final ProcurementRules rules;
    private final MythAssessments assessments;
    private final Clock clock;

    MythService(
            SheetAccess access,
            WorkshopAccess workshops,
            SheetTemplates templates,
            ProcurementRules rules,
            MythAssessments assessments,
            Clock clock) {
        this.access = access;
        this.workshops = workshops;
        this.templates = templates;
        this.rules = rules;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    MythCatalogView catalog(UUID workshopId) {
        workshops.visible(workshopId, Actor.current());
        LocalDate today = LocalDate.now(clock.withZone(SheetAccess.NORWAY));
        return new MythCatalogView(
                today,
                templates.myths(workshopId).stream()
                        .map(myth -> new MythCatalogView.Entry(
                                myth.key(),
                                myth.text(),
                                myth.ruleKeys().stream()
                                        .flatMap(key -> rules.current(key, today).stream())
                                        .toList()))
                        .toList());
    }

    @Transactional
    public MythAssessmentView assess(UUID workshopId, UUID tableId, String mythKey, MythVerdict verdict) {
        SheetScope scope = access.writable(workshopId, tableId);
        if (templates.myths(workshopId).stream().map(Myth::key).noneMatch(mythKey::equals)) {
            throw new NotFoundException("sheets.myth-not-found", mythKey);
        }
        MythAssessment assessment = assessments
                .findByTableIdAndMythKey(tableId, mythKey)
                .filter(existing -> existing.belongsTo(scope))
                .map(existing -> {
                    existing.reassess(scope, verdict, clock.instant());
                    return existing;
                })
                .orElseGet(() -> MythAssessment.of(scope, mythKey, verdict, clock.instant()));
        return assessments.store(assessment).view();
    }

    @Transactional
    public MythAssessmentView nameOther(UUID workshopId, UUID tableId, String text, MythVerdict verdict) {
        SheetScope scope = access.writable(workshopId, tableId);
        return assessments
                .store(MythAssessment.other(scope, text, verdict, clock.instant()))
                .view();
    }

    @Transactional
    public MythAssessmentView rewordOther(
            UUID workshopId, UUID tableId, UUID otherId, String text, MythVerdict verdict) {
        SheetScope scope = access.writable(workshopId, tableId);
        MythAssessment other = assessments
                .findById(otherId)
                .filter(assessment -> assessment.belongsTo(scope) && assessment.isOther())
                .orElseThrow(() -> new NotFoundException("sheets.myth-not-found", otherId));
        other.reword(scope, text, verdict, clock.instant());
        return assessments.store(other).view();
    }

    @Transactional(readOnly = true)
    public MythSheetView sheet(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        List<MythAssessmentView> all =
                assessments.allAt(scope).stream().map(MythAssessment::view).toList();
        return new MythSheetView(
                all.stream().filter(a -> a.mythKey() != null).toList(),
                all.stream().filter(a -> a.mythKey() == null).toList());
    }
}

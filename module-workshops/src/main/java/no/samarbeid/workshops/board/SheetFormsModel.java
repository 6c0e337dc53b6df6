package no.samarbeid.workshops.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.workshops.sheets.SheetAccess;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.workshop.TableView;
import no.samarbeid.workshops.workshop.TemplateSnapshots;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import no.samarbeid.workshops.workshop.WorkshopService;
import no.samarbeid.workshops.workshop.WorkshopStatus;
import no.samarbeid.workshops.workshop.WorkshopView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the board shows of the open sheet's structured forms (sheets 5-10): the workshop, table and sheet, whether
 * the table may still write (the workshop runs), the titles of the sheet's zones, and what the table has entered.
 */
@Component
class SheetFormsModel {

    private final WorkshopService workshops;
    private final TemplateSnapshots templates;
    private final SheetEntries entries;
    private final Clock clock;

    SheetFormsModel(WorkshopService workshops, TemplateSnapshots templates, SheetEntries entries, Clock clock) {
        this.workshops = workshops;
        this.templates = templates;
        this.entries = entries;
        this.clock = clock;
    }

    /** In one read-only transaction, so the tenant is set for every read. */
    @Transactional(readOnly = true)
    void fill(Model model, UUID workshopId, UUID tableId, FormState state) {
        WorkshopView workshop = workshops.get(workshopId);
        TableView table = workshop.tables().stream()
                .filter(candidate -> candidate.id().equals(tableId))
                .findFirst()
                .orElseThrow(WorkshopAccess::notFound);
        Sheet sheet = table.sheetKey() == null
                ? null
                : templates.template(workshopId).sheet(table.sheetKey()).orElse(null);
        String base = "/workshops/" + workshopId + "/bord/" + tableId;
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("workshop", workshop);
        model.addAttribute("table", table);
        model.addAttribute("sheet", sheet);
        model.addAttribute("base", base);
        model.addAttribute("forms", base + "/ark");
        model.addAttribute("formState", state);
        model.addAttribute("writable", WorkshopStatus.RUNNING.name().equals(workshop.status()));
        model.addAttribute("sheetKind", sheet == null ? "" : sheet.kind().name());
        model.addAttribute("zoneTitles", zoneTitles(sheet, locale));
        if (sheet != null) {
            LocalDate today = LocalDate.now(clock.withZone(SheetAccess.NORWAY));
            LocalDate day = workshop.date() == null ? today : workshop.date();
            entries.fill(model, workshopId, tableId, sheet.kind(), new SheetEntries.Days(day, today), locale);
        }
    }

    /** The titles of the sheet's zones by key, in the locale's language. */
    private static Map<String, String> zoneTitles(@Nullable Sheet sheet, Locale locale) {
        Map<String, String> titles = new LinkedHashMap<>();
        if (sheet != null) {
            sheet.zones().forEach(zone -> titles.put(zone.key(), zone.title().in(locale)));
        }
        return titles;
    }
}

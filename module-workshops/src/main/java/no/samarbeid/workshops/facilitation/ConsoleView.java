package no.samarbeid.workshops.facilitation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samarbeid.workshops.templates.LocalizedText;
import no.samarbeid.workshops.templates.ResolvedTemplate;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.workshop.AgendaView;
import no.samarbeid.workshops.workshop.WorkshopStatus;
import no.samarbeid.workshops.workshop.WorkshopView;

/**
 * What the facilitator's console shows: the workshop, its join code and link, the QR code of the link, the path of
 * its signed projector link, and its agenda as rows with the pinned template's sheet numbers and titles, followed by
 * the template's sheets left out.
 */
record ConsoleView(
        WorkshopView workshop,
        String joinCode,
        String joinLink,
        String joinQr,
        String projectorLink,
        ResolvedTemplate template,
        List<Row> agenda,
        List<Row> leftOut) {

    /** A sheet of the pinned template: on the agenda (with its minutes there) or left out (with suggested minutes). */
    record Row(String sheetKey, int number, LocalizedText title, int minutes, boolean opened) {

        public String label(Locale locale) {
            return number + ". " + title.in(locale);
        }
    }

    static ConsoleView of(
            WorkshopView workshop, String joinCode, String joinLink, String projectorLink, ResolvedTemplate template) {
        Map<String, Sheet> sheets =
                template.sheets().stream().collect(Collectors.toMap(Sheet::key, Function.identity()));
        List<Row> agenda = workshop.agenda().stream()
                .filter(item -> sheets.containsKey(item.sheetKey()))
                .map(item -> row(
                        sheets.get(item.sheetKey()),
                        item.minutes(),
                        workshop.openedSheets().contains(item.sheetKey())))
                .toList();
        Set<String> planned =
                workshop.agenda().stream().map(AgendaView::sheetKey).collect(Collectors.toSet());
        List<Row> leftOut = template.sheets().stream()
                .filter(sheet -> !planned.contains(sheet.key()))
                .map(sheet -> row(sheet, sheet.minutes(), false))
                .toList();
        return new ConsoleView(
                workshop, joinCode, joinLink, JoinQrCode.dataUri(joinLink), projectorLink, template, agenda, leftOut);
    }

    /** The sheet's number and title in the pinned template, or its key if the template lacks it. */
    public String sheetLabel(String sheetKey, Locale locale) {
        return agenda.stream()
                .filter(row -> row.sheetKey().equals(sheetKey))
                .findFirst()
                .map(row -> row.label(locale))
                .orElse(sheetKey);
    }

    /** The join code in groups of four for reading aloud, e.g. {@code 426Q U2P2 GN} (accepted with or without spaces). */
    public String groupedCode() {
        return joinCode.replaceAll("(.{4})(?=.)", "$1 ");
    }

    /** The join link without its code, for people who type it in. */
    public String joinAddress() {
        int query = joinLink.indexOf('?');
        return query < 0 ? joinLink : joinLink.substring(0, query);
    }

    /** The minutes of the agenda's sheets together. */
    public int agendaMinutes() {
        return agenda.stream().mapToInt(Row::minutes).sum();
    }

    /** Whether the agenda can still change: not once the workshop is completed. */
    public boolean adjustable() {
        return !workshop.status().equals(WorkshopStatus.COMPLETED.name())
                && !workshop.status().equals(WorkshopStatus.ARCHIVED.name());
    }

    /** The template's name: a variant's own name, or the edition's title and version. */
    public String templateName(Locale locale) {
        String variant = template.variantName();
        return variant != null
                ? variant
                : template.title().in(locale) + " "
                        + template.reference().substring(template.reference().indexOf(':') + 1);
    }

    private static Row row(Sheet sheet, int minutes, boolean opened) {
        return new Row(sheet.key(), sheet.number(), sheet.title(), minutes, opened);
    }
}

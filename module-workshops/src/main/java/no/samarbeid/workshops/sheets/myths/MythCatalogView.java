package no.samarbeid.workshops.sheets.myths;

import java.time.LocalDate;
import java.util.List;
import no.samarbeid.workshops.templates.LocalizedText;
import no.samarbeid.workshops.templates.ProcurementRule;

/** The myths of a workshop's template, each with the procurement rules it refers to as in force on {@code rulesOn}. */
record MythCatalogView(LocalDate rulesOn, List<Entry> myths) {

    /** A myth with its text in nb, nn and en, and the rules in force. */
    record Entry(String key, LocalizedText text, List<ProcurementRule> rules) {}
}

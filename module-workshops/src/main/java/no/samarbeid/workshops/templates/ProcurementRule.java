package no.samarbeid.workshops.templates;

import java.time.LocalDate;

/**
 * A procurement rule the myths sheet quotes, valid from a date until a later rule with the same key replaces it:
 * e.g. a threshold in NOK excluding VAT, with its source and its explanation in nb, nn and en.
 */
public record ProcurementRule(
        String key, LocalizedText title, long amountNok, LocalDate validFrom, RuleSource source, LocalizedText text) {

    public ProcurementRule {
        Copies.required(key, "A rule's key");
        Copies.required(title, "The title of rule " + key);
        Copies.required(validFrom, "The start of rule " + key);
        Copies.required(source, "The source of rule " + key);
        Copies.required(text, "The text of rule " + key);
        if (amountNok < 0) {
            throw new IllegalArgumentException("Rule " + key + " has a negative amount");
        }
    }
}

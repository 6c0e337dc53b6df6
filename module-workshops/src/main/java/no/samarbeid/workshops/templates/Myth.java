package no.samarbeid.workshops.templates;

import java.util.List;

/**
 * A myth about public procurement with a stable key ({@code myth-1} ...), also usable as a zone key for notes on it,
 * and the keys of the {@link ProcurementRule procurement rules} that bust or explain it.
 */
public record Myth(String key, LocalizedText text, List<String> ruleKeys) {

    public Myth {
        Copies.required(key, "A myth's key");
        Copies.required(text, "The text of myth " + key);
        ruleKeys = Copies.of(ruleKeys);
    }
}

package no.samarbeid.workshops.templates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The procurement rules as dated configuration ({@value #LOCATION}): each key may have several rules over time, and
 * the one in force on a date is the one with the latest {@code validFrom} on or before it.
 */
@Component
public class ProcurementRules {

    static final String LOCATION = "templates/method/procurement-rules.json";

    private final List<ProcurementRule> rules;

    ProcurementRules() {
        this(TemplateJson.read(new ClassPathResource(LOCATION), RuleFile.class).rules());
    }

    ProcurementRules(List<ProcurementRule> rules) {
        this.rules = rules.stream()
                .sorted(Comparator.comparing(ProcurementRule::key).thenComparing(ProcurementRule::validFrom))
                .toList();
        for (int i = 1; i < this.rules.size(); i++) {
            ProcurementRule previous = this.rules.get(i - 1);
            ProcurementRule rule = this.rules.get(i);
            if (previous.key().equals(rule.key()) && previous.validFrom().equals(rule.validFrom())) {
                throw new IllegalStateException("Two rules " + rule.key() + " from " + rule.validFrom());
            }
        }
    }

    /** Every rule, by key and date. */
    public List<ProcurementRule> all() {
        return rules;
    }

    public boolean knows(String key) {
        return rules.stream().anyMatch(rule -> rule.key().equals(key));
    }

    /** The rule with the key in force on the date, if it was in force by then. */
    public Optional<ProcurementRule> current(String key, LocalDate date) {
        return rules.stream()
                .filter(rule -> rule.key().equals(key) && !rule.validFrom().isAfter(date))
                .max(Comparator.comparing(ProcurementRule::validFrom));
    }

    /** The rules in force on the date, one per key, by amount. */
    public List<ProcurementRule> currentOn(LocalDate date) {
        Set<String> keys = new LinkedHashSet<>();
        rules.forEach(rule -> keys.add(rule.key()));
        return keys.stream()
                .flatMap(key -> current(key, date).stream())
                .sorted(Comparator.comparingLong(ProcurementRule::amountNok))
                .toList();
    }

    /** The resource's shape. */
    record RuleFile(List<ProcurementRule> rules) {}
}

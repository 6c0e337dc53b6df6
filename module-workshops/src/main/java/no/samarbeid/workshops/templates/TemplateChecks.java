package no.samarbeid.workshops.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a national edition must satisfy beyond complete texts (which {@link LocalizedText} enforces): well-formed,
 * unique keys, sheets numbered in order with sensible minutes, and myths that quote known procurement rules.
 */
public final class TemplateChecks {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 180;
    private static final Pattern KEY = TemplateReference.KEY;

    private TemplateChecks() {}

    /** The problems of the template, empty when it is sound. */
    static List<String> problems(Template template, ProcurementRules rules) {
        List<String> problems = new ArrayList<>();
        String name = template.key() + ":" + template.version();
        try {
            template.reference();
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage());
        }
        if (template.sheets().isEmpty()) {
            problems.add(name + " has no sheets");
        }
        FacilitatorGuide guide = template.guide();
        if (guide.minParticipants() < 1 || guide.minParticipants() > guide.maxParticipants()) {
            problems.add(name + ": participants per table must be a range from 1");
        }
        keys(
                name + " guide sections",
                guide.sections().stream().map(GuideSection::key).toList(),
                problems);
        keys(
                name + " start-up steps",
                guide.startUp().steps().stream().map(KeyedText::key).toList(),
                problems);
        keys(name + " sheets", template.sheets().stream().map(Sheet::key).toList(), problems);
        for (int i = 0; i < template.sheets().size(); i++) {
            sheet(name, i + 1, template.sheets().get(i), rules, problems);
        }
        return problems;
    }

    private static void sheet(String name, int position, Sheet sheet, ProcurementRules rules, List<String> problems) {
        String where = name + " sheet " + sheet.key();
        if (sheet.number() != position) {
            problems.add(where + " has number " + sheet.number() + " at position " + position);
        }
        if (sheet.minutes() < MIN_MINUTES || sheet.minutes() > MAX_MINUTES) {
            problems.add(where + " has " + sheet.minutes() + " minutes");
        }
        List<String> places =
                new ArrayList<>(sheet.zones().stream().map(Zone::key).toList());
        sheet.myths().forEach(myth -> places.add(myth.key()));
        keys(where + " zones and myths", places, problems);
        keys(
                where + " benefit types",
                sheet.benefitTypes().stream().map(KeyedText::key).toList(),
                problems);
        if (sheet.kind() == SheetKind.MYTHS && sheet.myths().isEmpty()) {
            problems.add(where + " is a myths sheet without myths");
        }
        if (sheet.kind() == SheetKind.EFFECTS && sheet.benefitTypes().isEmpty()) {
            problems.add(where + " is an effects sheet without benefit types");
        }
        for (Myth myth : sheet.myths()) {
            myth.ruleKeys().stream()
                    .filter(rule -> !rules.knows(rule))
                    .forEach(rule -> problems.add(where + " myth " + myth.key() + " quotes unknown rule " + rule));
        }
    }

    private static void keys(String where, List<String> keys, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!KEY.matcher(key).matches()) {
                problems.add(where + ": malformed key «" + key + "»");
            }
            if (!seen.add(key)) {
                problems.add(where + ": duplicate key «" + key + "»");
            }
        }
    }
}

package no.samarbeid.workshops.templates.variants;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samarbeid.workshops.templates.Template;
import org.springframework.util.MultiValueMap;

/**
 * Reads the variant editor's form into a {@link VariantDraft}. Every sheet posts its key in {@code sheet} (in the
 * order shown), {@code include} when kept, and {@code minutes.<key>}, {@code title.<language>.<key>},
 * {@code instructions.<language>.<key>} and {@code tips.<language>.<key>}. Keys the base does not know are ignored;
 * base sheets the form lacks are left out.
 */
final class VariantForm {

    private VariantForm() {}

    static VariantDraft read(MultiValueMap<String, String> form, Template base) {
        Set<String> included = new HashSet<>(form.getOrDefault("include", List.of()));
        Set<String> seen = new HashSet<>();
        List<SheetDraft> sheets = new ArrayList<>();
        for (String key : form.getOrDefault("sheet", List.of())) {
            if (base.sheet(key).isPresent() && seen.add(key)) {
                sheets.add(new SheetDraft(
                        key,
                        included.contains(key),
                        value(form, "minutes." + key),
                        text(form, "title", key),
                        text(form, "instructions", key),
                        text(form, "tips", key)));
            }
        }
        base.sheets().stream()
                .filter(sheet -> !seen.contains(sheet.key()))
                .forEach(sheet -> sheets.add(SheetDraft.of(sheet, false)));
        return new VariantDraft(value(form, "name"), sheets);
    }

    private static DraftText text(MultiValueMap<String, String> form, String field, String key) {
        return new DraftText(
                value(form, field + ".nb." + key),
                value(form, field + ".nn." + key),
                value(form, field + ".en." + key));
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}

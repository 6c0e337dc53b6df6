package no.samarbeid.registry.entries;

import java.util.ArrayList;
import java.util.List;
import no.samarbeid.core.reference.InvalidReferenceException;
import no.samarbeid.core.reference.Theme;
import no.samarbeid.core.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * The programme's own profile of an entry: what it does and for whom, its themes (keys of {@link Theme}), where it
 * delivers, its public contact and links to evidence of its impact. Every field is checked, refusals name it.
 */
public record Profile(
        String description,
        List<String> services,
        List<String> themes,
        List<String> targetGroups,
        Reach reach,
        @Nullable String website,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        List<String> evidence) {

    public static final int MAX_DESCRIPTION = 2000;

    public Profile {
        services = List.copyOf(services);
        themes = List.copyOf(themes);
        targetGroups = List.copyOf(targetGroups);
        evidence = List.copyOf(evidence);
    }

    static Profile empty() {
        return new Profile(
                "",
                List.of(),
                List.of(),
                List.of(),
                new Reach(false, List.of(), List.of()),
                null,
                null,
                null,
                List.of());
    }

    /** The profile of outside input; {@code field} is its JSON path (e.g. {@code profile}). */
    static Profile of(String field, ProfileInput input) {
        List<String> themeKeys = new ArrayList<>();
        List<String> given = input.themes() == null ? List.of() : input.themes();
        for (int i = 0; i < given.size(); i++) {
            try {
                String key = Theme.fromKey(String.valueOf(given.get(i))).key();
                if (!themeKeys.contains(key)) {
                    themeKeys.add(key);
                }
            } catch (InvalidReferenceException e) {
                throw new InvalidFieldException(field + ".themes[" + i + "]", "registry.theme", given.get(i));
            }
        }
        List<String> evidence = new ArrayList<>();
        List<String> links = Fields.texts(field + ".evidence", input.evidence(), 300, 10);
        for (int i = 0; i < links.size(); i++) {
            evidence.add(Fields.link(field + ".evidence[" + i + "]", links.get(i)));
        }
        return new Profile(
                Fields.optional(field + ".description", input.description(), MAX_DESCRIPTION),
                Fields.texts(field + ".services", input.services(), 200, 20),
                themeKeys,
                Fields.texts(field + ".targetGroups", input.targetGroups(), 120, 20),
                Reach.of(
                        field + ".reach",
                        Boolean.TRUE.equals(input.reachNational()),
                        input.reachCounties(),
                        input.reachMunicipalities()),
                Fields.link(field + ".website", input.website()),
                Fields.email(field + ".contactEmail", input.contactEmail()),
                Fields.phone(field + ".contactPhone", input.contactPhone()),
                evidence);
    }

    /** The names of the fields that differ from {@code other}. */
    List<String> differences(Profile other) {
        List<String> fields = new ArrayList<>();
        if (!description.equals(other.description)) fields.add("description");
        if (!services.equals(other.services)) fields.add("services");
        if (!themes.equals(other.themes)) fields.add("themes");
        if (!targetGroups.equals(other.targetGroups)) fields.add("targetGroups");
        if (!reach.equals(other.reach)) fields.add("reach");
        if (!java.util.Objects.equals(website, other.website)) fields.add("website");
        if (!java.util.Objects.equals(contactEmail, other.contactEmail)) fields.add("contactEmail");
        if (!java.util.Objects.equals(contactPhone, other.contactPhone)) fields.add("contactPhone");
        if (!evidence.equals(other.evidence)) fields.add("evidence");
        return fields;
    }
}

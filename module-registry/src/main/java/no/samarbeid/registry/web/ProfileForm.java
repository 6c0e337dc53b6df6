package no.samarbeid.registry.web;

import java.util.Arrays;
import java.util.List;
import no.samarbeid.registry.entries.Profile;
import no.samarbeid.registry.entries.ProfileInput;
import org.jspecify.annotations.Nullable;

/**
 * The profile form of the entrepreneur's page: lists as one value per line
 * (municipalities also separated by commas or spaces), themes and counties as checkboxes.
 */
record ProfileForm(
        @Nullable String description,
        @Nullable String services,
        @Nullable List<String> themes,
        @Nullable String targetGroups,
        @Nullable Boolean reachNational,
        @Nullable List<String> reachCounties,
        @Nullable String reachMunicipalities,
        @Nullable String website,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String evidence) {

    static ProfileForm of(Profile profile) {
        return new ProfileForm(
                profile.description(),
                String.join("\n", profile.services()),
                profile.themes(),
                String.join("\n", profile.targetGroups()),
                profile.reach().national(),
                profile.reach().counties(),
                String.join(", ", profile.reach().municipalities()),
                profile.website(),
                profile.contactEmail(),
                profile.contactPhone(),
                String.join("\n", profile.evidence()));
    }

    ProfileInput input() {
        return new ProfileInput(
                description,
                lines(services),
                themes == null ? List.of() : themes,
                lines(targetGroups),
                reachNational,
                reachCounties == null ? List.of() : reachCounties,
                reachMunicipalities == null || reachMunicipalities.isBlank()
                        ? List.of()
                        : Arrays.asList(reachMunicipalities.strip().split("[\\s,;]+")),
                blankToNull(website),
                blankToNull(contactEmail),
                blankToNull(contactPhone),
                lines(evidence));
    }

    /** Public, as the template calls it. */
    public boolean hasTheme(String key) {
        return themes != null && themes.contains(key);
    }

    /** Public, as the template calls it. */
    public boolean hasCounty(String number) {
        return reachCounties != null && reachCounties.contains(number);
    }

    /** The id of the form control a refused field (its JSON path, e.g. {@code profile.themes[1]}) points at. */
    static String controlOf(String field) {
        String path = field.startsWith("profile.") ? field.substring("profile.".length()) : field;
        if (path.startsWith("themes")) return "theme-0";
        if (path.startsWith("reach.counties")) return "county-0";
        if (path.startsWith("reach.municipalities")) return "reachMunicipalities";
        if (path.startsWith("reach")) return "reachNational";
        return path.split("[.\\[]", 2)[0];
    }

    private static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

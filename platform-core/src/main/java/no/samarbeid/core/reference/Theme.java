package no.samarbeid.core.reference;

import java.util.Arrays;
import java.util.Locale;

/**
 * The programme's fixed taxonomy of social themes, shared by the registry (what an entrepreneur works on), impact (what
 * a collaboration is about) and national insight (facets and research tables). The key is the stable identifier on
 * the wire and in storage; display names are the message keys {@code theme.<key>} in the {@code reference} bundle.
 */
public enum Theme {
    WORK_INCLUSION("arbeidsinkludering"),
    EXCLUSION("utenforskap"),
    INTEGRATION("integrering"),
    HEALTH("helse"),
    CHILDREN_AND_YOUTH("oppvekst-og-ungdom"),
    ELDERLY("eldre"),
    ENVIRONMENT("miljo"),
    CULTURE("kultur"),
    EDUCATION("utdanning"),
    HOUSING("bolig"),
    DISABILITY("funksjonsnedsettelse"),
    PUBLIC_HEALTH_AND_SPORT("folkehelse-og-idrett");

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    /** The stable key, e.g. {@code arbeidsinkludering}. */
    public String key() {
        return key;
    }

    /** The message key of the theme's display name. */
    public String messageKey() {
        return "theme." + key;
    }

    /** Parses outside input (a key, case-insensitive), or throws {@link InvalidReferenceException}. */
    public static Theme fromKey(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(theme -> theme.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidReferenceException("theme.unknown", value));
    }
}

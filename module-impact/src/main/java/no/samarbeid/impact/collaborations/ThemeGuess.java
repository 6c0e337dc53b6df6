package no.samarbeid.impact.collaborations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samarbeid.core.reference.Theme;

/**
 * The theme a sketch's own words point to (its sector, then how it works), by word stems of the taxonomy; none when
 * nothing fits, and the municipality chooses. The first matching stem wins, so "folkehelse" comes before "helse".
 */
final class ThemeGuess {

    private static final Map<String, Theme> STEMS = new LinkedHashMap<>();

    static {
        STEMS.put("folkehelse", Theme.PUBLIC_HEALTH_AND_SPORT);
        STEMS.put("idrett", Theme.PUBLIC_HEALTH_AND_SPORT);
        STEMS.put("funksjonsned", Theme.DISABILITY);
        STEMS.put("funksjonshem", Theme.DISABILITY);
        STEMS.put("arbeid", Theme.WORK_INCLUSION);
        STEMS.put("jobb", Theme.WORK_INCLUSION);
        STEMS.put("sysselset", Theme.WORK_INCLUSION);
        STEMS.put("eldre", Theme.ELDERLY);
        STEMS.put("sykehjem", Theme.ELDERLY);
        STEMS.put("helse", Theme.HEALTH);
        STEMS.put("omsorg", Theme.HEALTH);
        STEMS.put("oppvekst", Theme.CHILDREN_AND_YOUTH);
        STEMS.put("ungdom", Theme.CHILDREN_AND_YOUTH);
        STEMS.put("barn", Theme.CHILDREN_AND_YOUTH);
        STEMS.put("integrer", Theme.INTEGRATION);
        STEMS.put("flyktning", Theme.INTEGRATION);
        STEMS.put("innvandr", Theme.INTEGRATION);
        STEMS.put("utdann", Theme.EDUCATION);
        STEMS.put("skole", Theme.EDUCATION);
        STEMS.put("opplæring", Theme.EDUCATION);
        STEMS.put("bolig", Theme.HOUSING);
        STEMS.put("miljø", Theme.ENVIRONMENT);
        STEMS.put("klima", Theme.ENVIRONMENT);
        STEMS.put("gjenbruk", Theme.ENVIRONMENT);
        STEMS.put("kultur", Theme.CULTURE);
        STEMS.put("utenforskap", Theme.EXCLUSION);
        STEMS.put("ensom", Theme.EXCLUSION);
    }

    private ThemeGuess() {}

    static Optional<Theme> of(String... texts) {
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (var stem : STEMS.entrySet()) {
                if (lower.contains(stem.getKey())) {
                    return Optional.of(stem.getValue());
                }
            }
        }
        return Optional.empty();
    }
}

package no.samarbeid.reporting.indexing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samarbeid.core.reference.Theme;

/**
 * The themes a text is about, by word stems of the shared taxonomy (bokmål and nynorsk): a transparent rule, not a
 * model, so a coordinator can see why a note counts under a theme. Workshop events carry no theme of their own.
 */
final class Themes {

    private static final Map<Theme, List<String>> STEMS = Map.ofEntries(
            Map.entry(Theme.WORK_INCLUSION, List.of("arbeid", "jobb", "praksis", "sysselset", "nav", "lonn")),
            Map.entry(Theme.EXCLUSION, List.of("utenfor", "utanfor", "ensom", "einsam", "fattig")),
            Map.entry(Theme.INTEGRATION, List.of("integrer", "innvandr", "flyktning", "sprak", "minoritet")),
            Map.entry(Theme.HEALTH, List.of("helse", "rus", "psykisk", "omsorg", "sykehjem", "sjukeheim")),
            Map.entry(Theme.CHILDREN_AND_YOUTH, List.of("barn", "ungdom", "skole", "skule", "oppvekst", "unge")),
            Map.entry(Theme.ELDERLY, List.of("eldre", "senior", "pensjon")),
            Map.entry(Theme.ENVIRONMENT, List.of("miljo", "klima", "gjenbruk", "ombruk", "avfall")),
            Map.entry(Theme.CULTURE, List.of("kultur", "musikk", "kunst", "bibliotek")),
            Map.entry(Theme.EDUCATION, List.of("utdann", "opplaering", "kurs", "laering")),
            Map.entry(Theme.HOUSING, List.of("bolig", "bustad", "husly", "bostot")),
            Map.entry(Theme.DISABILITY, List.of("funksjonsned", "uforhet", "tilrettelegg", "tilrettelegging")),
            Map.entry(Theme.PUBLIC_HEALTH_AND_SPORT, List.of("idrett", "folkehelse", "trening", "fysisk aktiv")));

    private Themes() {}

    /** The theme keys whose stems start a word of the text, in the taxonomy's order. */
    static List<String> of(String text) {
        String folded = fold(text);
        List<String> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            if (STEMS.get(theme).stream().anyMatch(stem -> startsAWord(folded, stem))) {
                themes.add(theme.key());
            }
        }
        return themes;
    }

    private static boolean startsAWord(String text, String stem) {
        int at = text.indexOf(stem);
        while (at >= 0) {
            if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
                return true;
            }
            at = text.indexOf(stem, at + 1);
        }
        return false;
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("å", "a");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}

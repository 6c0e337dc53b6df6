package no.samarbeid.support;

import java.util.List;

/** The 2017 edition of "Veier til samarbeid" as the tests use it: its reference and its ten sheets in order. */
public final class Method2017 {

    public static final String EDITION = "veier-til-samarbeid:2017";

    /** The ten sheets' keys in the edition's order. */
    public static final List<String> SHEETS = List.of(
            "purpose-and-rules",
            "why-collaborate",
            "meeting-points",
            "new-meeting-places",
            "potential-partners",
            "collaboration-sketch",
            "effects",
            "measuring",
            "procurement-myths",
            "next-steps");

    private Method2017() {}

    /** The sheets without one of them, in the edition's order. */
    public static List<String> sheetsWithout(String left) {
        return SHEETS.stream().filter(key -> !key.equals(left)).toList();
    }
}

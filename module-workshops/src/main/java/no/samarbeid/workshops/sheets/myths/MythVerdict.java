package no.samarbeid.workshops.sheets.myths;

import no.samarbeid.workshops.sheets.SheetText;

/** A table's verdict on a myth: whether it lives here, and what would bust it (optional). */
public record MythVerdict(MythLives lives, String buster) {

    static final int MAX_BUSTER = 1000;
    static final int MAX_OTHER_MYTH = 300;

    public MythVerdict {
        buster = SheetText.optional(buster, MAX_BUSTER, "sheets.myth-buster");
    }
}

package no.samarbeid.workshops.sheets.reflection;

import java.time.LocalDate;
import no.samarbeid.workshops.sheets.SheetText;

/** A next step a table agrees on: what, who owns it (a role or a name, as the table writes it) and by when. */
public record NextStepDetails(String text, String owner, LocalDate dueDate) {

    static final int MAX_TEXT = 500;
    static final int MAX_OWNER = 120;

    public NextStepDetails {
        text = SheetText.required(text, MAX_TEXT, "sheets.next-step-text");
        owner = SheetText.required(owner, MAX_OWNER, "sheets.next-step-owner");
    }
}

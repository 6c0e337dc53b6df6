package no.samarbeid.workshops.internal;

/** A sheet of the agenda, its timebox in minutes, and whether it has been opened (then it stays as it is). */
record AgendaView(String sheetKey, int minutes, boolean opened) {

    AgendaView(String sheetKey, int minutes) {
        this(sheetKey, minutes, false);
    }
}

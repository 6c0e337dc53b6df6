package no.samarbeid.workshops.workshop;

/** A sheet of the agenda and its timebox in minutes. */
public record AgendaView(String sheetKey, int minutes) {

    /** The fewest and most minutes a sheet may have on a workshop's agenda. */
    public static final int MIN_MINUTES = 1;

    public static final int MAX_MINUTES = 120;
}

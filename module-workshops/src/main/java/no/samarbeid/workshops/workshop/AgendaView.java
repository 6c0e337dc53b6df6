package no.samarbeid.workshops.workshop;

/** A sheet of the agenda and its timebox in minutes. */
public record AgendaView(String sheetKey, int minutes) {}

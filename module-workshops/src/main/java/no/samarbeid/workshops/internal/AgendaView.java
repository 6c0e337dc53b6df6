package no.samarbeid.workshops.internal;

/** A sheet of the agenda and its timebox in minutes. */
record AgendaView(String sheetKey, int minutes) {}

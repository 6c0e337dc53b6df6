package no.samarbeid.workshops.events;

import java.util.UUID;

/** A note as revealed to its table: no author, only the perspective it was written from. */
public record RevealedNote(UUID noteId, String zoneKey, String text, String perspective) {}

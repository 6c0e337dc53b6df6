package no.samarbeid.workshops.notes;

import java.util.List;
import java.util.UUID;

/** A cluster of notes: its heading and the notes in it that the caller may see. */
public record ClusterView(UUID id, String heading, List<UUID> noteIds) {}

package no.samarbeid.workshops.internal;

import java.util.List;
import java.util.UUID;

/** A cluster of notes: its heading and the notes in it that the caller may see. */
record ClusterView(UUID id, String heading, List<UUID> noteIds) {}

package no.samarbeid.workshops.live;

import org.jspecify.annotations.Nullable;

/** One server-sent event as a subscriber receives it: its id (if any), its name and its JSON data. */
record LiveMessage(@Nullable String id, String name, String data) {}

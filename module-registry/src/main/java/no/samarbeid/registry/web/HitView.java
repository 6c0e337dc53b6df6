package no.samarbeid.registry.web;

import java.util.List;

/** A search hit as the page shows it, with its labels in the page's language. */
record HitView(String organisationNumber, String name, String meta, String description, List<String> themes) {}

/**
 * Search in the register through Elasticsearch (Norwegian full text, facets, "who delivers in my municipality"),
 * fed by the registry's own events and rebuildable from its tables. Face: {@link
 * no.samarbeid.registry.search.EntrySearch}.
 */
@NullMarked
package no.samarbeid.registry.search;

import org.jspecify.annotations.NullMarked;

package no.samarbeid.registry.search;

import java.util.ArrayList;
import java.util.List;
import no.samarbeid.registry.entries.Entry;
import no.samarbeid.registry.entries.EntryService;
import no.samarbeid.registry.events.EntrepreneursMerged;
import no.samarbeid.registry.events.MentionLinked;
import no.samarbeid.registry.events.RegistryEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the search index from the register's own events, after their transaction commits (retried by the event
 * publication registry if Elasticsearch is down): the entry as it is now replaces its document.
 */
@Component
class SearchFeed {

    private final RegistryIndex index;
    private final EntryService entries;

    SearchFeed(RegistryIndex index, EntryService entries) {
        this.index = index;
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(RegistryEvent event) {
        if (event instanceof MentionLinked) {
            return;
        }
        List<Entry> changed = new ArrayList<>();
        entries.load(event.organisationNumber()).ifPresent(changed::add);
        if (event instanceof EntrepreneursMerged merged) {
            entries.load(merged.mergedOrganisationNumber()).ifPresent(changed::add);
        }
        index.index(changed);
    }
}

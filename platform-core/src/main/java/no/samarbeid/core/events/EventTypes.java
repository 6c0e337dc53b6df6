package no.samarbeid.core.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event records a consumer understands, by their CloudEvents type (e.g.
 * {@code no.samarbeid.workshops.WorkshopScheduled.v1}); the records come from the producers' {@code events} packages.
 */
public final class EventTypes {

    private final Map<String, Class<? extends DomainEvent>> byType;

    private EventTypes(Map<String, Class<? extends DomainEvent>> byType) {
        this.byType = Map.copyOf(byType);
    }

    @SafeVarargs
    public static EventTypes of(Class<? extends DomainEvent>... events) {
        Map<String, Class<? extends DomainEvent>> byType = new LinkedHashMap<>();
        for (Class<? extends DomainEvent> event : events) {
            if (byType.put(CloudEvents.type(event), event) != null) {
                throw new IllegalArgumentException("Event type listed twice: " + CloudEvents.type(event));
            }
        }
        return new EventTypes(byType);
    }

    /** The record of a type, or empty for types this consumer does not know (it skips them). */
    public Optional<Class<? extends DomainEvent>> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public Set<String> types() {
        return byType.keySet();
    }
}

package no.samarbeid.core.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event records a consumer understands, by their CloudEvents type (e.g.
 * {@code no.samarbeid.workshops.WorkshopScheduled.v1}). A producer's own records map by their class ({@link #of});
 * another module's events are read as the consumer's own records under the producer's type name ({@link #and}), so
 * no module needs another module's jar (tolerant reader).
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

    /** No types yet; add them with {@link #and}. */
    public static EventTypes none() {
        return new EventTypes(Map.of());
    }

    /**
     * These types and one more: {@code type} (the producer's CloudEvents type, e.g.
     * {@code no.samarbeid.workshops.NotePosted.v1}) read as the consumer's own {@code record}.
     */
    public EventTypes and(String type, Class<? extends DomainEvent> record) {
        Map<String, Class<? extends DomainEvent>> more = new LinkedHashMap<>(byType);
        if (more.put(type, record) != null) {
            throw new IllegalArgumentException("Event type listed twice: " + type);
        }
        return new EventTypes(more);
    }

    /** The record of a type, or empty for types this consumer does not know (it skips them). */
    public Optional<Class<? extends DomainEvent>> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public Set<String> types() {
        return byType.keySet();
    }
}

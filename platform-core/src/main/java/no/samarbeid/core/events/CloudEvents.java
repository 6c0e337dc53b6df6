package no.samarbeid.core.events;

import java.util.Map;

/**
 * The CloudEvents 1.0 Kafka binary-mode envelope of our events: {@code ce_*} headers, JSON data, the record key is
 * the tenant.
 */
public final class CloudEvents {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String TENANT = "ce_tenant";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEvents() {}

    /** The versioned type, e.g. {@code no.samarbeid.workshops.WorkshopScheduled.v1}. */
    public static String type(Class<?> event) {
        EventVersion version = event.getAnnotation(EventVersion.class);
        return "no.samarbeid." + module(event) + "." + event.getSimpleName() + ".v"
                + (version == null ? 1 : version.value());
    }

    /** The source, e.g. {@code /samarbeid/workshops}. */
    public static String source(Class<?> event) {
        return "/samarbeid/" + module(event);
    }

    /** The headers of one event. */
    public static Map<String, Object> headers(DomainEvent event) {
        return Map.of(
                ID, event.eventId().toString(),
                SOURCE, source(event.getClass()),
                TYPE, type(event.getClass()),
                SPEC_VERSION, "1.0",
                TIME, event.occurredAt().toString(),
                TENANT, event.tenantId().toString(),
                CONTENT_TYPE, "application/json");
    }

    private static String module(Class<?> event) {
        String name = event.getPackageName();
        if (!name.startsWith("no.samarbeid.")) {
            throw new IllegalArgumentException("Not an event of the platform: " + event.getName());
        }
        return name.substring("no.samarbeid.".length()).split("\\.")[0];
    }
}

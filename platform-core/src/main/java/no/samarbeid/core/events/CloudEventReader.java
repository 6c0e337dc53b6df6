package no.samarbeid.core.events;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CloudEvents binary-mode record: {@code ce_type} picks the event record, {@code ce_id} and
 * {@code ce_tenant} must agree with its data, and the JSON data is read leniently (unknown fields are ignored, so
 * producers may add fields). Header values are taken raw or JSON-quoted. Records of unknown types are skipped;
 * records that cannot be read throw {@link MalformedEventException}.
 */
public final class CloudEventReader {

    private static final Logger LOG = LoggerFactory.getLogger(CloudEventReader.class);

    private final JsonMapper json;

    public CloudEventReader(JsonMapper json) {
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The event of a record, or empty when its type is not one of {@code types}. */
    public Optional<CloudEvent> read(ConsumerRecord<?, byte[]> record, EventTypes types) {
        String type = required(record, CloudEvents.TYPE);
        Optional<Class<? extends DomainEvent>> event = types.find(type);
        if (event.isEmpty()) {
            LOG.debug("Skipping {} of unknown type {}", where(record), type);
            return Optional.empty();
        }
        String id = required(record, CloudEvents.ID);
        String tenant = header(record.headers(), CloudEvents.TENANT);
        DomainEvent data = data(record, event.get());
        if (!id.equals(String.valueOf(data.eventId()))) {
            throw new MalformedEventException(where(record) + ": ce_id " + id + " is not the event's id");
        }
        if (tenant != null && !tenant.equals(String.valueOf(data.tenantId()))) {
            throw new MalformedEventException(where(record) + ": ce_tenant " + tenant + " is not the event's tenant");
        }
        return Optional.of(new CloudEvent(id, type, tenant, data));
    }

    /** A header's text, unquoted when the producer's header mapper wrote it as a JSON string; null when absent. */
    @Nullable
    String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        String text = new String(header.value(), StandardCharsets.UTF_8);
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            try {
                return json.readValue(text, String.class);
            } catch (JacksonException e) {
                return text.substring(1, text.length() - 1);
            }
        }
        return text;
    }

    private String required(ConsumerRecord<?, byte[]> record, String name) {
        String value = header(record.headers(), name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException(where(record) + " has no " + name + " header");
        }
        return value;
    }

    private DomainEvent data(ConsumerRecord<?, byte[]> record, Class<? extends DomainEvent> type) {
        if (record.value() == null) {
            throw new MalformedEventException(where(record) + " has no data");
        }
        DomainEvent data;
        try {
            data = json.readValue(record.value(), type);
        } catch (JacksonException e) {
            throw new MalformedEventException(where(record) + " is not a " + type.getSimpleName(), e);
        }
        if (data == null
                || Objects.isNull(data.eventId())
                || Objects.isNull(data.tenantId())
                || Objects.isNull(data.occurredAt())) {
            throw new MalformedEventException(where(record) + " lacks an event id, tenant or time");
        }
        return data;
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return "Record " + record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}

package no.samarbeid.workshops.live;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import no.samarbeid.workshops.events.NotePosted;
import no.samarbeid.workshops.events.NoteWithdrawn;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders live events for one audience: the event's JSON without tenant, sharing flag or any author or pseudonym
 * field, events of other tables left out, and unrevealed notes in full only for their author ({@code "mine": true})
 * and facilitators; others at the table get {@code note-written} / {@code note-withdrawn} with no text and no id.
 */
@Component
class LiveMessages {

    static final String NOTE_WRITTEN = "note-written";
    static final String NOTE_WITHDRAWN = "note-withdrawn";
    static final String READY = "ready";
    static final String RESET = "reset";
    static final String PRESENCE = "presence";
    private static final Pattern IDENTIFYING = Pattern.compile("(?i).*(pseudonym|author).*");

    private final JsonMapper json;
    private final MessageSource messages;

    LiveMessages(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    Optional<LiveMessage> render(LiveRecord record, LiveAudience audience) {
        if (audience.tableId() != null
                && record.tableId() != null
                && !audience.tableId().equals(record.tableId())) {
            return Optional.empty();
        }
        return switch (record.visibility()) {
            case FACILITATORS ->
                audience.plenary() && audience.facilitator() ? Optional.of(full(record, false)) : Optional.empty();
            case TABLE ->
                Optional.of(full(record, record.event() instanceof NotePosted && audience.wrote(record.author())));
            case PRIVATE ->
                audience.facilitator() || audience.wrote(record.author())
                        ? Optional.of(full(record, !audience.facilitator()))
                        : peerNotice(record);
        };
    }

    /** Sent once the stream is live (after any replay); its id, when known, is where a reconnect resumes. */
    LiveMessage ready(LiveAudience audience, @Nullable LiveEventId position) {
        ObjectNode data = json.createObjectNode();
        data.put("workshopId", audience.workshopId().toString());
        data.put(
                "tableId",
                audience.tableId() == null ? null : audience.tableId().toString());
        data.put("view", audience.facilitator() ? "facilitator" : "participant");
        return new LiveMessage(position == null ? null : position.toString(), READY, json.writeValueAsString(data));
    }

    /** How many follow a table now (a count only, never who). */
    LiveMessage presence(UUID tableId, int connected) {
        ObjectNode data = json.createObjectNode();
        data.put("tableId", tableId.toString());
        data.put("connected", connected);
        return new LiveMessage(null, PRESENCE, json.writeValueAsString(data));
    }

    /** Tells the client that events may have been missed: reload the state through the REST API. */
    LiveMessage reset(String reason, Locale locale) {
        ObjectNode data = json.createObjectNode();
        data.put("reason", reason);
        data.put("message", messages.getMessage("live.reset." + reason, null, reason, locale));
        return new LiveMessage(null, RESET, json.writeValueAsString(data));
    }

    private LiveMessage full(LiveRecord record, boolean mine) {
        JsonNode tree = json.valueToTree(record.event());
        ObjectNode data = (ObjectNode) tree;
        data.remove("tenantId");
        data.remove("shared");
        strip(data);
        if (mine) {
            data.put("mine", true);
        }
        return new LiveMessage(record.id().toString(), record.name(), json.writeValueAsString(data));
    }

    private Optional<LiveMessage> peerNotice(LiveRecord record) {
        String name = record.event() instanceof NotePosted
                ? NOTE_WRITTEN
                : record.event() instanceof NoteWithdrawn ? NOTE_WITHDRAWN : null;
        if (name == null) {
            return Optional.empty();
        }
        ObjectNode data = json.createObjectNode();
        data.put("tableId", String.valueOf(record.tableId()));
        data.put("sheetKey", record.sheetKey());
        return Optional.of(new LiveMessage(record.id().toString(), name, json.writeValueAsString(data)));
    }

    /** Removes every field that could identify an author, at any depth. */
    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(object.propertyNames().stream()
                    .filter(IDENTIFYING.asMatchPredicate())
                    .toList());
        }
        node.values().forEach(LiveMessages::strip);
    }
}

package no.samarbeid.workshops.live;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.samarbeid.workshops.workshop.ProjectorLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live streams for pages, on the pages' security chain (login session or guest cookie, not bearer tokens): the
 * same {@link LiveHub} streams and access rules as {@link LiveApi}; the browser's EventSource resumes with
 * {@code Last-Event-ID}. Table streams are counted for the "connected" figure. A projector's signed link has its own
 * plenary stream without a login.
 */
@RestController
class LivePages {

    private static final MediaType EVENT_STREAM = new MediaType("text", "event-stream", StandardCharsets.UTF_8);

    private final LiveAccess access;
    private final LiveHub hub;
    private final PageConnections connections;

    LivePages(LiveAccess access, LiveHub hub, PageConnections connections) {
        this.access = access;
        this.hub = hub;
        this.connections = connections;
    }

    @GetMapping("/workshops/{id}/bord/{tableId}/live")
    ResponseEntity<SseEmitter> table(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestHeader(name = LiveApi.LAST_EVENT_ID, required = false) @Nullable String lastEventId) {
        SseEmitter emitter = hub.subscribe(access.table(id, tableId), lastEventId, LocaleContextHolder.getLocale());
        return stream(connections.track(id, tableId, emitter));
    }

    @GetMapping("/workshops/{id}/live")
    ResponseEntity<SseEmitter> plenary(
            @PathVariable UUID id,
            @RequestHeader(name = LiveApi.LAST_EVENT_ID, required = false) @Nullable String lastEventId) {
        return stream(hub.subscribe(access.plenary(id), lastEventId, LocaleContextHolder.getLocale()));
    }

    /** The plenary stream of a projector's signed link (no login; nothing unrevealed). */
    @GetMapping(ProjectorLinks.PATH + "{token}/live")
    ResponseEntity<SseEmitter> projector(
            @PathVariable String token,
            @RequestHeader(name = LiveApi.LAST_EVENT_ID, required = false) @Nullable String lastEventId) {
        return stream(hub.subscribe(access.projector(token), lastEventId, LocaleContextHolder.getLocale()));
    }

    private static ResponseEntity<SseEmitter> stream(SseEmitter emitter) {
        return ResponseEntity.ok()
                .contentType(EVENT_STREAM)
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no")
                .body(emitter);
    }
}

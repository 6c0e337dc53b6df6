package no.samarbeid.workshops.live;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live board as server-sent events: one stream per table and one plenary stream for facilitators. Event ids
 * are {@code <partition>-<offset>}; a client resumes with {@code Last-Event-ID} (or {@code ?lastEventId=} where
 * headers cannot be set). Authorised at connect with the bearer token, guest session or guest cookie.
 */
@RestController
@RequestMapping("/api/workshops/{id}")
class LiveApi {

    static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final MediaType EVENT_STREAM = new MediaType("text", "event-stream", StandardCharsets.UTF_8);

    private final LiveAccess access;
    private final LiveHub hub;

    LiveApi(LiveAccess access, LiveHub hub) {
        this.access = access;
        this.hub = hub;
    }

    @GetMapping("/tables/{tableId}/live")
    ResponseEntity<SseEmitter> table(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestHeader(name = LAST_EVENT_ID, required = false) @Nullable String lastEventId,
            @RequestParam(name = "lastEventId", required = false) @Nullable String resumeFrom) {
        return stream(access.table(id, tableId), lastEventId == null ? resumeFrom : lastEventId);
    }

    @GetMapping("/live")
    @SecurityRequirement(name = "bearer")
    ResponseEntity<SseEmitter> plenary(
            @PathVariable UUID id,
            @RequestHeader(name = LAST_EVENT_ID, required = false) @Nullable String lastEventId,
            @RequestParam(name = "lastEventId", required = false) @Nullable String resumeFrom) {
        return stream(access.plenary(id), lastEventId == null ? resumeFrom : lastEventId);
    }

    private ResponseEntity<SseEmitter> stream(LiveAudience audience, @Nullable String lastEventId) {
        return ResponseEntity.ok()
                .contentType(EVENT_STREAM)
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no")
                .body(hub.subscribe(audience, lastEventId, LocaleContextHolder.getLocale()));
    }
}

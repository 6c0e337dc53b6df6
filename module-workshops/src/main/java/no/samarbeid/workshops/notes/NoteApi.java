package no.samarbeid.workshops.notes;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.samarbeid.workshops.workshop.Perspective;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notes at a table, for participants (account users who joined, guests with {@code Authorization: Guest <token>})
 * and facilitators: write, read what the caller may see, edit, withdraw, move, hide and dot-vote.
 */
@RestController
@RequestMapping("/api/workshops/{id}/tables/{tableId}/notes")
class NoteApi {

    private final NoteService notes;
    private final VoteService votes;

    NoteApi(NoteService notes, VoteService votes) {
        this.notes = notes;
        this.votes = votes;
    }

    /** A participant writes at their own table; a facilitator types in a note for any table with a perspective. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NoteView> post(
            @PathVariable UUID id, @PathVariable UUID tableId, @Valid @RequestBody PostRequest request) {
        NoteView note =
                notes.post(id, tableId, request.sheetKey(), request.zoneKey(), request.text(), request.perspective());
        return ResponseEntity.created(URI.create("/api/workshops/" + id + "/tables/" + tableId + "/notes/" + note.id()))
                .body(note);
    }

    @GetMapping
    List<NoteView> list(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam(required = false) @Nullable String sheetKey) {
        return notes.list(id, tableId, sheetKey);
    }

    @PutMapping("/{noteId}")
    NoteView edit(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID noteId,
            @Valid @RequestBody EditRequest request) {
        return notes.edit(id, tableId, noteId, request.text());
    }

    @DeleteMapping("/{noteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID tableId, @PathVariable UUID noteId) {
        notes.withdraw(id, tableId, noteId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{noteId}/move")
    NoteView move(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID noteId,
            @Valid @RequestBody MoveRequest request) {
        return notes.move(id, tableId, noteId, request.zoneKey());
    }

    @PostMapping("/{noteId}/hide")
    @SecurityRequirement(name = "bearer")
    NoteView hide(@PathVariable UUID id, @PathVariable UUID tableId, @PathVariable UUID noteId) {
        return notes.hide(id, tableId, noteId);
    }

    /** Sets the caller's dots on the note; 0 takes them back. */
    @PutMapping("/{noteId}/votes")
    NoteView vote(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID noteId,
            @Valid @RequestBody VoteRequest request) {
        return votes.vote(id, tableId, noteId, request.dots());
    }

    record PostRequest(
            @NotBlank @Size(max = 80) String sheetKey,
            @NotBlank @Size(max = 80) String zoneKey,
            @NotNull String text,
            @Nullable Perspective perspective) {}

    record EditRequest(@NotNull String text) {}

    record MoveRequest(@NotBlank @Size(max = 80) String zoneKey) {}

    record VoteRequest(@NotNull @Min(0) @Max(20) Integer dots) {}
}

package no.samarbeid.workshops.sheets.partners;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The collaboration sketches (sheet 6) of a table. The photo of a drawing is uploaded as the raw body (content type
 * {@code image/png} or {@code image/jpeg}) or as one file part of a {@code multipart/form-data} body (e.g. named
 * {@code photo}), at most 5 MB.
 */
@RestController
@RequestMapping("/api/workshops/{id}/tables/{tableId}/sketches")
class SketchApi {

    private final SketchService sketches;

    SketchApi(SketchService sketches) {
        this.sketches = sketches;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SketchView> draw(
            @PathVariable UUID id, @PathVariable UUID tableId, @Valid @RequestBody SketchRequest request) {
        SketchView sketch = sketches.draw(id, tableId, request.details());
        return ResponseEntity.created(
                        URI.create("/api/workshops/" + id + "/tables/" + tableId + "/sketches/" + sketch.id()))
                .body(sketch);
    }

    @GetMapping
    List<SketchView> all(@PathVariable UUID id, @PathVariable UUID tableId) {
        return sketches.all(id, tableId);
    }

    @GetMapping("/{sketchId}")
    SketchView get(@PathVariable UUID id, @PathVariable UUID tableId, @PathVariable UUID sketchId) {
        return sketches.get(id, tableId, sketchId);
    }

    @PutMapping("/{sketchId}")
    SketchView revise(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID sketchId,
            @Valid @RequestBody SketchRequest request) {
        return sketches.revise(id, tableId, sketchId, request.details());
    }

    @PutMapping(path = "/{sketchId}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SketchView photographForm(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID sketchId,
            MultipartHttpServletRequest request)
            throws IOException {
        MultipartFile file = request.getFileMap().values().stream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("sheets.photo-missing"));
        String type = SketchPhoto.requireType(file.getContentType());
        SketchPhoto.requireSize(file.getSize());
        return sketches.photograph(id, tableId, sketchId, SketchPhoto.of(type, file.getBytes()));
    }

    @PutMapping("/{sketchId}/photo")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The photo of the drawing, at most 5 MB; or as multipart/form-data with one file",
            required = true,
            content = {
                @Content(mediaType = SketchPhoto.PNG, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = SketchPhoto.JPEG, schema = @Schema(type = "string", format = "binary"))
            })
    SketchView photograph(
            @PathVariable UUID id, @PathVariable UUID tableId, @PathVariable UUID sketchId, HttpServletRequest request)
            throws IOException {
        String type = SketchPhoto.requireType(request.getContentType());
        SketchPhoto.requireSize(request.getContentLengthLong());
        byte[] content = request.getInputStream().readNBytes(SketchPhoto.MAX_BYTES + 1);
        return sketches.photograph(id, tableId, sketchId, SketchPhoto.of(type, content));
    }

    @GetMapping("/{sketchId}/photo")
    @ApiResponse(
            responseCode = "200",
            description = "The photo of the drawing",
            content = {
                @Content(mediaType = SketchPhoto.PNG, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = SketchPhoto.JPEG, schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID tableId, @PathVariable UUID sketchId) {
        SketchPhoto photo = sketches.photo(id, tableId, sketchId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(photo.content());
    }

    record SketchRequest(
            @NotNull UUID partnerId,
            @NotBlank @Size(max = SketchDetails.MAX_SECTOR) String sector,
            @NotNull SketchProjectType projectType,
            @NotNull Boolean procurement,

            @Nullable @Size(max = SketchDetails.MAX_INVOLVED)
            String involved,

            @NotNull SketchDeliveryForm deliveryForm,
            @Nullable @Size(max = SketchDetails.MAX_HOW) String howItWorks) {

        SketchDetails details() {
            return new SketchDetails(
                    partnerId,
                    sector,
                    projectType,
                    procurement,
                    involved == null ? "" : involved,
                    deliveryForm,
                    howItWorks == null ? "" : howItWorks);
        }
    }
}

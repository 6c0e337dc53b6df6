package no.samarbeid.workshops.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The collaboration sketch (sheet 6) on the board: draw and revise sketches, and add a photo of the drawing. */
@PageController
@RequestMapping("/workshops/{id}/bord/{tableId}/ark/skisser")
class SketchFormsPage {

    private final SheetFormsAnswer answers;
    private final SketchService sketches;

    SketchFormsPage(SheetFormsAnswer answers, SketchService sketches) {
        this.answers = answers;
        this.sketches = sketches;
    }

    @PostMapping
    String draw(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "sketch", form, htmx),
                model,
                response,
                () -> sketches.draw(id, tableId, details(form)));
    }

    @PostMapping("/{sketchId}")
    String revise(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID sketchId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "sketch-" + sketchId, form, htmx),
                model,
                response,
                () -> sketches.revise(id, tableId, sketchId, details(form)));
    }

    /** Adds (or replaces) the photo of the sketch's drawing: PNG or JPEG, at most 5 MB. */
    @PostMapping(path = "/{sketchId}/bilde", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String photograph(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID sketchId,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "photo-" + sketchId, form, htmx),
                model,
                response,
                () -> sketches.photograph(id, tableId, sketchId, photo(photo)));
    }

    @GetMapping("/{sketchId}/bilde")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID tableId, @PathVariable UUID sketchId) {
        SketchPhoto photo = sketches.photo(id, tableId, sketchId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(photo.content());
    }

    private static SketchPhoto photo(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("sheets.photo-missing");
        }
        SketchPhoto.requireSize(file.getSize());
        try {
            return SketchPhoto.of(file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SketchDetails details(MultiValueMap<String, String> form) {
        return new SketchDetails(
                FormFields.id(form, "partnerId", "sheets.sketch-partner"),
                FormFields.text(form, "sector"),
                FormFields.choice(form, "projectType", SketchProjectType.class, "sheetforms.sketch-project-type"),
                FormFields.yesOrNo(form, "procurement", "sheetforms.sketch-procurement"),
                FormFields.text(form, "involved"),
                FormFields.choice(form, "deliveryForm", SketchDeliveryForm.class, "sheetforms.sketch-delivery-form"),
                FormFields.text(form, "howItWorks"));
    }
}

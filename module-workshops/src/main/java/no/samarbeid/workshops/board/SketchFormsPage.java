package no.samarbeid.workshops.board;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.sheets.partners.SketchDeliveryForm;
import no.samarbeid.workshops.sheets.partners.SketchDetails;
import no.samarbeid.workshops.sheets.partners.SketchPhoto;
import no.samarbeid.workshops.sheets.partners.SketchProjectType;
import no.samarbeid.workshops.sheets.partners.SketchService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
    String draw(SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("sketch"),
                model,
                response,
                () -> sketches.draw(post.workshopId(), post.tableId(), details(post.typed())));
    }

    @PostMapping("/{sketchId}")
    String revise(@PathVariable UUID sketchId, SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("sketch-" + sketchId),
                model,
                response,
                () -> sketches.revise(post.workshopId(), post.tableId(), sketchId, details(post.typed())));
    }

    /** Adds (or replaces) the photo of the sketch's drawing: PNG or JPEG, at most 5 MB. */
    @PostMapping(path = "/{sketchId}/bilde", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String photograph(
            @PathVariable UUID sketchId,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            SheetPost post,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                post.keyed("photo-" + sketchId),
                model,
                response,
                () -> sketches.photograph(post.workshopId(), post.tableId(), sketchId, photo(photo)));
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

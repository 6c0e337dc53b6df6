package no.samarbeid.workshops.templates.variants;

import java.util.List;
import java.util.Locale;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.templates.SheetChange;
import no.samarbeid.workshops.templates.TemplateApi;
import no.samarbeid.workshops.templates.TemplateCatalog;
import no.samarbeid.workshops.templates.TemplateSummaries;
import no.samarbeid.workshops.templates.TemplateVariantService;
import no.samarbeid.workshops.templates.VariantRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The municipal admin's template variants: the municipality's variants with the national editions they are based
 * on, the editions, and a form that makes a new variant as a copy of an edition (then edited on its own page).
 */
@PageController
@PreAuthorize(TemplateApi.ADMINS)
class VariantListPage {

    static final String PATH = "/admin/kommune/maler";

    private final TemplateVariantService variants;
    private final TemplateCatalog catalog;
    private final VariantErrors errors;

    VariantListPage(TemplateVariantService variants, TemplateCatalog catalog, VariantErrors errors) {
        this.variants = variants;
        this.catalog = catalog;
        this.errors = errors;
    }

    @GetMapping(PATH)
    String page(Model model) {
        TemplateSummaries all = variants.all();
        model.addAttribute("editions", all.editions());
        model.addAttribute("variants", VariantRow.of(all.variants(), all.editions()));
        return "admin/variants";
    }

    @PostMapping(PATH)
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String base,
            Locale locale,
            RedirectAttributes flash) {
        List<SheetChange> sheets = catalog.all().stream()
                .filter(edition -> edition.reference().value().equals(base))
                .flatMap(edition -> edition.sheets().stream())
                .map(sheet -> new SheetChange(sheet.key(), null, null, null, null))
                .toList();
        try {
            TemplateSummaries.Variant created = variants.create(new VariantRequest(name, base, sheets));
            flash.addFlashAttribute("created", true);
            return "redirect:" + PATH + "/" + created.id();
        } catch (InvalidInputException refused) {
            flash.addFlashAttribute("error", errors.of(refused, null, null, locale));
            flash.addFlashAttribute("name", name);
            flash.addFlashAttribute("base", base);
            return "redirect:" + PATH + "#feil";
        }
    }
}

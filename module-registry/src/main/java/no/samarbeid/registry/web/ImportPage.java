package no.samarbeid.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.imports.CsvImportReport;
import no.samarbeid.registry.imports.EntryCsvImport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A national coordinator enters entries from a CSV file: all rows or none, with a report of each rejected row (its
 * line, column and why).
 */
@PageController
@PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
class ImportPage {

    private final EntryCsvImport imports;
    private final MessageSource messages;

    ImportPage(EntryCsvImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/koordinator/registeret/import")
    String page() {
        return "registry/import";
    }

    @PostMapping("/koordinator/registeret/import")
    String upload(
            @RequestParam(name = "fil", required = false) @Nullable MultipartFile file, Locale locale, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", messages.getMessage("registry.import.no-file", null, locale));
            return "registry/import";
        }
        try (InputStream csv = file.getInputStream()) {
            CsvImportReport report = imports.run(csv, Actor.current());
            if (report.accepted()) {
                model.addAttribute(
                        "notice",
                        messages.getMessage("registry.import.done", new Object[] {report.imported()}, locale));
            } else {
                model.addAttribute(
                        "problem",
                        messages.getMessage(
                                "problem.registry.csv-rejected.detail",
                                new Object[] {report.rejected().size(), report.rows()},
                                locale));
                model.addAttribute("rejected", report.rejected());
            }
        } catch (DomainException e) {
            model.addAttribute(
                    "problem", messages.getMessage("problem." + e.code() + ".detail", e.arguments(), "", locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "registry/import";
    }
}

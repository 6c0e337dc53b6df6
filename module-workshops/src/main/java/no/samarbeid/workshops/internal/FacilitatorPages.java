package no.samarbeid.workshops.internal;

import java.time.LocalDate;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The facilitator's pages (login through Keycloak): the municipality's workshops, creating one, and the console that
 * runs it — tables, join code, sheets, phases, countdown, every table live, ending the workshop. Every action is a
 * form post that redirects back to the console.
 */
@PageController
class FacilitatorPages {

    private final WorkshopService workshops;
    private final FacilitationService facilitation;

    FacilitatorPages(WorkshopService workshops, FacilitationService facilitation) {
        this.workshops = workshops;
        this.facilitation = facilitation;
    }

    @GetMapping("/workshops")
    String list(Model model) {
        model.addAttribute("workshops", workshops.visibleToMe());
        return "workshops/list";
    }

    @GetMapping("/workshops/ny")
    String createForm() {
        return "workshops/create";
    }

    @PostMapping("/workshops/ny")
    String create(
            @RequestParam String title,
            @RequestParam String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String template) {
        WorkshopView created = workshops.create(
                title.trim(), place.trim(), date, template == null || template.isBlank() ? null : template.trim());
        return console(created.id());
    }

    @GetMapping("/workshops/{id}/fasilitator")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("workshop", workshops.get(id));
        model.addAttribute("joinCode", workshops.joinCode(id));
        model.addAttribute("phases", Phase.values());
        return "workshops/console";
    }

    @PostMapping("/workshops/{id}/fasilitator/bord")
    String addTable(@PathVariable UUID id, @RequestParam String name) {
        facilitation.addTable(id, name.trim());
        return console(id);
    }

    @PostMapping("/workshops/{id}/fasilitator/start")
    String start(@PathVariable UUID id) {
        workshops.start(id);
        return console(id);
    }

    @PostMapping("/workshops/{id}/fasilitator/avslutt")
    String complete(@PathVariable UUID id) {
        workshops.complete(id);
        return console(id);
    }

    @PostMapping("/workshops/{id}/fasilitator/ark")
    String openSheet(
            @PathVariable UUID id,
            @RequestParam String sheetKey,
            @RequestParam(required = false) @Nullable UUID tableId) {
        facilitation.openSheet(id, sheetKey, tableId);
        return console(id);
    }

    @PostMapping("/workshops/{id}/fasilitator/fase")
    String changePhase(
            @PathVariable UUID id,
            @RequestParam Phase phase,
            @RequestParam(required = false) @Nullable Integer minutes,
            @RequestParam(required = false) @Nullable UUID tableId) {
        facilitation.changePhase(id, phase, minutes, tableId);
        return console(id);
    }

    @PostMapping("/workshops/{id}/fasilitator/tid")
    String changeTimer(
            @PathVariable UUID id,
            @RequestParam TimerAction action,
            @RequestParam(required = false) @Nullable Integer minutes,
            @RequestParam(required = false) @Nullable UUID tableId) {
        facilitation.changeTimer(id, action, minutes, tableId);
        return console(id);
    }

    private static String console(UUID id) {
        return "redirect:/workshops/" + id + "/fasilitator";
    }
}

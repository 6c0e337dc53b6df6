package no.samarbeid.workshops.facilitation;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.followup.FollowUps;
import no.samarbeid.workshops.workshop.FacilitationService;
import no.samarbeid.workshops.workshop.Phase;
import no.samarbeid.workshops.workshop.TimerAction;
import no.samarbeid.workshops.workshop.WorkshopService;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's pages (login through Keycloak): the municipality's workshops and the console that runs one —
 * join code with its QR code, agenda, tables, sheets, phases, countdown, every table live, ending the workshop.
 * Every action is a form post (sent by htmx while running, so the page keeps its scroll position) that redirects
 * back to the console with a notice, or with the problem when the input or the workshop's state refused it.
 */
@PageController
class FacilitatorPages {

    private final WorkshopService workshops;
    private final FacilitationService facilitation;
    private final FacilitatorConsole console;
    private final FollowUps followUps;

    FacilitatorPages(
            WorkshopService workshops,
            FacilitationService facilitation,
            FacilitatorConsole console,
            FollowUps followUps) {
        this.workshops = workshops;
        this.facilitation = facilitation;
        this.console = console;
        this.followUps = followUps;
    }

    @GetMapping("/workshops")
    String list(Model model) {
        model.addAttribute("workshops", workshops.visibleToMe());
        model.addAttribute("managed", workshops.managedByMe());
        model.addAttribute("overdue", followUps.overdue());
        return "workshops/list";
    }

    @GetMapping("/workshops/{id}/fasilitator")
    String page(@PathVariable UUID id, HttpServletRequest request, Model model) {
        ConsoleView view = console.of(id, request);
        model.addAttribute("console", view);
        model.addAttribute("workshop", view.workshop());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("followUps", followUps.toReviewAt(id));
        if (view.workshop().status().equals("RUNNING")) {
            model.addAttribute("run", console.run(view));
        }
        return "workshops/console";
    }

    /** The running console's status bar and grid, refreshed live. */
    @GetMapping("/workshops/{id}/fasilitator/status")
    String status(@PathVariable UUID id, HttpServletRequest request, Model model) {
        running(id, request, model);
        return "workshops/console :: run";
    }

    /** The running console's grid of tables, refreshed live. */
    @GetMapping("/workshops/{id}/fasilitator/bordene")
    String grid(@PathVariable UUID id, HttpServletRequest request, Model model) {
        running(id, request, model);
        return "workshops/console :: grid";
    }

    private void running(UUID id, HttpServletRequest request, Model model) {
        ConsoleView view = console.of(id, request);
        model.addAttribute("id", id);
        model.addAttribute("console", view);
        model.addAttribute("workshop", view.workshop());
        model.addAttribute("run", console.run(view));
    }

    /** Moves every table to the room's next step. */
    @PostMapping("/workshops/{id}/fasilitator/neste")
    String advance(@PathVariable UUID id, RedirectAttributes redirect) {
        return ConsoleMessage.run(path(id), redirect, () -> facilitation.advance(id), "console.flash.advanced");
    }

    @PostMapping("/workshops/{id}/fasilitator/dato")
    String schedule(
            @PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        return ConsoleMessage.run(path(id), redirect, () -> workshops.schedule(id, date), "console.flash.scheduled");
    }

    @PostMapping("/workshops/{id}/fasilitator/bord")
    String addTable(@PathVariable UUID id, @RequestParam String name, RedirectAttributes redirect) {
        return ConsoleMessage.run(
                path(id),
                redirect,
                () -> facilitation.addTable(id, name.trim()),
                "console.flash.tableAdded",
                name.trim());
    }

    @PostMapping("/workshops/{id}/fasilitator/start")
    String start(@PathVariable UUID id, RedirectAttributes redirect) {
        return ConsoleMessage.run(path(id), redirect, () -> workshops.start(id), "console.flash.started");
    }

    @PostMapping("/workshops/{id}/fasilitator/avslutt")
    String complete(@PathVariable UUID id, RedirectAttributes redirect) {
        return ConsoleMessage.run(path(id), redirect, () -> workshops.complete(id), "console.flash.completed");
    }

    @PostMapping("/workshops/{id}/fasilitator/ark")
    String openSheet(
            @PathVariable UUID id,
            @RequestParam String sheetKey,
            @RequestParam(required = false) @Nullable UUID tableId,
            RedirectAttributes redirect) {
        return ConsoleMessage.run(
                path(id), redirect, () -> facilitation.openSheet(id, sheetKey, tableId), "console.flash.sheetOpened");
    }

    @PostMapping("/workshops/{id}/fasilitator/fase")
    String changePhase(
            @PathVariable UUID id,
            @RequestParam Phase phase,
            @RequestParam(required = false) @Nullable Integer minutes,
            @RequestParam(required = false) @Nullable UUID tableId,
            RedirectAttributes redirect) {
        return ConsoleMessage.run(
                path(id),
                redirect,
                () -> facilitation.changePhase(id, phase, minutes, tableId),
                "console.flash.phaseChanged");
    }

    @PostMapping("/workshops/{id}/fasilitator/tid")
    String changeTimer(
            @PathVariable UUID id,
            @RequestParam TimerAction action,
            @RequestParam(required = false) @Nullable Integer minutes,
            @RequestParam(required = false) @Nullable UUID tableId,
            RedirectAttributes redirect) {
        return ConsoleMessage.run(
                path(id),
                redirect,
                () -> facilitation.changeTimer(id, action, minutes, tableId),
                "console.flash.timerChanged");
    }

    static String path(UUID id) {
        return "/workshops/" + id + "/fasilitator";
    }
}

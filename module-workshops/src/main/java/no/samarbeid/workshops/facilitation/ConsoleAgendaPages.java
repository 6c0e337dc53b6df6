package no.samarbeid.workshops.facilitation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.workshop.AgendaService;
import no.samarbeid.workshops.workshop.AgendaView;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's agenda forms (keep or leave out sheets, change minutes; move a sheet up or down, after which the
 * moved sheet's button has the focus again) and the join code shown large, with its QR code, for the projector.
 */
@PageController
class ConsoleAgendaPages {

    static final String FOCUS = "focus";

    private final FacilitatorConsole console;
    private final AgendaService agenda;

    ConsoleAgendaPages(FacilitatorConsole console, AgendaService agenda) {
        this.console = console;
        this.agenda = agenda;
    }

    @PostMapping("/workshops/{id}/fasilitator/agenda")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return ConsoleMessage.run(
                FacilitatorPages.path(id),
                redirect,
                () -> agenda.adjust(id, console.edited(id, form)),
                "console.flash.agendaSaved");
    }

    /** Moves a sheet; {@code move} is {@code up:<key>} or {@code down:<key>}. */
    @PostMapping("/workshops/{id}/fasilitator/agenda/flytt")
    String move(@PathVariable UUID id, @RequestParam String move, RedirectAttributes redirect) {
        boolean up = move.startsWith("up:");
        String key = move.substring(move.indexOf(':') + 1);
        return ConsoleMessage.run(
                FacilitatorPages.path(id),
                redirect,
                () -> {
                    List<String> keys = agenda.adjust(id, console.moved(id, key, up)).agenda().stream()
                            .map(AgendaView::sheetKey)
                            .toList();
                    int at = keys.indexOf(key);
                    boolean stays = up ? at > 0 : at >= 0 && at < keys.size() - 1;
                    redirect.addFlashAttribute(FOCUS, (stays == up ? "up-" : "down-") + key);
                },
                up ? "console.flash.movedUp" : "console.flash.movedDown");
    }

    @GetMapping("/workshops/{id}/fasilitator/kode")
    String joinCode(@PathVariable UUID id, HttpServletRequest request, Model model) {
        model.addAttribute("console", console.of(id, request));
        return "workshops/console-code";
    }
}

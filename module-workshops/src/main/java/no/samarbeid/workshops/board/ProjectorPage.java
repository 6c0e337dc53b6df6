package no.samarbeid.workshops.board;

import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.workshop.WorkshopService;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The projector view: a large, read-only, live view of one table ({@code ?bord=}) or, without one, of the plenary
 * (every table's sheet, phase and countdown), with the join code and address always in view. Only revealed notes
 * are shown, sorted by votes once voting has begun, even though a facilitator drives it.
 */
@PageController
class ProjectorPage {

    private final BoardPageModel board;
    private final WorkshopService workshops;

    ProjectorPage(BoardPageModel board, WorkshopService workshops) {
        this.board = board;
        this.workshops = workshops;
    }

    @GetMapping("/workshops/{id}/projektor")
    String page(
            @PathVariable UUID id, @RequestParam(name = "bord", required = false) @Nullable UUID tableId, Model model) {
        fill(id, tableId, model);
        return "workshops/projector";
    }

    @GetMapping("/workshops/{id}/projektor/innhold")
    String content(
            @PathVariable UUID id, @RequestParam(name = "bord", required = false) @Nullable UUID tableId, Model model) {
        fill(id, tableId, model);
        return "workshops/projector :: content";
    }

    private void fill(UUID id, @Nullable UUID tableId, Model model) {
        if (workshops.managedByMe(id)) {
            model.addAttribute("joinCode", workshops.joinCode(id).replaceAll("(.{4})(?=.)", "$1 "));
        }
        model.addAttribute(
                "joinAddress",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/bli-med")
                        .toUriString());
        if (tableId == null) {
            model.addAttribute("workshop", workshops.get(id));
            model.addAttribute("zones", List.of());
            return;
        }
        board.fill(model, id, tableId);
        model.addAttribute("zones", revealedOnly(BoardPageModel.zonesOf(model)));
    }

    private static List<BoardPageModel.ZoneNotes> revealedOnly(List<BoardPageModel.ZoneNotes> zones) {
        return zones.stream()
                .map(zone -> new BoardPageModel.ZoneNotes(
                        zone.key(),
                        zone.title(),
                        zone.notes().stream()
                                .filter(note -> note.revealed() && !note.hidden())
                                .toList()))
                .toList();
    }
}

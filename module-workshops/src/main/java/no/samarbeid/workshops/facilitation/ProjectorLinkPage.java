package no.samarbeid.workshops.facilitation;

import jakarta.servlet.http.HttpServletRequest;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.workshop.ProjectedWorkshop;
import no.samarbeid.workshops.workshop.ProjectorLinks;
import no.samarbeid.workshops.workshop.ProjectorPass;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The projector by its signed link, without a login (the console opens it): the join address, code and QR code always
 * in view, where the room is and its countdown large, with its time-up state, and every table's phase; live until the
 * workshop ends (then its live part says so). A tampered link gets a Norwegian "not found" page, the link of an ended
 * workshop a "gone" page.
 */
@PageController
class ProjectorLinkPage {

    private final ProjectorLinks links;

    ProjectorLinkPage(ProjectorLinks links) {
        this.links = links;
    }

    @GetMapping(ProjectorLinks.PATH + "{token}")
    String page(@PathVariable String token, HttpServletRequest request, Model model) {
        ProjectedWorkshop projected = fill(token, model);
        String joinLink = JoinLink.of(request, projected.joinCode());
        model.addAttribute("joinLink", joinLink);
        model.addAttribute("joinAddress", joinLink.substring(0, joinLink.indexOf('?')));
        model.addAttribute("joinQr", JoinQrCode.dataUri(joinLink));
        return "workshops/projector-link";
    }

    /** The live part; once the workshop has ended, a notice in its place (an error answer would not be shown). */
    @GetMapping(ProjectorLinks.PATH + "{token}/innhold")
    String content(@PathVariable String token, Model model) {
        try {
            fill(token, model);
        } catch (DomainException refused) {
            if (refused.status() != HttpStatus.GONE) {
                throw refused;
            }
            return "workshops/projector-link :: ended";
        }
        return "workshops/projector-link :: content";
    }

    private ProjectedWorkshop fill(String token, Model model) {
        ProjectorPass pass = links.verify(token);
        ProjectedWorkshop projected = pass.callAs(() -> links.show(pass));
        model.addAttribute("projected", projected);
        model.addAttribute("token", token);
        return projected;
    }
}

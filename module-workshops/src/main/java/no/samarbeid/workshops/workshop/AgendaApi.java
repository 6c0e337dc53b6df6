package no.samarbeid.workshops.workshop;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of a workshop's agenda: {@code PUT} the whole agenda (sheets of the pinned template, in order, with
 * minutes) to leave sheets out, reorder them or change their minutes; answers the workshop.
 */
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/api/workshops/{id}/agenda")
class AgendaApi {

    private final AgendaService agenda;

    AgendaApi(AgendaService agenda) {
        this.agenda = agenda;
    }

    @PutMapping
    WorkshopView adjust(@PathVariable UUID id, @Valid @RequestBody AgendaRequest request) {
        return agenda.adjust(
                id,
                request.sheets().stream()
                        .map(item -> new AgendaView(item.sheetKey(), item.minutes()))
                        .toList());
    }

    record AgendaRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull Item> sheets) {}

    record Item(
            @NotBlank @Size(max = 100) String sheetKey,
            @NotNull Integer minutes) {}
}

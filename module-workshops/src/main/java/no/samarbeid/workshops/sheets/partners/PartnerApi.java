package no.samarbeid.workshops.sheets.partners;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The partner sheet (5) of a table: potential partners by zone. */
@RestController
@RequestMapping("/api/workshops/{id}/tables/{tableId}/partners")
class PartnerApi {

    private final PartnerService partners;

    PartnerApi(PartnerService partners) {
        this.partners = partners;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PartnerView> mention(
            @PathVariable UUID id, @PathVariable UUID tableId, @Valid @RequestBody PartnerRequest request) {
        PartnerView partner = partners.mention(id, tableId, request.details());
        return ResponseEntity.created(
                        URI.create("/api/workshops/" + id + "/tables/" + tableId + "/partners/" + partner.id()))
                .body(partner);
    }

    @GetMapping
    List<PartnerView> all(@PathVariable UUID id, @PathVariable UUID tableId) {
        return partners.all(id, tableId);
    }

    @PutMapping("/{partnerId}")
    PartnerView revise(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID partnerId,
            @Valid @RequestBody PartnerRequest request) {
        return partners.revise(id, tableId, partnerId, request.details());
    }

    @DeleteMapping("/{partnerId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID tableId, @PathVariable UUID partnerId) {
        partners.remove(id, tableId, partnerId);
        return ResponseEntity.noContent().build();
    }

    record PartnerRequest(
            @NotBlank @Size(max = PartnerDetails.MAX_NAME) String name,

            @Nullable @Size(max = PartnerDetails.MAX_DELIVERS)
            String delivers,

            @NotNull PartnerZone zone,

            @Nullable @Pattern(regexp = "\\d{9}", message = "{sheets.validation.organisation-number}")
            String organisationNumber) {

        PartnerDetails details() {
            return new PartnerDetails(name, delivers == null ? "" : delivers, zone, organisationNumber);
        }
    }
}

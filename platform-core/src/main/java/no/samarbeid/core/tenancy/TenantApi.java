package no.samarbeid.core.tenancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Onboarding (platform admins) and a municipality's own registration and sharing choice. */
@RestController
class TenantApi {

    private final Onboarding onboarding;
    private final TenantDirectory directory;

    TenantApi(Onboarding onboarding, TenantDirectory directory) {
        this.onboarding = onboarding;
        this.directory = directory;
    }

    @PostMapping("/api/platform/municipalities")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TenantSummary> onboard(@Valid @RequestBody OnboardingRequest request) {
        TenantSummary tenant =
                onboarding.onboard(request.municipalityNumber(), Boolean.TRUE.equals(request.sharesNationally()));
        return ResponseEntity.created(URI.create("/api/platform/municipalities/" + tenant.id()))
                .body(tenant);
    }

    @GetMapping("/api/platform/municipalities")
    List<TenantSummary> onboarded() {
        return directory.all();
    }

    @GetMapping("/api/municipality")
    TenantSummary current() {
        return directory.get(TenantContext.require().id());
    }

    @PutMapping("/api/municipality/sharing")
    @PreAuthorize("hasRole('MUNICIPAL_ADMIN')")
    TenantSummary changeSharing(@Valid @RequestBody SharingRequest request) {
        return directory.shareNationally(TenantContext.require().id(), request.sharesNationally());
    }

    record OnboardingRequest(
            @NotNull @Pattern(regexp = "\\d{4}", message = "{validation.municipality-number}")
            String municipalityNumber,

            Boolean sharesNationally) {}

    record SharingRequest(@NotNull Boolean sharesNationally) {}
}

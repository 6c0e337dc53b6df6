package no.samarbeid.registry.api;

import java.util.List;
import java.util.UUID;
import no.samarbeid.core.api.ApiProblems;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.registry.accounts.AccountLink;
import no.samarbeid.registry.accounts.AccountService;
import no.samarbeid.registry.accounts.CreatedAccount;
import no.samarbeid.registry.accounts.NewAccount;
import no.samarbeid.registry.entries.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entrepreneurs' accounts: a coordinator creates a user (role {@code ENTREPRENEUR}) linked to an entry; a user who
 * registered in the realm (no municipality) asks to keep an entry's profile and a coordinator approves or rejects.
 */
@RestController
@RequestMapping("/api/registry")
class AccountApi {

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Creates the user in Keycloak with a one-time password, which the answer carries once. */
    @PostMapping("/entrepreneurs/{organisationNumber}/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
    CreatedAccount create(@PathVariable String organisationNumber, @RequestBody NewAccount account) {
        return accounts.create(organisationNumber, account, Actor.current());
    }

    /** The entry a registered user asks to keep. */
    record LinkRequest(@Nullable String organisationNumber) {}

    @PostMapping("/link-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("isAuthenticated()")
    @ApiProblems(HttpStatus.NOT_FOUND)
    AccountLink request(@RequestBody LinkRequest request) {
        return accounts.request(request.organisationNumber(), Actor.current());
    }

    /** The caller's own link or request. */
    @GetMapping("/link-requests/mine")
    @PreAuthorize("isAuthenticated()")
    @ApiProblems(HttpStatus.NOT_FOUND)
    AccountLink mine() {
        return accounts.mine(Actor.current()).orElseThrow(() -> new NotFoundException("registry.link-not-found"));
    }

    @GetMapping("/link-requests")
    @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
    List<AccountLink> pending() {
        return accounts.pending(Actor.current());
    }

    /** A coordinator's decision: {@code APPROVE} or {@code REJECT}. */
    record LinkDecision(@Nullable String decision) {}

    @PostMapping("/link-requests/{id}/decision")
    @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
    AccountLink decide(@PathVariable UUID id, @RequestBody LinkDecision decision) {
        String value = decision.decision() == null ? "" : decision.decision();
        if (!value.equals("APPROVE") && !value.equals("REJECT")) {
            throw new InvalidFieldException("decision", "registry.decision", value);
        }
        return accounts.decide(id, value.equals("APPROVE"), Actor.current());
    }
}

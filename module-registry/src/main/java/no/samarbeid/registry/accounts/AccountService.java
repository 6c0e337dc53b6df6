package no.samarbeid.registry.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.Entry;
import no.samarbeid.registry.entries.EntryService;
import no.samarbeid.registry.entries.EntryStatus;
import no.samarbeid.registry.entries.OrganisationNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who keeps which entry's profile: coordinators create an entrepreneur's user linked to an entry, or decide on a
 * registered user's request for a link. Keycloak is changed inside the transaction's outcome: a user created for a
 * transaction that rolls back is deleted again, so nothing is half-written.
 */
@Service
public class AccountService {

    private static final String PASSWORD_CHARACTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountLinks links;
    private final RealmUsers users;
    private final EntryService entries;
    private final Clock clock;

    AccountService(AccountLinks links, RealmUsers users, EntryService entries, Clock clock) {
        this.links = links;
        this.users = users;
        this.entries = entries;
        this.clock = clock;
    }

    /** A coordinator creates a user with the role {@code ENTREPRENEUR} who keeps the entry's profile. */
    @Transactional
    public CreatedAccount create(String organisationNumber, NewAccount input, Actor actor) {
        requireCoordinator(actor);
        NewAccount account = input.checked();
        Entry entry = linkable(organisationNumber, actor);
        if (links.ofUser(account.username()).isPresent()) {
            throw new ConflictException("registry.account-taken", account.username());
        }
        links.add(
                UUID.randomUUID(),
                account.username(),
                account.email(),
                entry.number().value(),
                true,
                clock.instant(),
                actor.name());
        String password = temporaryPassword();
        String userId = users.create(account, password);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    users.delete(userId);
                }
            }
        });
        users.grantEntrepreneur(userId);
        return new CreatedAccount(account.username(), entry.number().value(), password);
    }

    /** A logged-in user without a municipality asks to keep a verified entry's profile. */
    @Transactional
    public AccountLink request(@Nullable String organisationNumber, Actor actor) {
        if (actor.name().isEmpty() || actor.scope() != null || actor.coordinator()) {
            throw new AccessRefusedException("access-denied");
        }
        String number = organisationNumber == null ? "" : organisationNumber.strip();
        if (!OrganisationNumber.isValid(number)) {
            throw new InvalidFieldException("organisationNumber", "registry.organisation-number", number);
        }
        Entry entry = entries.find(number, actor)
                .filter(found -> found.status() == EntryStatus.VERIFIED)
                .orElseThrow(() -> new NotFoundException("registry.not-found"));
        if (links.ofUser(actor.name()).isPresent()) {
            throw new ConflictException("registry.link-exists", actor.name());
        }
        links.add(
                UUID.randomUUID(),
                actor.name(),
                requesterEmail(),
                entry.number().value(),
                false,
                clock.instant(),
                null);
        return links.ofUser(actor.name()).orElseThrow();
    }

    /** The caller's link or request, if any. */
    @Transactional(readOnly = true)
    public Optional<AccountLink> mine(Actor actor) {
        return actor.name().isEmpty() ? Optional.empty() : links.ofUser(actor.name());
    }

    /** Requests waiting for a coordinator, oldest first. */
    @Transactional(readOnly = true)
    public List<AccountLink> pending(Actor actor) {
        requireCoordinator(actor);
        return links.pending();
    }

    /** The users who keep an entry's profile (for coordinators). */
    @Transactional(readOnly = true)
    public List<AccountLink> ofEntry(String organisationNumber, Actor actor) {
        requireCoordinator(actor);
        return links.ofEntry(organisationNumber);
    }

    /** A coordinator approves a request (the user gets the role {@code ENTREPRENEUR}) or rejects it. */
    @Transactional
    public AccountLink decide(UUID id, boolean approve, Actor actor) {
        requireCoordinator(actor);
        AccountLink link = links.forDecision(id).orElseThrow(() -> new NotFoundException("registry.link-not-found"));
        if (link.approved()) {
            throw new ConflictException("registry.link-decided", link.username());
        }
        if (!approve) {
            links.remove(id);
            return link.rejected();
        }
        linkable(link.organisationNumber(), actor);
        links.approve(id, actor.name(), clock.instant());
        users.grantEntrepreneur(users.idOf(link.username()));
        return links.ofUser(link.username()).orElseThrow();
    }

    private Entry linkable(String organisationNumber, Actor actor) {
        Entry entry =
                entries.find(organisationNumber, actor).orElseThrow(() -> new NotFoundException("registry.not-found"));
        if (entry.status() == EntryStatus.MERGED || entry.status() == EntryStatus.REJECTED) {
            throw new ConflictException("registry.not-linkable", organisationNumber);
        }
        return entry;
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
    }

    private static @Nullable String requesterEmail() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getClaimAsString("email");
        }
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return user.getEmail();
        }
        return null;
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.coordinator()) {
            throw new AccessRefusedException("access-denied");
        }
    }
}

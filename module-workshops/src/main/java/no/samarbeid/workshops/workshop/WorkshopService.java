package no.samarbeid.workshops.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.AccessRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, schedules, configures and moves the current municipality's workshops through their life. */
@Service
public class WorkshopService {

    private final Workshops workshops;
    private final WorkshopAccess access;
    private final TemplateSnapshots templates;
    private final JoinCodes joinCodes;
    private final TenantDirectory tenants;
    private final Clock clock;

    WorkshopService(
            Workshops workshops,
            WorkshopAccess access,
            TemplateSnapshots templates,
            JoinCodes joinCodes,
            TenantDirectory tenants,
            Clock clock) {
        this.workshops = workshops;
        this.access = access;
        this.templates = templates;
        this.joinCodes = joinCodes;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional
    public WorkshopView create(
            String title, String place, @Nullable LocalDate date, @Nullable String templateReference) {
        Actor actor = Actor.current();
        if (!actor.manages() || actor.username() == null) {
            throw new AccessRefusedException("workshop.facilitators-only");
        }
        TenantScope tenant = TenantContext.require();
        TemplateSnapshots.Pinned template = templates.resolve(templateReference);
        boolean sharedByDefault = tenants.get(tenant.id()).sharesNationally();
        String code = JoinCodes.generate();
        Workshop workshop = workshops.save(Workshop.create(
                new WorkshopPlan(title, place, date, template.reference(), template.agenda()),
                tenant,
                actor.username(),
                sharedByDefault,
                code,
                clock));
        joinCodes.register(code, workshop.id(), tenant.id().value());
        templates.store(workshop.id(), tenant.id().value(), template);
        return workshop.view();
    }

    @Transactional(readOnly = true)
    public List<WorkshopView> visibleToMe() {
        Actor actor = Actor.current();
        TenantContext.require();
        return workshops.findAllByOrderByDateAscTitleAsc().stream()
                .filter(w -> actor.manages() || (actor.username() != null && w.invited(actor.username())))
                .map(Workshop::view)
                .toList();
    }

    /** The ids of the workshops the current user manages (of those {@link #visibleToMe()} lists). */
    @Transactional(readOnly = true)
    public Set<UUID> managedByMe() {
        Actor actor = Actor.current();
        TenantContext.require();
        return workshops.findAllByOrderByDateAscTitleAsc().stream()
                .filter(w -> access.manages(w, actor))
                .map(Workshop::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the current user manages the workshop (404 if they cannot even see it listed). */
    @Transactional(readOnly = true)
    public boolean managedByMe(UUID id) {
        Actor actor = Actor.current();
        return access.manages(access.listed(id, actor), actor);
    }

    /** The workshop with its content, for those who may see it (see {@link WorkshopAccess#visible}). */
    @Transactional(readOnly = true)
    public WorkshopView get(UUID id) {
        return access.visible(id, Actor.current()).view();
    }

    /** The workshop as listed: also for the municipality's facilitators who do not manage it (read-only). */
    @Transactional(readOnly = true)
    WorkshopView summary(UUID id) {
        return access.listed(id, Actor.current()).view();
    }

    @Transactional(readOnly = true)
    public String joinCode(UUID id) {
        return access.managed(id, Actor.current()).joinCode();
    }

    @Transactional
    public WorkshopView schedule(UUID id, LocalDate date) {
        return change(id, workshop -> workshop.schedule(date, TenantContext.require(), clock));
    }

    @Transactional
    public WorkshopView start(UUID id) {
        return change(id, workshop -> workshop.start(clock));
    }

    @Transactional
    public WorkshopView complete(UUID id) {
        WorkshopView view = change(id, workshop -> workshop.complete(clock));
        joinCodes.expire(id);
        return view;
    }

    @Transactional
    WorkshopView archive(UUID id) {
        return change(id, Workshop::archive);
    }

    @Transactional
    WorkshopView configure(UUID id, boolean showNames, int dotsPerPerson) {
        return change(id, workshop -> workshop.configure(showNames, dotsPerPerson));
    }

    @Transactional
    WorkshopView invite(UUID id, String username) {
        return change(id, workshop -> workshop.invite(username));
    }

    /** A facilitator listed on the workshop (or an admin) lists a co-facilitator, who then manages it too. */
    @Transactional
    WorkshopView addFacilitator(UUID id, String username) {
        return change(id, workshop -> workshop.addFacilitator(username));
    }

    /** Only the municipality's admin changes a workshop's national visibility, also once it is completed. */
    @Transactional
    public WorkshopView changeSharing(UUID id, boolean shared) {
        if (!Actor.current().has(no.samarbeid.core.security.Role.MUNICIPAL_ADMIN)) {
            throw new AccessRefusedException("workshop.admins-only");
        }
        return change(id, workshop -> workshop.changeSharing(shared, clock));
    }

    WorkshopView change(UUID id, Consumer<Workshop> change) {
        Workshop workshop = access.managed(id, Actor.current());
        change.accept(workshop);
        return workshops.save(workshop).view();
    }
}

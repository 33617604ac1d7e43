package com.greencert.tenant.service;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;

/** Who the tenants are; the platform operator opens the portal to new ones. */
@ApplicationScoped
@Transactional
public class TenantService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Tenants tenants;

    @Inject
    TenantDirectory directory;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    Event<TenantStatusChanged> statusChanged;

    /** The tenant the caller acts for. */
    public Tenant currentTenant() {
        Caller caller = callers.require();
        return tenants.find(caller.tenantId())
                .orElseThrow(() -> new NotFoundException("tenant", caller.tenantId()));
    }

    /** One page of all tenants, by English name (platform administrators only). */
    public Page<Tenant> list(PageRequest page) {
        return list(page, null);
    }

    /** One page of the tenants whose id or name contains {@code text} (all if blank), by English name. */
    public Page<Tenant> list(PageRequest page, String text) {
        callers.requireAny(Role.PLATFORM_ADMIN);
        return tenants.page(page, text);
    }

    /**
     * Creates the organization and first administrator in the identity provider, then the tenant record.
     * If the identity provider fails half-way, the organization is removed again.
     */
    public ProvisionedTenant create(NewTenant request) {
        callers.requireAny(Role.PLATFORM_ADMIN);
        return provision(request);
    }

    /**
     * Opens the portal to a supplier's company that follows a buyer's invitation link: the same as {@link #create},
     * for the system acting on the link's behalf only (the joining service has checked and claimed the link; no
     * person's request reaches here).
     */
    public ProvisionedTenant provisionInvitedSupplier(NewTenant request) {
        if (!callers.require().isSystem() || request.type() != TenantType.SUPPLIER) {
            throw new AccessDeniedException("caller.role.missing", "system");
        }
        return provision(request);
    }

    /** Whether a tenant has this id already (a new one's id is chosen not to clash). */
    public boolean exists(TenantId id) {
        return tenants.find(id).isPresent();
    }

    private ProvisionedTenant provision(NewTenant request) {
        if (request.type() == null) {
            throw new InvalidInputException("field.required", "type");
        }
        TenantId id = TenantId.of(request.alias() == null ? "" : request.alias().strip());
        if (tenants.find(id).isPresent()) {
            throw new RuleViolationException("tenant.exists", id);
        }
        if (request.adminUsername() == null || !USERNAME.matcher(request.adminUsername()).matches()) {
            throw new InvalidInputException("user.username.invalid", request.adminUsername());
        }
        if (request.adminEmail() == null || !EMAIL.matcher(request.adminEmail()).matches()) {
            throw new InvalidInputException("user.email.invalid", request.adminEmail());
        }
        Tenant tenant = new Tenant(id, request.nameEn(), request.nameZh(), request.type(), request.country(),
                clock.instant());
        String organizationId = directory.createOrganization(id, tenant.nameEn(), tenant.type());
        String password = temporaryPassword();
        try {
            directory.createMember(organizationId, new TenantDirectory.Member(request.adminUsername(),
                    request.adminEmail(), request.adminFirstName(), request.adminLastName(),
                    Set.of(Role.TENANT_ADMIN, request.type().primaryRole())), password);
            tenants.add(tenant);
        } catch (RuntimeException e) {
            directory.deleteOrganization(organizationId);
            throw e;
        }
        return new ProvisionedTenant(tenant, request.adminUsername(), password);
    }

    /** Corrects a tenant's names and country (platform administrators only). */
    public Tenant edit(TenantId id, String nameEn, String nameZh, String country) {
        callers.requireAny(Role.PLATFORM_ADMIN);
        Tenant tenant = find(id);
        if (tenant.edit(nameEn, nameZh, country)) {
            statusChanged.fire(new TenantStatusChanged(tenant.id(), tenant.type(), tenant.isSuspended()));
        }
        return tenant;
    }

    /**
     * Suspends a tenant (platform administrators only): its people are refused sign-in to the portal, and a
     * supplier leaves the public registry (the registry's change feed hears of it in this transaction).
     */
    public Tenant suspend(TenantId id) {
        callers.requireAny(Role.PLATFORM_ADMIN);
        Tenant tenant = find(id);
        tenant.suspend(clock.instant());
        statusChanged.fire(new TenantStatusChanged(tenant.id(), tenant.type(), true));
        return tenant;
    }

    /** Lifts a suspension (platform administrators only); a supplier's public record returns to the registry. */
    public Tenant reactivate(TenantId id) {
        callers.requireAny(Role.PLATFORM_ADMIN);
        Tenant tenant = find(id);
        tenant.reactivate();
        statusChanged.fire(new TenantStatusChanged(tenant.id(), tenant.type(), false));
        return tenant;
    }

    /** Whether the caller's tenant is suspended (then the portal refuses its people); false without a caller. */
    public boolean callerSuspended() {
        return callers.current().flatMap(c -> tenants.find(c.tenantId())).map(Tenant::isSuspended).orElse(false);
    }

    private Tenant find(TenantId id) {
        return tenants.find(id).orElseThrow(() -> new NotFoundException("tenant", id));
    }

    /**
     * A tenant administrator invites a colleague into their own organisation (never another: the tenant is the
     * caller's) with roles a member of such a tenant may hold; the colleague signs in with a one-time password and
     * chooses their own. The account is created in the identity provider, as for a new tenant's first administrator.
     */
    public InvitedColleague invite(NewColleague request) {
        Caller caller = callers.requireAny(Role.TENANT_ADMIN);
        Tenant tenant = currentTenant();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw new InvalidInputException("user.username.invalid", request.username());
        }
        if (request.email() == null || !EMAIL.matcher(request.email()).matches()) {
            throw new InvalidInputException("user.email.invalid", request.email());
        }
        if (request.roles().isEmpty()) {
            throw new InvalidInputException("colleague.roles.required");
        }
        for (Role role : request.roles()) {
            if (!tenant.type().allowedRoles().contains(role)) {
                throw new RuleViolationException("colleague.role.not.allowed", role.realmRole());
            }
        }
        String organizationId = directory.organizationId(tenant.id())
                .orElseThrow(() -> new NotFoundException("tenant", caller.tenantId()));
        String password = temporaryPassword();
        directory.createMember(organizationId, new TenantDirectory.Member(request.username(), request.email(),
                request.firstName(), request.lastName(), request.roles()), password);
        return new InvitedColleague(request.username(), request.roles(), password);
    }

    /** Registers a tenant whose organization already exists in the identity provider (demo data, migration). */
    public void registerExisting(Tenant tenant) {
        if (tenants.find(tenant.id()).isEmpty()) {
            tenants.add(tenant);
        }
    }

    private static String temporaryPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}

package com.greencert.criteria.service;

import com.greencert.criteria.domain.JoinInvitation;
import com.greencert.criteria.domain.JoinToken;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import com.greencert.tenant.service.NewTenant;
import com.greencert.tenant.service.ProvisionedTenant;
import com.greencert.tenant.service.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Following an invitation link, before anyone is signed in (docs/adr/0026). The link's holder reads the offer, then
 * opens the portal to the company: the link is claimed first (so a second holder, or the same one twice at once, is
 * refused), then the supplier tenant and its first administrator are created in the identity provider as a platform
 * administrator would (a one-time password to change at first sign-in), then the buyer's request is put in the new
 * supplier's invitations. A company that joined already from a link to the same address is not created again: the
 * request joins it. If opening the portal fails, the link is given back.
 *
 * <p>Not transactional: each step is its own transaction, acting as the system for the link's buyer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JoiningService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    JoinLinks links;

    @Inject
    TenantService tenantService;

    @Inject
    Tenants tenants;

    @Inject
    CallerContext callers;

    /** What the link offers, and whether it may still be followed; an unknown link is refused (404). */
    public JoinOffer offer(String link) {
        JoinToken token = JoinToken.of(link);
        return asBuyerOf(token, () -> links.offer(token));
    }

    /** Opens the portal to the invited company through the link (refused, with the reason, unless it is open). */
    public Joined join(String link, JoinRequest request) {
        JoinToken token = JoinToken.of(link);
        return asBuyerOf(token, () -> {
            JoinInvitation join = links.claim(token);
            ProvisionedTenant provisioned = null;
            TenantId supplier;
            try {
                Optional<TenantId> existing = links.joinedFrom(join.email());
                if (existing.isPresent()) {
                    supplier = existing.get();
                } else {
                    provisioned = tenantService.provisionInvitedSupplier(newTenant(join, request));
                    supplier = provisioned.tenant().id();
                }
            } catch (RuntimeException failed) {
                links.release(token);
                throw failed;
            }
            links.joined(token, supplier);
            return provisioned == null ? new Joined(tenants.find(supplier).orElseThrow(), Optional.empty(), Optional.empty())
                    : new Joined(provisioned.tenant(), Optional.of(provisioned.adminUsername()),
                            Optional.of(provisioned.temporaryPassword()));
        });
    }

    private NewTenant newTenant(JoinInvitation join, JoinRequest r) {
        String nameEn = r.companyNameEn() == null || r.companyNameEn().isBlank() ? join.companyName() : r.companyNameEn();
        return new NewTenant(alias(nameEn), nameEn, r.companyNameZh(), TenantType.SUPPLIER,
                r.country() == null || r.country().isBlank() ? "CN" : r.country(), r.username(), join.email(),
                r.firstName(), r.lastName());
    }

    /** A tenant id from the company's name ({@code ningbo-cells}), with a few random letters if that one is taken. */
    private String alias(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.length() > 40 ? base.substring(0, 40).replaceAll("-+$", "") : base;
        String alias = base.isEmpty() ? "supplier-" + random(6) : base;
        while (tenantService.exists(TenantId.of(alias))) {
            alias = (base.isEmpty() ? "supplier" : base) + "-" + random(4);
        }
        return alias;
    }

    private static String random(int length) {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Runs the steps as the system for the link's buyer, then restores whoever was calling (none, mostly). */
    private <T> T asBuyerOf(JoinToken token, Supplier<T> steps) {
        TenantId buyer = links.buyerOf(token).orElseThrow(() -> NotFoundException.because("join.link.unknown"));
        Optional<Caller> before = callers.current();
        callers.set(Caller.system(buyer));
        try {
            return steps.get();
        } finally {
            callers.set(before.orElse(null));
        }
    }
}

package com.greencert.evidence.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.evidence.domain.Evidence;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.Evidences;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A supplier takes a piece of evidence out of use (docs/adr/0020), from its latest version: every version is
 * retired with the same reason, so none counts any more for coverage, expiry or reminders, and none takes a new
 * version, a share or an application. Refused while an application not yet decided carries any version (detach
 * it, or let the application be decided or cancelled first), and for a piece retired already. Its grants stay as
 * they are: who was given it keeps reading what was shared, shown as retired.
 */
@ApplicationScoped
@Transactional
public class EvidenceRetirement {

    private static final Logger LOG = Logger.getLogger(EvidenceRetirement.class.getName());

    @Inject
    Evidences evidences;

    @Inject
    EvidenceInUse inUse;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<com.greencert.supplier.service.SupplierDataChanged> changed;

    /** Retires the piece whose latest version this is; audit-logged in the owner's ledger. */
    public void retire(EvidenceId id, String reason) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        Evidence latest = evidences.find(id).orElseThrow(() -> new NotFoundException("evidence", id));
        if (evidences.supersederOf(id).isPresent()) {
            throw new RuleViolationException("evidence.retire.not.latest", id);
        }
        List<Evidence> versions = versionsUpTo(latest);
        if (!latest.retired()) {
            List<String> open = inUse.undecidedApplicationsCarrying(versions.stream().map(Evidence::id).toList());
            if (!open.isEmpty()) {
                throw new RuleViolationException("evidence.retire.in.use", latest.title(), String.join(", ", open));
            }
        }
        Instant now = clock.instant();
        versions.forEach(v -> v.retire(caller.username(), now, reason)); // the latest first: it refuses a second time
        changed.fire(new com.greencert.supplier.service.SupplierDataChanged(caller.tenantId()));
        audit.record(caller.tenantId(), "evidence.retired", "evidence", id.toString(),
                "versions=" + versions.size() + " reason=" + latest.retirement().orElseThrow().reason());
        LOG.info(() -> "Evidence " + id + " of " + caller.tenantId() + " retired with its " + versions.size()
                + " version(s) by " + caller.username() + " at " + now);
    }

    /** A piece's versions from this one back to its first. */
    private List<Evidence> versionsUpTo(Evidence latest) {
        List<Evidence> versions = new ArrayList<>(List.of(latest));
        for (Optional<EvidenceId> previous = latest.supersedes(); previous.isPresent();
                previous = versions.getLast().supersedes()) {
            EvidenceId p = previous.get();
            versions.add(evidences.find(p).orElseThrow(() -> new NotFoundException("evidence", p)));
        }
        return versions;
    }
}

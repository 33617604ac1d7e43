package com.greencert.certification.api;

import com.greencert.certification.domain.Appeal;
import com.greencert.certification.domain.ApplicationAction;
import com.greencert.certification.domain.ApplicationEvent;
import com.greencert.certification.domain.AttachedEvidence;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.CoveredItem;
import com.greencert.certification.domain.CriterionReview;
import com.greencert.certification.domain.Finding;
import com.greencert.certification.domain.MissingEvidence;
import com.greencert.certification.domain.NextStep;
import com.greencert.certification.service.ApplicationDetails;
import com.greencert.certification.service.ApplicationSummary;
import com.greencert.certification.service.PartyName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of applications: one record per part, built from the service's read model. */
public final class ApplicationJson {

    private ApplicationJson() {
    }

    public record Link(String action, String method, String href) {
        static Link of(String appId, ApplicationAction a) {
            String path = switch (a) {
                case EDIT -> "cover";
                case RENEW -> "renew";
                case APPEAL -> "appeals";
                default -> a.slug();
            };
            return new Link(a.slug(), "POST", "/api/applications/" + appId + "/" + path);
        }
    }

    public record SchemeRef(String id, String code, int version, String nameEn, String nameZh) {
    }

    public record Item(String id, String label, String hsCode) {
        static Item of(CoveredItem i) {
            return new Item(i.itemId(), i.label(), i.hsCode().orElse(null));
        }
    }

    public record Evidence(String id, String type, String title, LocalDate issuedOn, LocalDate expiresOn) {
        static Evidence of(AttachedEvidence e) {
            return new Evidence(e.evidenceId().toString(), e.type().name(), e.title(), e.issuedOn(), e.expiresOn().orElse(null));
        }
    }

    public record Missing(String criterion, String evidenceType, String reason) {
        static Missing of(MissingEvidence m) {
            return new Missing(m.criterionCode(), m.evidenceType().name(), m.reason().name());
        }
    }

    public record Review(String criterion, boolean conforms, String note, String by, Instant at) {
        static Review of(CriterionReview r) {
            return new Review(r.criterionCode(), r.conforms(), r.note().orElse(null), r.reviewedBy(), r.reviewedAt());
        }
    }

    /** The audit: planned, held, the report it was recorded with, and the body's reports attached for it to name. */
    public record Audit(LocalDate plannedOn, String auditor, String mode, LocalDate heldOn, String reportEvidenceId,
            List<Evidence> attachedReports) {
    }

    public record FindingJson(String id, String severity, String criterion, String description, LocalDate dueOn, String status,
            String correction, String correctionEvidenceId, String verifiedBy, String verificationNote) {
        static FindingJson of(Finding f) {
            return new FindingJson(f.id().toString(), f.severity().name(), f.criterionCode(), f.description(), f.dueOn(),
                    f.status().name(), f.correction().orElse(null),
                    f.correctionEvidence().map(Object::toString).orElse(null), f.verifiedBy().orElse(null),
                    f.verificationNote().orElse(null));
        }
    }

    public record Verdict(String reviewer, String recommendation, String reviewNote, String decider, String decision,
            String reason, Instant decidedAt) {
    }

    public record Certificate(LocalDate issuedOn, LocalDate validUntil, List<String> scope, LocalDate lastSurveillanceOn,
            LocalDate surveillanceDue) {
    }

    public record Next(String party, String role, String what, LocalDate dueOn) {
        static Next of(NextStep n) {
            return new Next(n.party().name(), n.role().realmRole(), n.what(), n.dueOn());
        }
    }

    /** Why the caller cannot take the step the application waits for: reason, the role it needs, in words. */
    public record Blocked(String reason, String role, String message) {
        static Blocked of(com.greencert.certification.domain.Blocker b) {
            return new Blocked(b.slug(), b.role().realmRole(), b.message(java.util.Locale.ENGLISH));
        }
    }

    public record Event(int seq, String action, String statusAfter, String actor, String actorTenant, Instant at, String note) {
        static Event of(ApplicationEvent e) {
            return new Event(e.seq(), e.action(), e.statusAfter().name(), e.actor(), e.actorTenant(), e.occurredAt(),
                    e.note().orElse(null));
        }
    }

    public record AppealJson(String id, String applicationId, String appealedStatus, String grounds, String lodgedBy,
            Instant lodgedAt, String status, String handler, String outcome, long version, List<Link> allowedActions) {
        static AppealJson of(Appeal a) {
            return of(a, null);
        }

        /** With the caller's next actions on it (null: not computed, left out of the JSON). */
        static AppealJson of(Appeal a, List<Appeal.Action> actions) {
            return new AppealJson(a.id().toString(), a.applicationId().toString(), a.appealedStatus().name(), a.grounds(),
                    a.lodgedBy(), a.lodgedAt(), a.status().name(), a.handler().orElse(null), a.outcome().orElse(null),
                    a.version(), actions == null ? null : actions.stream().map(x -> {
                        String slug = x.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                        return new Link(slug, "POST", "/api/appeals/" + a.id() + "/" + slug);
                    }).toList());
        }
    }

    public record Detail(String id, long version, String status, String supplier, String body, PartyName supplierName,
            PartyName bodyName, SchemeRef scheme,
            List<Item> products, List<Item> facilities, List<Evidence> evidence, List<Missing> missing,
            String assessor, List<Review> criterionReviews, Audit audit, List<FindingJson> findings, Verdict verdict,
            Certificate certificate, Next nextStep, String renewalOf, String renewedBy, List<Event> history,
            List<AppealJson> appeals, List<Link> allowedActions, Blocked blocked) {

        static Detail of(ApplicationDetails d) {
            CertificationApplication a = d.application();
            String id = a.id().toString();
            var s = d.scheme();
            var au = a.audit();
            var v = a.verdict();
            var c = a.certificate();
            return new Detail(id, a.version(), d.status().name(), a.supplier().value(), a.body().value(),
                    d.supplierName(), d.bodyName(),
                    new SchemeRef(s.id().toString(), s.code(), s.versionNo(), s.nameEn(), s.nameZh().orElse(null)),
                    items(a, CoveredItem.Kind.PRODUCT), items(a, CoveredItem.Kind.FACILITY),
                    a.evidence().stream().map(Evidence::of).toList(), d.missing().stream().map(Missing::of).toList(),
                    a.assessor().orElse(null), a.criterionReviews().stream().map(Review::of).toList(),
                    new Audit(au.plannedOn().orElse(null), au.auditor().orElse(null), au.mode().map(Enum::name).orElse(null),
                            au.heldOn().orElse(null), au.report().map(Object::toString).orElse(null),
                            a.auditReports().stream().map(Evidence::of).toList()),
                    a.findings().stream().map(FindingJson::of).toList(),
                    new Verdict(v.reviewer().orElse(null), v.recommendation().map(Enum::name).orElse(null),
                            v.reviewNote().orElse(null), v.decider().orElse(null), v.decision().map(Enum::name).orElse(null),
                            v.decisionReason().orElse(null), v.decidedAt().orElse(null)),
                    c.issued() ? new Certificate(c.issuedOn().orElse(null), c.validUntil().orElse(null), c.scope(),
                            c.lastSurveillanceOn().orElse(null), a.surveillanceDue().orElse(null)) : null,
                    d.nextStep().map(Next::of).orElse(null), a.renewalOf().map(Object::toString).orElse(null),
                    a.renewedBy().map(Object::toString).orElse(null), a.history().stream().map(Event::of).toList(),
                    d.appeals().stream().map(x -> AppealJson.of(x, d.appealActions().get(x.id()))).toList(),
                    d.allowedActions().stream().map(x -> Link.of(id, x)).toList(),
                    d.blocker().map(Blocked::of).orElse(null));
        }

        private static List<Item> items(CertificationApplication a, CoveredItem.Kind kind) {
            return a.scopeItems().stream().filter(i -> i.kind() == kind).map(Item::of).toList();
        }
    }

    public record Summary(String id, long version, String supplier, String body, PartyName supplierName,
            PartyName bodyName, String schemeCode, int schemeVersion,
            String schemeName, String status, Next nextStep, boolean overdue, LocalDate validUntil, Instant updatedAt,
            Blocked blocked) {
        static Summary of(ApplicationSummary s) {
            return new Summary(s.id().toString(), s.version(), s.supplier().value(), s.body().value(), s.supplierName(),
                    s.bodyName(), s.schemeCode(),
                    s.schemeVersion(), s.schemeName(), s.status().name(), s.nextStep().map(Next::of).orElse(null),
                    s.overdue(), s.validUntil().orElse(null), s.updatedAt(), s.blocker().map(Blocked::of).orElse(null));
        }
    }
}

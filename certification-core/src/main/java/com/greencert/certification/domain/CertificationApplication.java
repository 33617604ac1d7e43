package com.greencert.certification.domain;

import static com.greencert.certification.domain.ActionRules.require;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A supplier's application to a certification body for one scheme version, covering named products and
 * facilities, and — once granted — the certification it became. The whole ISO/IEC 17065 lifecycle is kept
 * here; the body's evaluation ({@link Evaluation}) and what is done once decided ({@link Certification}) are
 * commands of their own types on this state. Every command checks {@link ApplicationAction}'s table (party,
 * role, state) and the impartiality rules first and changes nothing when refused; every change is appended
 * to the history. Supplier and body both read it (the party criterion of eclipselink-orm.xml): the body from
 * the first submission on.
 */
@Entity
@Table(name = "certification_application")
public class CertificationApplication {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "supplier_tenant_id", nullable = false, length = 64)
    private String supplierTenantId;

    @Column(name = "body_tenant_id", nullable = false, length = 64)
    private String bodyTenantId;

    @Column(name = "scheme_id", nullable = false, length = 36)
    private String schemeId;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "surveillance_months", nullable = false)
    private int surveillanceMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ApplicationStatus status;

    /** Whether the body may read it: from the first submission on (a draft is the supplier's alone). */
    @Column(name = "open_to_body", nullable = false)
    private boolean openToBody;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_scope_item", joinColumns = @JoinColumn(name = "application_id"))
    private List<CoveredItem> scopeItems = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_evidence", joinColumns = @JoinColumn(name = "application_id"))
    private Set<AttachedEvidence> evidence = new LinkedHashSet<>();

    /** The body's audit reports attached to this application (from its own vault): what recording the audit names. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_audit_report", joinColumns = @JoinColumn(name = "application_id"))
    private Set<AttachedEvidence> auditReports = new LinkedHashSet<>();

    @Column(name = "assessor", length = 200)
    private String assessor;

    /** Everyone who took part in the evaluation (usernames, separated by spaces): never reviewer or decider. */
    @Column(name = "evaluators", length = 1000)
    private String evaluators = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_criterion_review", joinColumns = @JoinColumn(name = "application_id"))
    private List<CriterionReview> criterionReviews = new ArrayList<>();

    @Embedded
    private AuditVisit audit;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("raisedAt")
    private List<Finding> findings = new ArrayList<>();

    @Embedded
    private Verdict verdict;

    @Embedded
    private Certificate certificate;

    @Column(name = "renewal_of", length = 36)
    private String renewalOf;

    @Column(name = "renewed_by", length = 36)
    private String renewedBy;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("seq")
    private List<ApplicationEvent> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CertificationApplication() {
        // for JPA
    }

    /** A new draft by a supplier for a published scheme version of a body (the caller freezes the version). */
    public CertificationApplication(ApplicationId id, Actor supplier, Scheme scheme, Instant at) {
        this.id = Objects.requireNonNull(id, "id").toString();
        this.supplierTenantId = supplier.tenant().value();
        this.bodyTenantId = scheme.body().value();
        this.schemeId = scheme.id().toString();
        this.validityMonths = scheme.validityMonths();
        this.surveillanceMonths = scheme.surveillanceMonths();
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = at;
        require(!supplier.tenant().equals(scheme.body()), "application.self");
        scheme.requirePublished();
        ActionRules.refusal(ApplicationAction.EDIT, supplier, status, supplier(), body(), Set.of()).ifPresent(e -> {
            throw e;
        });
        record(ApplicationAction.EDIT, supplier, at, null);
    }

    // ---- the supplier prepares and submits

    /** Names the products and facilities the application covers (replacing the previous ones). */
    public void cover(Actor actor, List<CoveredItem> products, List<CoveredItem> facilities, Instant at) {
        guard(ApplicationAction.EDIT, actor);
        require(products.size() <= 100 && facilities.size() <= 50, "application.scope.too.large");
        this.scopeItems = new ArrayList<>(new LinkedHashSet<>(products));
        this.scopeItems.addAll(new LinkedHashSet<>(facilities));
        record(ApplicationAction.EDIT, actor, at, products.size() + " products, " + facilities.size() + " facilities");
    }

    public void attach(Actor actor, AttachedEvidence piece, Instant at) {
        guard(ApplicationAction.EDIT, actor);
        evidence.remove(piece);
        evidence.add(piece);
        record(ApplicationAction.EDIT, actor, at, "attached " + piece.evidenceId());
    }

    void auditReportAttached(AttachedEvidence report) {
        auditReports.remove(report);
        auditReports.add(report);
    }

    public void detach(Actor actor, EvidenceId piece, Instant at) {
        guard(ApplicationAction.EDIT, actor);
        require(evidence.removeIf(e -> e.evidenceId().equals(piece)), "application.evidence.not.attached", piece);
        record(ApplicationAction.EDIT, actor, at, "detached " + piece);
    }

    /** What is still missing before this application can be submitted (empty when complete). */
    public List<MissingEvidence> missing(Scheme scheme, LocalDate today) {
        return scheme.missing(evidence, today);
    }

    public void submit(Actor actor, Scheme scheme, LocalDate today, Instant at) {
        guard(ApplicationAction.SUBMIT, actor);
        require(!products().isEmpty(), "application.products.required");
        List<MissingEvidence> missing = missing(scheme, today);
        require(missing.isEmpty(), "application.incomplete", missing.size(), missing.stream()
                .map(m -> m.criterionCode() + ":" + m.evidenceType() + "(" + m.reason() + ")").toList().toString());
        this.openToBody = true;
        transition(ApplicationAction.SUBMIT, actor, ApplicationStatus.SUBMITTED, at, null);
    }

    public void cancel(Actor actor, String reason, Instant at) {
        guard(ApplicationAction.CANCEL, actor);
        transition(ApplicationAction.CANCEL, actor, ApplicationStatus.CANCELLED, at, Text.optional("reason", reason, 2000));
    }

    // ---- application review by the body, then its evaluation

    public void accept(Actor actor, String note, Instant at) {
        guard(ApplicationAction.ACCEPT, actor);
        this.assessor = actor.username();
        addEvaluator(actor.username());
        transition(ApplicationAction.ACCEPT, actor, ApplicationStatus.EVALUATION, at, Text.optional("note", note, 2000));
    }

    public void returnForCompletion(Actor actor, String reason, Instant at) {
        guard(ApplicationAction.RETURN, actor);
        transition(ApplicationAction.RETURN, actor, ApplicationStatus.RETURNED, at, Text.required("reason", reason, 2000));
    }

    /** The body's document review, audit, findings and corrective actions: see {@link Evaluation}. */
    public Evaluation evaluation() {
        return new Evaluation(this);
    }

    // ---- independent review and decision

    public void review(Actor actor, Verdict.Outcome recommendation, String note, Instant at) {
        guard(ApplicationAction.REVIEW, actor);
        Objects.requireNonNull(recommendation, "recommendation");
        String text = Text.optional("note", note, 2000);
        this.verdict = verdict().reviewed(actor.username(), recommendation, text, at);
        transition(ApplicationAction.REVIEW, actor, ApplicationStatus.DECISION_PENDING, at, recommendation + " " + (text == null ? "" : text));
    }

    public void decide(Actor actor, Verdict.Outcome outcome, String reason, Collection<String> reducedScope,
            LocalDate today, Instant at) {
        guard(ApplicationAction.DECIDE, actor);
        if (outcome == null) {
            throw new InvalidInputException("field.required", "outcome");
        }
        String why = outcome == Verdict.Outcome.GRANT ? Text.optional("reason", reason, 2000) : Text.required("reason", reason, 2000);
        List<String> scope = products();
        if (outcome == Verdict.Outcome.GRANT_REDUCED) {
            scope = reducedScope(reducedScope);
        }
        this.verdict = verdict().decided(actor.username(), outcome, why, at);
        if (outcome == Verdict.Outcome.REFUSE) {
            transition(ApplicationAction.DECIDE, actor, ApplicationStatus.REFUSED, at, why);
        } else {
            this.certificate = new Certificate(today, validityMonths, scope);
            transition(ApplicationAction.DECIDE, actor, ApplicationStatus.CERTIFIED, at, outcome + (why == null ? "" : " " + why));
        }
    }

    // ---- after the decision: see Certification

    /** What is done with this application once decided: surveillance, suspension, …, renewal and appeals. */
    public Certification certification() {
        return new Certification(this);
    }

    // ---- what is allowed, what is next

    /** The actions this actor may take now, in table order: the list the API and the views offer. */
    public List<ApplicationAction> allowedActions(Actor actor, LocalDate today) {
        return ActionRules.allowed(actor, statusOn(today), supplier(), body(), evaluatorSet()).stream()
                .filter(a -> a != ApplicationAction.APPEAL || certification().appealable())
                .filter(a -> a != ApplicationAction.RENEW || renewedBy == null).toList();
    }

    /**
     * Why this actor cannot take the step the application waits for (see {@link #nextStep}), if they cannot:
     * a declared conflict of interest, their part in the evaluation, a role they lack, or the other party's turn.
     * Empty when they can, or when nothing waits.
     */
    public Optional<Blocker> blocker(Actor actor, LocalDate today) {
        ApplicationStatus now = statusOn(today);
        List<ApplicationAction> waiting = nextStep(today).map(n -> Arrays.stream(ApplicationAction.values())
                .filter(a -> a.allowedIn(now) && a.side() == n.party() && a.role() == n.role()).toList())
                .orElse(List.of());
        return ActionRules.blocker(waiting, allowedActions(actor, today), actor, now, supplier(), body(), evaluatorSet());
    }

    /** The status on a day: a certificate past its validity reads as expired without anyone writing it. */
    public ApplicationStatus statusOn(LocalDate today) {
        return status == ApplicationStatus.CERTIFIED && certificate().expiredOn(today) ? ApplicationStatus.EXPIRED : status;
    }

    /** Who must act next, and by when (if the step has a due date). */
    public Optional<NextStep> nextStep(LocalDate today) {
        return NextStep.of(this, statusOn(today), today);
    }

    /** The certification body's work queues this application is in on a day (none once it is closed). */
    public Set<WorkQueue> queuesOn(LocalDate today) {
        return WorkQueue.of(this, today);
    }

    public boolean overdueFindings(LocalDate today) {
        return status == ApplicationStatus.CORRECTIVE_ACTION && findings.stream().anyMatch(f -> f.overdue(today));
    }

    public Optional<LocalDate> surveillanceDue() {
        return status == ApplicationStatus.CERTIFIED ? certificate().surveillanceDue(surveillanceMonths) : Optional.empty();
    }

    // ---- internals

    private void guard(ApplicationAction action, Actor actor) {
        guard(action, actor, null);
    }

    void guard(ApplicationAction action, Actor actor, LocalDate today) {
        guard(action, action.taker(), actor, today);
    }

    /** Refuses unless the actor may act as the taker; on the stored status, or the status on a day if given. */
    void guard(ApplicationAction action, ApplicationAction.Taker taker, Actor actor, LocalDate today) {
        ApplicationStatus now = today == null ? status : statusOn(today);
        ActionRules.refusal(action, taker, actor, now, supplier(), body(), evaluatorSet()).ifPresent(e -> {
            throw e;
        });
    }

    void transition(ApplicationAction action, Actor actor, ApplicationStatus to, Instant at, String note) {
        this.status = to;
        record(action, actor, at, note);
    }

    void record(ApplicationAction action, Actor actor, Instant at, String note) {
        history.add(new ApplicationEvent(this, history.size() + 1, action, status, actor, at,
                note == null ? null : note.length() > 2000 ? note.substring(0, 2000) : note));
        this.updatedAt = at;
    }

    List<String> reducedScope(Collection<String> wanted) {
        List<String> scope = wanted == null ? List.of() : List.copyOf(new LinkedHashSet<>(wanted));
        require(!scope.isEmpty() && products().containsAll(scope) && scope.size() < products().size(),
                "application.scope.reduced.invalid");
        return scope;
    }

    void addEvaluator(String username) {
        Set<String> set = evaluatorSet();
        if (set.add(username)) {
            evaluators = String.join(" ", set);
        }
    }

    Set<String> evaluatorSet() {
        return evaluators == null || evaluators.isBlank() ? new LinkedHashSet<>()
                : new LinkedHashSet<>(Arrays.asList(evaluators.split(" ")));
    }

    // ---- the state Evaluation and Certification change

    /** A criterion's review, replacing an earlier one of the same criterion. */
    void reviewed(CriterionReview review) {
        criterionReviews.removeIf(r -> r.criterionCode().equals(review.criterionCode()));
        criterionReviews.add(review);
    }

    void audit(AuditVisit changed) {
        this.audit = changed;
    }

    void raised(Finding finding) {
        findings.add(finding);
    }

    void certificate(Certificate changed) {
        this.certificate = changed;
    }

    void verdict(Verdict reopened) {
        this.verdict = reopened;
    }

    /** The draft of the next cycle, with this one's scope, linked both ways. */
    CertificationApplication renewal(ApplicationId newId, Actor supplier, Scheme scheme, Instant at) {
        CertificationApplication next = new CertificationApplication(newId, supplier, scheme, at);
        next.scopeItems = new ArrayList<>(scopeItems);
        next.renewalOf = id;
        this.renewedBy = newId.toString();
        return next;
    }

    private List<String> ids(CoveredItem.Kind kind) {
        return scopeItems.stream().filter(i -> i.kind() == kind).map(CoveredItem::itemId).toList();
    }

    // ---- reading

    public ApplicationId id() { return ApplicationId.parse(id); }
    public TenantId supplier() { return TenantId.of(supplierTenantId); }
    public TenantId body() { return TenantId.of(bodyTenantId); }
    /** The tenant that is this party to the application. */
    public TenantId tenantOf(ApplicationAction.Side side) { return side == ApplicationAction.Side.SUPPLIER ? supplier() : body(); }
    public SchemeId schemeId() { return SchemeId.parse(schemeId); }
    public ApplicationStatus storedStatus() { return status; }
    /** Whether the certification body has been given the application (by its first submission). */
    public boolean openToBody() { return openToBody; }
    public List<String> products() { return ids(CoveredItem.Kind.PRODUCT); }
    public List<String> facilities() { return ids(CoveredItem.Kind.FACILITY); }
    public List<CoveredItem> scopeItems() { return List.copyOf(scopeItems); }
    public List<AttachedEvidence> evidence() { return List.copyOf(evidence); }
    public List<AttachedEvidence> auditReports() { return List.copyOf(auditReports); }
    public Optional<String> assessor() { return Optional.ofNullable(assessor); }
    public Set<String> evaluators() { return Set.copyOf(evaluatorSet()); }
    public List<CriterionReview> criterionReviews() { return List.copyOf(criterionReviews); }
    public AuditVisit audit() { return audit == null ? new AuditVisit() : audit; }
    public List<Finding> findings() { return List.copyOf(findings); }
    public Verdict verdict() { return verdict == null ? Verdict.none() : verdict; }
    public Certificate certificate() { return certificate == null ? new Certificate() : certificate; }
    public Optional<ApplicationId> renewalOf() { return Optional.ofNullable(renewalOf).map(ApplicationId::parse); }
    public Optional<ApplicationId> renewedBy() { return Optional.ofNullable(renewedBy).map(ApplicationId::parse); }
    public List<ApplicationEvent> history() { return List.copyOf(history); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    int surveillanceMonths() { return surveillanceMonths; }
}

package com.greencert.criteria.api;

import com.greencert.criteria.domain.Basis;
import com.greencert.criteria.domain.InvitationAction;
import com.greencert.criteria.domain.CredentialFact;
import com.greencert.criteria.domain.EvidenceFact;
import com.greencert.criteria.domain.MatchResult;
import com.greencert.criteria.domain.ProductFact;
import com.greencert.criteria.service.RevisionImpact;
import com.greencert.criteria.service.Comparison;
import com.greencert.criteria.service.InvitationSummary;
import com.greencert.criteria.service.SupplierMatch;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.tenant.domain.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of invitations and of how suppliers measure up to a buyer's criteria (ADR 0023, 0024). */
public final class MatchJson {

    private MatchJson() {
    }

    /** A party by its tenant id and names. */
    public record Party(String id, String name, String nameZh) {
        static Party of(Tenant t) {
            return new Party(t.id().value(), t.nameEn(), t.nameZh());
        }
    }

    /** An invitation as either party sees it. */
    @Schema(name = "Invitation")
    public record InvitationRow(String id, Party buyer, Party supplier, String criteriaSet, String criteriaSetName,
            int sentForVersion, @Schema(enumeration = {"PENDING", "ACCEPTED", "DECLINED", "WITHDRAWN", "EXPIRED"})
            String state, String stateText, Instant invitedAt, Instant expiresAt, Instant answeredAt,
            @Schema(description = "What the caller's side may do now: POST /api/invitations/{id}/<action>",
                    enumeration = {"accept", "decline", "share-needed", "withdraw"}) List<String> actions) {
        static InvitationRow of(InvitationSummary s, Locale locale) {
            var i = s.invitation();
            return new InvitationRow(i.id().toString(), Party.of(s.buyer()), Party.of(s.supplier()),
                    i.criteriaSet().toString(), s.setName(), i.criteriaVersion(), s.state().name(),
                    DomainMessages.format("invitation.state." + s.state().key(), locale), i.invitedAt(), i.expiresAt(),
                    i.answeredAt(), s.actions().stream().map(InvitationAction::slug).toList());
        }
    }

    /**
     * What a buyer sends to invite a supplier. (No {@code @Schema} on {@code criteriaSet}: Payara's OpenAPI reader
     * takes any annotated method whose name contains "set" for a setter and fails on it.)
     */
    @Schema(name = "InvitationWritten", description = "criteriaSet: the criteria set's id; supplier: the supplier's "
            + "tenant id, as the public registry shows it. Both required.", requiredProperties = {"criteriaSet", "supplier"})
    public record Invite(String criteriaSet, String supplier) {
    }

    /** An invitation with the supplier's result against the set's current version; none when not measured. */
    @Schema(name = "InvitationWithResult")
    public record Measured(InvitationRow invitation, Result result) {
        static Measured of(SupplierMatch m, Locale locale) {
            return new Measured(InvitationRow.of(m.invitation(), locale),
                    m.measured() ? Result.of(m.result(), locale) : null);
        }
    }

    /** A supplier's overall outcome, weighted score (0-100) and one line per criterion. */
    @Schema(name = "MatchResult")
    public record Result(@Schema(enumeration = {"PASS", "FAIL", "UNKNOWN"}) String overall, int score, List<Line> lines) {
        static Result of(MatchResult r, Locale locale) {
            return new Result(r.overall().name(), r.score(), r.lines().stream().map(l -> Line.of(l, locale)).toList());
        }
    }

    /** One criterion's answer: why, in the reader's language, and on what. */
    @Schema(name = "MatchLine")
    public record Line(int position, String key, boolean mandatory, Integer weight,
            @Schema(enumeration = {"PASS", "FAIL", "UNKNOWN"}) String outcome,
            @Schema(description = "The reason's message key, e.g. match.reason.not.shared") String reason,
            String message, List<BasisRow> basis) {
        static Line of(MatchResult.Line l, Locale locale) {
            return new Line(l.position(), l.key(), l.importance().mandatory(), l.importance().weight(),
                    l.outcome().name(), l.reason().key(), l.message(locale), l.basis().stream().map(BasisRow::of).toList());
        }
    }

    /** A credential, a piece of shared evidence or a product an answer rests on. */
    @Schema(name = "MatchBasis")
    public record BasisRow(@Schema(enumeration = {"credential", "evidence", "product"}) String kind, String id,
            String type, String certificateNumber, String name, LocalDate from, LocalDate until, String sha256) {
        static BasisRow of(Basis b) {
            return switch (b) {
                case CredentialFact c -> new BasisRow("credential", c.id().toString(), null,
                        c.standing().certificateNumber(), null, c.standing().validFrom(), c.standing().validUntil(), null);
                case EvidenceFact e -> new BasisRow("evidence", e.id().toString(), e.type().name(), null, null,
                        e.issuedOn(), e.expiresOn(), e.sha256());
                case ProductFact p -> new BasisRow("product", p.id().toString(), null, null, p.name(), null, null, null);
            };
        }
    }

    /** Every invited supplier of a set against its current version, best first. */
    @Schema(name = "Comparison")
    public record ComparisonRow(String criteriaSet, String name, int version, List<Measured> suppliers) {
        static ComparisonRow of(Comparison c, Locale locale) {
            return new ComparisonRow(c.set().toString(), c.name(), c.version().number(),
                    c.suppliers().stream().map(m -> Measured.of(m, locale)).toList());
        }
    }

    /** What a revision would change before it is saved: each measured supplier's result now and after. */
    @Schema(name = "RevisionImpact")
    public record ImpactRow(String criteriaSet, int currentVersion, int proposedVersion, long changed,
            List<ImpactLine> suppliers) {
        static ImpactRow of(RevisionImpact i, Locale locale) {
            return new ImpactRow(i.set().toString(), i.current().number(), i.proposed().number(), i.changed(),
                    i.suppliers().stream().map(c -> new ImpactLine(InvitationRow.of(c.invitation(), locale),
                            Result.of(c.before(), locale), Result.of(c.after(), locale), c.changed())).toList());
        }
    }

    /** One supplier: its invitation, its result against the current version and against the proposed one. */
    @Schema(name = "RevisionImpactLine")
    public record ImpactLine(InvitationRow invitation, Result before, Result after, boolean changed) {
    }

    /** The pieces of evidence one "share what is needed" shared. */
    @Schema(name = "SharedForInvitation")
    public record Shared(List<String> evidence) {
    }
}

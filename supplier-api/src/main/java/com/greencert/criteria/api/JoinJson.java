package com.greencert.criteria.api;

import com.greencert.criteria.service.JoinInvitationSummary;
import com.greencert.criteria.service.JoinOffer;
import com.greencert.criteria.service.Joined;
import com.greencert.shared.domain.DomainMessages;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of invitations by e-mail: the buyer's list, what a link offers, and what following it made. */
final class JoinJson {

    private JoinJson() {
    }

    /** A buyer's invitation by e-mail of a supplier that is not on the portal yet. */
    @Schema(name = "MailedInvitation")
    public record MailInvite(String criteriaSet, String email, String companyName,
            @Schema(description = "The language of the mail and of the page the link opens", enumeration = {"en", "zh"})
            String language) {
    }

    @Schema(name = "MailedInvitationRow")
    public record Row(String id, String email, String companyName, String language, String criteriaSet,
            String criteriaSetName, @Schema(enumeration = {"OPEN", "USED", "WITHDRAWN", "EXPIRED"}) String state,
            String stateText, Instant invitedAt, Instant expiresAt, Instant usedAt, MatchJson.Party joined,
            @Schema(description = "POST /api/join-invitations/{id}/withdraw while the link is open") boolean withdrawable) {
        static Row of(JoinInvitationSummary s, Locale locale) {
            var j = s.invitation();
            return new Row(j.id().toString(), j.email(), j.companyName(), j.language(), j.criteriaSet().toString(),
                    s.setName(), s.state().name(), DomainMessages.format("join.state." + s.state().key(), locale),
                    j.invitedAt(), j.expiresAt(), j.usedAt().orElse(null), s.joined().map(MatchJson.Party::of).orElse(null),
                    s.withdrawable());
        }
    }

    /** What a link offers its holder, before anyone signs in. */
    @Schema(name = "InvitationLink")
    public record Offer(MatchJson.Party buyer, String criteriaSetName, String companyName, String email, String language,
            @Schema(enumeration = {"OPEN", "USED", "WITHDRAWN", "EXPIRED"}) String state, String stateText) {
        static Offer of(JoinOffer o, Locale locale) {
            return new Offer(MatchJson.Party.of(o.buyer()), o.setName(), o.companyName(), o.email(), o.language(),
                    o.state().name(), DomainMessages.format("join.state." + o.state().key(), locale));
        }
    }

    /** The company the link's holder puts on the portal, and its first administrator (the address is the invited one). */
    @Schema(name = "JoinRequest")
    public record Join(String companyNameEn, String companyNameZh,
            @Schema(description = "ISO 3166-1 alpha-2, CN if none") String country, String username, String firstName,
            String lastName) {
    }

    /** The supplier's tenant; the administrator's user name and one-time password, unless the company joined before. */
    @Schema(name = "JoinedSupplier")
    public record Done(MatchJson.Party supplier, String username, String temporaryPassword, boolean alreadyOnPortal) {
        static Done of(Joined j) {
            return new Done(MatchJson.Party.of(j.supplier()), j.username().orElse(null), j.temporaryPassword().orElse(null),
                    j.alreadyOnPortal());
        }
    }
}

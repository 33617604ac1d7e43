package com.greencert.criteria.domain;

import static com.greencert.criteria.domain.CriteriaFixtures.BODY;
import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.OTHER_BODY;
import static com.greencert.criteria.domain.CriteriaFixtures.PRODUCT_DATA;
import static com.greencert.criteria.domain.CriteriaFixtures.SCHEME;
import static com.greencert.criteria.domain.CriteriaFixtures.TODAY;
import static com.greencert.criteria.domain.CriteriaFixtures.credential;
import static com.greencert.criteria.domain.CriteriaFixtures.line;
import static com.greencert.criteria.domain.CriteriaFixtures.product;
import static com.greencert.criteria.domain.CriteriaFixtures.shared;
import static com.greencert.criteria.domain.CriteriaFixtures.suspended;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.certification.domain.SchemeId;
import com.greencert.credential.domain.CredentialId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HoldsCredentialMatchTest {

    private static final HoldsCredential ANY_BODY = new HoldsCredential(SCHEME, Set.of(), false, MANDATORY);
    private static final HoldsCredential FROM_BODY = new HoldsCredential(SCHEME, Set.of(BODY), false, MANDATORY);
    private static final HoldsCredential COVERING = new HoldsCredential(SCHEME, Set.of(), true, MANDATORY);

    private final CriteriaFixtures.ProductBuilder cell = product("LFP cell").un("UN3480");
    private final CriteriaFixtures.ProductBuilder pack = product("LFP pack").un("UN3480");

    @Test
    void a_credential_in_force_passes_and_is_the_basis() {
        CredentialFact valid = credential(BODY, TODAY.minusYears(1), TODAY);
        MatchResult.Line line = line(FROM_BODY, shared(List.of(suspended(BODY), valid), List.of(), List.of()));
        assertThat(line.outcome()).isEqualTo(Outcome.PASS);
        assertThat(line.reason()).isEqualTo(MatchReason.CREDENTIAL_VALID);
        assertThat(line.basis()).containsExactly(valid);
        assertThat(line.message(Locale.ENGLISH)).isEqualTo("Credential SEC-2026-0001 is in force until " + TODAY + ".");
    }

    @Test
    void none_of_the_scheme_fails() {
        CredentialFact otherScheme = new CredentialFact(CredentialId.newId(), SchemeId.newId(), BODY,
                credential(BODY, TODAY, TODAY.plusYears(1)).standing(), Set.of());
        MatchResult.Line line = line(ANY_BODY, shared(List.of(otherScheme), List.of(), List.of()));
        assertThat(line.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(line.reason()).isEqualTo(MatchReason.CREDENTIAL_NONE);
        assertThat(line.basis()).isEmpty();
    }

    @Test
    void a_lapsed_credential_fails_saying_how() {
        assertThat(line(ANY_BODY, shared(List.of(suspended(BODY)), List.of(), List.of())).reason())
                .isEqualTo(MatchReason.CREDENTIAL_SUSPENDED);
        MatchResult.Line expired = line(ANY_BODY,
                shared(List.of(credential(BODY, TODAY.minusYears(3), TODAY.minusDays(1))), List.of(), List.of()));
        assertThat(expired.reason()).isEqualTo(MatchReason.CREDENTIAL_EXPIRED);
        assertThat(expired.message(Locale.ENGLISH)).endsWith("expired on " + TODAY.minusDays(1) + ".");
        assertThat(line(ANY_BODY, shared(List.of(credential(BODY, TODAY.plusDays(1), TODAY.plusYears(3))), List.of(),
                List.of())).reason()).isEqualTo(MatchReason.CREDENTIAL_NOT_YET_VALID);
    }

    @Test
    void a_credential_from_a_body_not_accepted_fails_and_a_lapse_at_an_accepted_body_is_the_closer_reason() {
        CredentialFact other = credential(OTHER_BODY, TODAY.minusYears(1), TODAY.plusYears(1));
        MatchResult.Line line = line(FROM_BODY, shared(List.of(other), List.of(), List.of()));
        assertThat(line.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(line.reason()).isEqualTo(MatchReason.CREDENTIAL_OTHER_BODY);
        assertThat(line.args()).startsWith("SEC-2026-0001", OTHER_BODY);
        assertThat(line(FROM_BODY, shared(List.of(other, suspended(BODY)), List.of(), List.of())).reason())
                .isEqualTo(MatchReason.CREDENTIAL_SUSPENDED);
        assertThat(line(ANY_BODY, shared(List.of(other), List.of(), List.of())).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void covering_products_passes_when_every_product_is_in_the_scope_of_a_credential_in_force() {
        CredentialFact forCell = credential(BODY, TODAY.minusYears(1), TODAY.plusYears(1), cell.id);
        CredentialFact forPack = credential(OTHER_BODY, TODAY.minusYears(1), TODAY.plusYears(1), pack.id);
        MatchResult.Line line = line(COVERING, shared(List.of(forCell, forPack), List.of(),
                List.of(cell.fact(), pack.fact())));
        assertThat(line.outcome()).isEqualTo(Outcome.PASS);
        assertThat(line.reason()).isEqualTo(MatchReason.CREDENTIAL_COVERS_PRODUCTS);
        assertThat(line.basis()).containsExactly(forCell, forPack);
    }

    @Test
    void covering_products_fails_for_a_product_outside_every_scope() {
        CredentialFact forCell = credential(BODY, TODAY.minusYears(1), TODAY.plusYears(1), cell.id);
        MatchResult.Line line = line(COVERING, shared(List.of(forCell), List.of(), List.of(cell.fact(), pack.fact())));
        assertThat(line.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(line.reason()).isEqualTo(MatchReason.CREDENTIAL_PRODUCT_NOT_COVERED);
        assertThat(line.args()).containsExactly("LFP pack");
    }

    @Test
    void covering_products_is_unknown_without_products_and_not_shared_when_product_data_is_withheld() {
        CredentialFact forCell = credential(BODY, TODAY.minusYears(1), TODAY.plusYears(1), cell.id);
        MatchResult.Line none = line(COVERING, shared(List.of(forCell), List.of(), List.of()));
        assertThat(none.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(none.reason()).isEqualTo(MatchReason.NO_PRODUCTS);
        MatchResult.Line withheld = line(COVERING, shared(List.of(forCell), List.of(), List.of(cell.fact()), PRODUCT_DATA));
        assertThat(withheld.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(withheld.notShared()).isTrue();
    }
}

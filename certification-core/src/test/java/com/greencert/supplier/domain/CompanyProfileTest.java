package com.greencert.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.CountryCode;
import com.greencert.shared.domain.DomainException;
import com.greencert.supplier.domain.CompanyProfile.Section;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CompanyProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static CompanyProfile.Details details(String country, String uscc, String registration) {
        return new CompanyProfile.Details("Zhejiang GreenPower Battery Co., Ltd.", "浙江绿能电池有限公司",
                CountryCode.of(country), uscc, registration, "1 Battery Road, Huzhou", null, "Li Na", "Compliance",
                "li.na@example.cn", "+86 572 1234 5678", null, null, null, Visibility.PUBLIC);
    }

    @Test
    void a_chinese_company_is_identified_by_its_uscc_and_sections_default_sensibly() {
        CompanyProfile p = new CompanyProfile(details("CN", "91330100ma2b3c4d5n", null), NOW);
        assertThat(p.uscc().orElseThrow().value()).isEqualTo("91330100MA2B3C4D5N");
        assertThat(p.registrationNumber()).isEmpty();
        assertThat(p.isPublic(Section.NAMES)).isTrue();
        assertThat(p.isPublic(Section.REGISTRATION)).isTrue();
        assertThat(p.isPublic(Section.ADDRESSES)).isFalse();
        assertThat(p.isPublic(Section.CONTACT)).isTrue();
        assertThat(p.displayName("zh")).isEqualTo("浙江绿能电池有限公司");
    }

    @Test
    void a_chinese_company_needs_a_valid_uscc() {
        assertThatThrownBy(() -> new CompanyProfile(details("CN", " ", "HRB 1234"), NOW))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("profile.uscc.required");
        assertThatThrownBy(() -> new CompanyProfile(details("CN", "91330100MA2B3C4D5M", null), NOW))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("uscc.check.character.wrong");
    }

    @Test
    void a_company_elsewhere_gives_a_registration_number_and_no_uscc() {
        CompanyProfile p = new CompanyProfile(details("DE", null, "HRB 12345"), NOW);
        assertThat(p.registrationNumber()).contains("HRB 12345");
        assertThatThrownBy(() -> new CompanyProfile(details("DE", null, ""), NOW))
                .hasMessageStartingWith("profile.registration.required");
        assertThatThrownBy(() -> new CompanyProfile(details("DE", "91330100MA2B3C4D5N", "HRB 1"), NOW))
                .hasMessageStartingWith("profile.uscc.only.china");
    }

    @Test
    void a_refused_change_leaves_the_profile_as_it_was() {
        CompanyProfile p = new CompanyProfile(details("CN", "91330100MA2B3C4D5N", null), NOW);
        assertThatThrownBy(() -> p.change(details("CN", "not-a-code", null), NOW)).isInstanceOf(DomainException.class);
        assertThat(p.uscc().orElseThrow().value()).isEqualTo("91330100MA2B3C4D5N");
    }
}

package com.greencert.tenant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantSuspensionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");

    private static Tenant supplier() {
        return new Tenant(TenantId.of("jiangsu-qingyuan"), "Jiangsu Qingyuan Chemical Co., Ltd.", "江苏清源化工有限公司",
                TenantType.SUPPLIER, "CN", NOW.minusSeconds(86_400));
    }

    @Test
    void a_tenant_is_suspended_then_reactivated_and_each_transition_applies_only_once() {
        Tenant t = supplier();
        assertThat(t.isSuspended()).isFalse();

        t.suspend(NOW);
        assertThat(t.isSuspended()).isTrue();
        assertThat(t.suspendedAt()).contains(NOW);
        assertThatThrownBy(() -> t.suspend(NOW)).isInstanceOf(RuleViolationException.class)
                .extracting("messageKey").isEqualTo("tenant.suspended.already");

        t.reactivate();
        assertThat(t.isSuspended()).isFalse();
        assertThat(t.suspendedAt()).isEmpty();
        assertThatThrownBy(t::reactivate).isInstanceOf(RuleViolationException.class)
                .extracting("messageKey").isEqualTo("tenant.active.already");
    }

    @Test
    void the_platform_cannot_be_suspended() {
        Tenant platform = new Tenant(TenantId.of("greencert-platform"), "GreenCert Platform", null, TenantType.PLATFORM,
                "CN", NOW);
        assertThatThrownBy(() -> platform.suspend(NOW)).isInstanceOf(RuleViolationException.class);
        assertThat(platform.isSuspended()).isFalse();
    }

    @Test
    void editing_changes_names_and_country_and_refuses_a_blank_name_or_a_bad_country() {
        Tenant t = supplier();
        assertThat(t.edit("Jiangsu Qingyuan Chemical Co., Ltd.", "江苏清源化工有限公司", "CN")).isFalse();
        assertThat(t.edit("Jiangsu Qingyuan New Materials Co., Ltd.", "江苏清源新材料有限公司", "cn")).isTrue();
        assertThat(t.nameEn()).isEqualTo("Jiangsu Qingyuan New Materials Co., Ltd.");
        assertThat(t.displayName("zh")).isEqualTo("江苏清源新材料有限公司");
        assertThat(t.country()).isEqualTo("CN");
        assertThatThrownBy(() -> t.edit(" ", null, "CN")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> t.edit("Name", null, "China")).isInstanceOf(InvalidInputException.class);
        assertThat(t.nameEn()).isEqualTo("Jiangsu Qingyuan New Materials Co., Ltd.");
    }
}

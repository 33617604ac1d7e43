package com.greencert.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recipients and arguments survive being stored in the outbox; malformed ones are refused. */
class NotificationRecipientsTest {

    @Test
    void a_role_in_a_tenant_is_stored_and_read_back() {
        Recipients r = Recipients.withRole(Role.DECISION_MAKER, TenantId.of("sinoeco-cert"));
        assertThat(r.encode()).isEqualTo("role:decision-maker@sinoeco-cert");
        assertThat(Recipients.parse(r.encode())).isEqualTo(r);
        assertThat(Recipients.parse(r.encode()).role()).contains(Role.DECISION_MAKER);
        assertThat(Recipients.parse(r.encode()).tenant()).contains(TenantId.of("sinoeco-cert"));
    }

    @Test
    void users_by_name_or_id_are_stored_and_read_back_even_with_odd_characters() {
        Recipients r = Recipients.users("anna.buyer", "2bc74d62-f56d-402b-8964-5647f47faa24", "a,b@x.example", "anna.buyer");
        assertThat(r.namedUsers()).containsExactly("anna.buyer", "2bc74d62-f56d-402b-8964-5647f47faa24", "a,b@x.example");
        Recipients back = Recipients.parse(r.encode());
        assertThat(back).isEqualTo(r);
        assertThat(back.role()).isEmpty();
    }

    @Test
    void someone_without_an_account_is_stored_by_address_and_language_and_read_back() {
        Recipients r = Recipients.address("sales+eu@ningbo-cells.example", "zh");
        assertThat(r.encode()).isEqualTo("address:zh:sales%2Beu%40ningbo-cells.example");
        Recipients back = Recipients.parse(r.encode());
        assertThat(back).isEqualTo(r);
        assertThat(back.address()).contains(new Recipients.Address("sales+eu@ningbo-cells.example", "zh"));
        assertThat(back.role()).isEmpty();
        assertThat(back.namedUsers()).isEmpty();
        assertThat(Recipients.address("x@y.example", "fr").address().orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void malformed_recipients_are_refused() {
        for (String bad : List.of("", "users:", "role:assessor", "role:@sinoeco-cert", "role:chef@sinoeco-cert", "address:zh",
                "address:zh:", "address:zhx:a@b.example",
                "group:x", "role:assessor@Not A Tenant")) {
            assertThatThrownBy(() -> Recipients.parse(bad)).as(bad).isInstanceOf(RuntimeException.class);
        }
        assertThatThrownBy(() -> Recipients.users(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recipients.users(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arguments_keep_their_order_and_text() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("supplier", "Zhejiang GreenPower Battery Co., Ltd.");
        args.put("supplier.zh", "浙江绿能电池有限公司");
        args.put("title", "a=b&c d%");
        args.put("empty", "");
        String encoded = OutboxMessage.encodeArguments(args);
        assertThat(OutboxMessage.decodeArguments(encoded)).containsExactlyEntriesOf(args);
        assertThat(OutboxMessage.decodeArguments("")).isEmpty();
    }

    @Test
    void a_notification_needs_a_template_key_and_plain_argument_names() {
        Recipients to = Recipients.users("x");
        assertThatThrownBy(() -> new Notification(to, "Evidence Shared", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notification(to, "evidence.shared", Map.of("a b", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notification(to, "evidence.shared", Map.of("supplier.de", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        Notification n = new Notification(to, "certification.application.submitted", Map.of("supplier.zh", "x"));
        OutboxMessage m = new OutboxMessage(n, TenantId.of("zhejiang-greenpower"), Instant.EPOCH);
        assertThat(m.notification()).isEqualTo(n);
        assertThat(m.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(m.originTenant()).contains(TenantId.of("zhejiang-greenpower"));
    }
}

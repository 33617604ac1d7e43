package com.greencert.shared.caller;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The system acting by itself is told by its user id, never by a user name a person could also have. */
class CallerTest {

    @Test
    void the_system_is_the_system_and_a_person_called_system_is_not() {
        TenantId buyer = TenantId.of("eurochem-buyer");
        assertThat(Caller.system(buyer).isSystem()).isTrue();
        Caller person = new Caller(new UserId("2bc74d62-f56d-402b-8964-5647f47faa24"), "system", null, buyer,
                Set.of(Role.BUYER, Role.TENANT_ADMIN));
        assertThat(person.isSystem()).isFalse();
    }
}

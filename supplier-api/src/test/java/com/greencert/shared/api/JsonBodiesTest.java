package com.greencert.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    @Test
    void an_object_is_read() {
        assertThat(JsonBodies.object("{\"reason\":\"x\"}").getString("reason")).isEqualTo("x");
    }

    @Test
    void text_that_is_not_json_says_where_the_parser_stopped() {
        for (String body : new String[] {"{\"name\":", "", "{x}", "{} {}"}) {
            assertThatThrownBy(() -> JsonBodies.object(body)).as(body).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("body.unreadable"));
        }
    }

    @Test
    void json_that_is_not_an_object_is_refused_as_such() {
        for (String body : new String[] {"null", "[]", "42", "\"text\""}) {
            assertThatThrownBy(() -> JsonBodies.object(body)).as(body).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("application.body.unreadable"));
        }
    }
}

package com.greencert.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The nesting counter passes bodies through unchanged up to the limit and refuses one level more. */
class JsonDepthLimitTest {

    @Test
    void passes_a_body_as_deep_as_the_limit_unchanged() throws IOException {
        String body = "{\"a\":" + "[".repeat(31) + "\"x\"" + "]".repeat(31) + "}";
        assertThat(readAll(body)).isEqualTo(body);
    }

    @Test
    void refuses_one_level_more_however_it_is_read() {
        String body = "{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}";
        assertThatThrownBy(() -> readAll(body)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("body.too.deep");
            assertThat(e.arguments()).containsExactly(32);
        });
        assertThatThrownBy(() -> {
            try (InputStream in = counted(body)) {
                while (in.read() >= 0) {
                    // byte by byte
                }
            }
        }).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void brackets_in_strings_and_after_escaped_quotes_do_not_count() throws IOException {
        String body = "{\"a\":\"" + "[{".repeat(100) + "\\\"" + "[".repeat(100) + "\",\"名字\":\"\\\\\"}";
        assertThat(readAll(body)).isEqualTo(body);
        assertThat(readAll("[" + body + "]")).startsWith("[{");
    }

    @Test
    void counts_json_and_untyped_bodies_only() {
        assertThat(JsonDepthLimit.isJson(MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(JsonDepthLimit.isJson(new MediaType("application", "merge-patch+json"))).isTrue();
        assertThat(JsonDepthLimit.isJson(null)).isTrue();
        assertThat(JsonDepthLimit.isJson(new MediaType("text", "csv"))).isFalse();
        assertThat(JsonDepthLimit.isJson(MediaType.MULTIPART_FORM_DATA_TYPE)).isFalse();
    }

    private static InputStream counted(String body) {
        return new JsonDepthLimit.Counted(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                JsonDepthLimit.MAX_DEPTH);
    }

    private static String readAll(String body) throws IOException {
        try (InputStream in = counted(body)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

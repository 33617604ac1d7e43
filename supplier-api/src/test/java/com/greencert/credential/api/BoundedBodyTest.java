package com.greencert.credential.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.credential.service.CredentialFormat;
import com.greencert.shared.api.BoundedBody;
import com.greencert.shared.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void a_body_up_to_the_limit_is_read_whole() throws IOException {
        String jws = "eyJhbGciOiJFZERTQSJ9." + "a".repeat(70_000);
        assertThat(BoundedBody.read(new ByteArrayInputStream(jws.getBytes(StandardCharsets.US_ASCII)), 80_000)).contains(jws);
        assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[10]), 10)).hasValueSatisfying(s -> assertThat(s).hasSize(10));
        assertThat(BoundedBody.read(null, 10)).contains("");
    }

    @Test
    void a_larger_body_is_refused_after_reading_one_byte_more_than_the_limit() throws IOException {
        Endless endless = new Endless();
        assertThat(BoundedBody.read(endless, PublicResource.MAX_BYTES)).isEmpty();
        assertThat(endless.served).isEqualTo(PublicResource.MAX_BYTES + 1);
        assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[11]), 10)).isEmpty();
    }

    @Test
    void download_formats_by_their_extension() {
        assertThat(CredentialResource.format(null)).isEqualTo(CredentialFormat.JWT);
        assertThat(CredentialResource.format(" PDF ")).isEqualTo(CredentialFormat.PDF);
        assertThat(CredentialResource.format("json")).isEqualTo(CredentialFormat.JSON);
        assertThatThrownBy(() -> CredentialResource.format("docx")).isInstanceOf(InvalidInputException.class);
    }

    /** Never ends; counts the bytes it handed out. */
    private static final class Endless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            return len;
        }
    }
}

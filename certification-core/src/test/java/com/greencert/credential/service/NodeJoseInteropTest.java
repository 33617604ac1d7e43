package com.greencert.credential.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.greencert.certification.domain.CertifiedFixture;
import com.greencert.credential.domain.IssuedCredential;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Interoperability outside the JVM: a credential we issue verifies with the npm {@code jose} package against the
 * key in our DID document, and our published suspension list decodes there (GZIP, base64url, bit order) with the
 * credential's bit set after a suspension. Runs when node and bench/interop/node_modules are present
 * ({@code cd bench/interop && npm install}); skipped otherwise.
 */
class NodeJoseInteropTest {

    @Test
    void node_jose_verifies_our_credential_and_reads_our_status_list() throws Exception {
        Path interop = Path.of("..", "bench", "interop").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(interop.resolve("node_modules").resolve("jose")), "npm jose not installed");
        CredentialHarness h = new CredentialHarness();
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        h.changed(f.suspend(), "application.suspend");
        IssuedCredential c = h.credentials.issued.getFirst();

        Path dir = Files.createDirectories(Path.of("target", "interop"));
        Files.writeString(dir.resolve("credential.jwt"), c.jws());
        Files.writeString(dir.resolve("did.json"), h.publicCredentials.didDocument("sinoeco-cert").orElseThrow());
        Files.writeString(dir.resolve("suspension.jwt"), h.publicCredentials.statusList("sinoeco-cert", "suspension").orElseThrow().jwt());
        Process node;
        try {
            node = new ProcessBuilder("node", interop.resolve("verify-with-node-jose.mjs").toString(),
                    dir.resolve("credential.jwt").toString(), dir.resolve("did.json").toString(),
                    dir.resolve("suspension.jwt").toString(), Integer.toString(c.statusIndex()), "1")
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException noNode) {
            assumeTrue(false, "node not found");
            return;
        }
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.exitValue()).as(out).isZero();
        assertThat(out).contains("OK: urn:uuid:" + c.id(), "suspension bit " + c.statusIndex() + " = 1");
    }
}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.keycloak.KeycloakServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notification mails over real SMTP (GreenMail in the test JVM, see {@link Stack}): a supplier shares
 * evidence through the API, and the grantee's assessors (certification body) or buyers (buyer) get one
 * mail each, in their language, naming the supplier and linking to the portal; a second node polling
 * the same outbox does not make anyone get a mail twice.
 */
@ExtendWith(StackExtension.class)
class NotificationIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CHEN = "chen.assessor@sinoeco.example";
    private static final String ZHOU = "zhou.reviewer@sinoeco.example";
    private static final String SUN = "sun.decider@sinoeco.example";
    private static final String ANNA = "anna.buyer@eurochem.example";
    private static final String BEN = "ben.buyer@pacific-retail.example";
    private static final String NORA = "nora.noorg@nowhere.example";
    private static Stack stack;
    private static Api api;
    private static String li;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        li = api.token("li.supplier");
    }

    @Test
    void sharing_with_a_certification_body_mails_its_assessor_once_in_chinese() throws Exception {
        String title = "电池安全数据表 SDS " + UUID.randomUUID();
        String id = upload(stack.portalPort, title);
        grant(stack.portalPort, id, "sinoeco-cert");

        MimeMessage mail = awaitOne(CHEN, title);
        assertThat(mail.getSubject()).isEqualTo("浙江绿能电池有限公司 与您共享了“" + title + "”");
        assertThat(mail.getContentLanguage()).containsExactly("zh-CN");
        String body = body(mail);
        assertThat(body).startsWith("Chen Jie，您好：").contains("浙江绿能电池有限公司").contains(title)
                .contains(stack.portalUrl() + "/certification");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@greencert.example");

        // granting again changes nothing and mails nobody; reviewers and decision makers are not assessors
        grant(stack.portalPort, id, "sinoeco-cert");
        Thread.sleep(4_000);
        assertThat(mailsWith(CHEN, title)).hasSize(1);
        assertThat(mailsWith(ZHOU, title)).isEmpty();
        assertThat(mailsWith(SUN, title)).isEmpty();
    }

    @Test
    void sharing_with_a_buyer_mails_that_buyers_people_in_english_and_nobody_else() throws Exception {
        String title = "REACH declaration " + UUID.randomUUID();
        String id = upload(stack.portalPort, title);
        grant(stack.portalPort, id, "eurochem-buyer");

        MimeMessage mail = awaitOne(ANNA, title);
        assertThat(mail.getSubject()).isEqualTo("Zhejiang GreenPower Battery Co., Ltd. shared " + title + " with you");
        assertThat(mail.getContentLanguage()).containsExactly("en");
        assertThat(body(mail)).startsWith("Hello Anna Becker,").contains(stack.portalUrl() + "/buyer");

        grant(stack.portalPort, id, "pacific-retail");
        MimeMessage ben = awaitOne(BEN, title);
        assertThat(ben.getSubject()).startsWith("Zhejiang GreenPower Battery Co., Ltd. shared ");
        assertThat(body(ben)).startsWith("Hello Ben Carter,");

        Thread.sleep(3_000);
        assertThat(mailsWith(ANNA, title)).hasSize(1);
        assertThat(mailsWith(BEN, title)).hasSize(1);
        assertThat(mailsWith(NORA, title)).as("a buyer of no tenant").isEmpty();
        assertThat(mailsWith(CHEN, title)).isEmpty();
    }

    @Test
    void two_nodes_polling_one_outbox_send_each_mail_once() throws Exception {
        int port = KeycloakServer.freePort();
        Path log = stack.workDir.resolve("payara-notify.log");
        Process node = stack.launchPortal(port, "payara-notify", log);
        try {
            Stack.awaitReady(port, node, log);
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String title = "Two-node test " + run + " #" + i;
                titles.add(title);
                int via = i % 2 == 0 ? stack.portalPort : port;
                String id = upload(via, title);
                grant(via, id, "sinoeco-cert");
                grant(via, id, "eurochem-buyer");
            }
            for (String title : titles) {
                awaitOne(CHEN, title);
                awaitOne(ANNA, title);
            }
            Thread.sleep(5_000); // several more polling rounds of both nodes
            for (String title : titles) {
                assertThat(mailsWith(CHEN, title)).as("mails to chen for " + title).hasSize(1);
                assertThat(mailsWith(ANNA, title)).as("mails to anna for " + title).hasSize(1);
            }
        } finally {
            node.destroy();
            node.waitFor();
        }
    }

    // ---- helpers

    private static String upload(int port, String title) {
        byte[] pdf = EvidenceApiIT.pdf(title);
        String metadata = """
                {"type":"SAFETY_DATA_SHEET","title":"%s","issuer":"SGS","issuedOn":"2026-01-15",\
                "language":"zh-CN","productIds":[],"facilityIds":[]}""".formatted(title);
        Api.Reply reply = Api.upload(URI.create("http://localhost:" + port + "/api/evidence"), li, metadata, "sds.pdf",
                "application/pdf", pdf, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("id");
    }

    private static void grant(int port, String evidenceId, String tenant) {
        Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/evidence/"
                + evidenceId + "/grants/" + tenant)).header("Authorization", "Bearer " + li)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static List<MimeMessage> mailsWith(String address, String title) {
        return stack.mailsTo(address).stream().filter(m -> subject(m).contains(title)).toList();
    }

    private static MimeMessage awaitOne(String address, String title) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mails = mailsWith(address, title);
            if (!mails.isEmpty()) {
                assertThat(mails).as("mails to " + address + " about " + title).hasSize(1);
                return mails.getFirst();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + address + " about " + title + " within " + WAIT + "; see " + stack.portalLog);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) throws MessagingException {
        try {
            return m.getContent().toString().replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.keycloak.KeycloakServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Reminders before things lapse, with two nodes scanning and the clock moved forward (Stack.moveClock): a supplier's
 * piece of evidence expiring in 100 days, and a certification granted today (GCE-SILVER: surveillance after 12
 * months, certificate valid 24 months). At 90, 30 and 7 days before each date the supplier's administrator (li,
 * Chinese) gets the evidence and certificate reminders, the body's assessors (chen, Chinese) the surveillance
 * reminder, and the buyer who watches the supplier (anna, English) the certificate's, each exactly once although
 * both nodes scan every 2 s.
 */
@ExtendWith(StackExtension.class)
class ReminderTwoNodesIT {

    private static final Logger LOG = Logger.getLogger(ReminderTwoNodesIT.class.getName());
    private static final String NODE = "payara-reminders";
    private static final String LI = "li.supplier@zj-greenpower.example";
    private static final String CHEN = "chen.assessor@sinoeco.example";
    private static final String ANNA = "anna.buyer@eurochem.example";
    private static final String LI_TENANT = "zhejiang-greenpower";
    private static final Duration WAIT = Duration.ofSeconds(45);

    private static Stack stack;
    private static CertificationSteps steps;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        steps = new CertificationSteps(s);
    }

    /** One reminder: to whom, recognised by text in its mail (the item and "还有 N 天", or in English). */
    private record Expected(String to, String marker, int days, LocalDate dueOn, boolean english) {
        Expected(String to, String marker, int days, LocalDate dueOn) {
            this(to, marker, days, dueOn, false);
        }

        String start() {
            return english ? "Reminder" : "提醒";
        }

        String daysText() {
            return english ? "expires in " + days + " days" : "还有 " + days + " 天";
        }
    }

    @Test
    void each_reminder_is_sent_exactly_once_with_two_nodes_running() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String li = steps.api.token("li.supplier");
        String app = steps.evaluated(li, steps.api.token("chen.assessor"), "chen.assessor");
        steps.act(steps.api.token("zhou.reviewer"), app, "review", "{\"recommendation\":\"GRANT\"}");
        steps.act(steps.api.token("sun.decider"), app, "decide", "{\"outcome\":\"GRANT\"}");
        String title = "Reminder SDS " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate evidenceExpires = today.plusDays(100);
        String metadata = """
                {"type":"SAFETY_DATA_SHEET","title":"%s","issuer":"SGS","issuedOn":"%s","expiresOn":"%s",
                 "language":"en","productIds":[],"facilityIds":[]}""".formatted(title, today.minusMonths(1), evidenceExpires);
        Api.Reply uploaded = steps.api.upload("/api/evidence", li, metadata, "sds.pdf", "application/pdf",
                EvidenceApiIT.pdf(title), null);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

        LocalDate surveillance = today.plusMonths(12);
        LocalDate certificateExpires = today.plusMonths(24).minusDays(1);
        List<Expected> expected = new ArrayList<>();
        for (int days : List.of(90, 30, 7)) {
            expected.add(new Expected(LI, title, days, evidenceExpires));
        }
        for (int days : List.of(90, 30, 7)) {
            expected.add(new Expected(CHEN, "/applications/" + app, days, surveillance));
        }
        String number = steps.api.all("/api/applications/" + app + "/credentials", li).getFirst()
                .getString("certificateNumber");
        for (int days : List.of(90, 30, 7)) {
            expected.add(new Expected(LI, "/applications/" + app, days, certificateExpires));
            expected.add(new Expected(ANNA, "certificate " + number, days, certificateExpires, true));
        }
        String anna = steps.api.token("anna.buyer");
        assertThat(steps.api.call("PUT", "/api/watch-list/" + LI_TENANT, anna, "application/json", "").status())
                .isEqualTo(200);

        int port = KeycloakServer.freePort();
        Path log = stack.workDir.resolve(NODE + ".log");
        Process node = stack.launchPortal(port, NODE, log);
        try {
            Stack.awaitReady(port, node, log);
            for (Expected e : expected) {
                long ahead = ChronoUnit.DAYS.between(today, e.dueOn().minusDays(e.days()));
                stack.moveClock(Duration.ofDays(ahead));
                long took = awaitOne(e);
                LOG.info("Clock " + ahead + " days ahead: reminder to " + e.to() + " about " + e.marker() + " ("
                        + e.days() + " days before " + e.dueOn() + ") mailed after " + took + " ms");
            }
            Thread.sleep(8_000); // several more rounds of both nodes at the last date
            for (Expected e : expected) {
                assertThat(mails(e)).as("reminders to %s about %s %d days before %s", e.to(), e.marker(), e.days(),
                        e.dueOn()).hasSize(1);
            }
            String chinese = subject(mails(expected.getFirst()).getFirst());
            assertThat(chinese).isEqualTo("提醒：" + title + " 将于 " + evidenceExpires + " 到期");
            assertThat(body(mails(expected.getLast()).getFirst())).startsWith("Hello ")
                    .contains("A supplier you watch", "certificate " + number, "/buyer/watch");
        } finally {
            steps.api.delete("/api/watch-list/" + LI_TENANT, anna);
            stack.moveClock(Duration.ZERO);
            node.destroy();
            node.waitFor();
        }
    }

    @Test
    void the_home_pages_list_what_falls_due() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String li = steps.api.token("li.supplier");
        String title = "Due soon SDS " + UUID.randomUUID().toString().substring(0, 8);
        String metadata = """
                {"type":"SAFETY_DATA_SHEET","title":"%s","issuer":"SGS","issuedOn":"%s","expiresOn":"%s",
                 "language":"en","productIds":[],"facilityIds":[]}""".formatted(title, today.minusMonths(1), today.plusDays(20));
        Api.Reply uploaded = steps.api.upload("/api/evidence", li, metadata, "sds.pdf", "application/pdf",
                EvidenceApiIT.pdf(title), null);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("li.supplier", Api.DEMO_PASSWORD);
            WebElement due = browser.await(By.id("due-soon"));
            assertThat(due.getText()).contains("Due in the next 90 days")
                    .contains("Document expires: " + title + " on " + today.plusDays(20) + " (in 20 days)");
        }
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("chen.assessor", Api.DEMO_PASSWORD);
            assertThat(browser.await(By.id("due-soon")).getText()).contains("Due in the next 90 days");
        }
    }

    private static List<MimeMessage> mails(Expected e) {
        return stack.mailsTo(e.to()).stream().filter(m -> {
            String text = subject(m) + "\n" + body(m);
            return text.startsWith(e.start()) && text.contains(e.marker()) && text.contains(e.daysText())
                    && text.contains(e.dueOn().toString());
        }).toList();
    }

    private static long awaitOne(Expected e) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (!mails(e).isEmpty()) {
                return Duration.between(start, Instant.now()).toMillis();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no reminder to " + e.to() + " about " + e.marker() + " " + e.days() + " days before "
                + e.dueOn() + " within " + WAIT + "; see " + stack.portalLog);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString().replace("\r\n", "\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A supplier not yet on GreenCert, invited by e-mail (issue 11, ADR 0026), in headless Chromium: anna.buyer sends the
 * link from her invitations page; the link's holder reads the offer (English and Chinese), puts the company on the
 * portal, signs in with the one-time password, chooses a password and finds anna's request waiting; the link is then
 * refused with a page that says it was used. Screenshots: {@code docs/images/join-en.png}, {@code join-zh.png}.
 */
@ExtendWith(StackExtension.class)
class JoinBrowserIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("greencert.screenshots", "target/screenshots"));
    private static Stack stack;
    private static Api api;
    private static String set;
    private static String setName;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        String li = api.token("li.supplier");
        String certified = api.all("/api/applications", li).stream()
                .filter(a -> a.getString("status").equals("CERTIFIED")).findFirst().orElseThrow().getString("id");
        String scheme = api.get("/api/applications/" + certified, li).json().getJsonObject("scheme").getString("id");
        set = JoinInvitationIT.newSet(api, api.token("anna.buyer"), scheme);
        setName = api.get("/api/criteria-sets/" + set, api.token("anna.buyer")).json().getString("name");
    }

    @Test
    void anna_mails_a_link_the_supplier_joins_signs_in_and_finds_her_request() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String address = "export-" + run + "@hangzhou-cells.example";
        String username = "mei.lin-" + run;
        try (Browser anna = new Browser(stack.workDir.resolve("chromium"))) {
            anna.open(stack.portalUrl() + "/buyer/invitations");
            anna.signInAtKeycloak("anna.buyer", Api.DEMO_PASSWORD);
            anna.choose("invitation-set", setName, setName);
            anna.click(By.cssSelector("#mail-invitations vaadin-details-summary"));
            type(anna, "mail-email", address);
            type(anna, "mail-company", "Hangzhou Cells " + run);
            anna.click(By.id("mail-send"));
            anna.until("link listed", d -> Browser.cells(d).contains(address));
            assertThat(Browser.cells(anna.driver)).contains("Link sent, not used yet");
        }
        String token = JoinInvitationIT.linkMailedTo(stack, address, 1);

        try (Browser holder = new Browser(stack.workDir.resolve("chromium"))) {
            holder.open(stack.portalUrl() + "/join/" + token);
            holder.until("offer", d -> text(d, "join-offer").contains("EuroChem Procurement GmbH"));
            assertThat(text(holder.driver, "join-offer")).contains("Hangzhou Cells " + run).contains(setName);
            holder.click(By.id("language-switch"));
            holder.until("chinese", d -> text(d, "join-offer").contains("邀请"));
            holder.screenshot(SCREENSHOTS.resolve("join-zh.png"));
            holder.click(By.id("language-switch"));
            holder.until("english", d -> text(d, "join-offer").contains("invites"));
            type(holder, "join-name-zh", "杭州电芯" + run + "有限公司");
            type(holder, "join-username", username);
            type(holder, "join-first-name", "Mei");
            type(holder, "join-last-name", "Lin");
            holder.screenshot(SCREENSHOTS.resolve("join-en.png"));
            holder.click(By.id("join-submit"));
            String password = holder.until("joined", d -> text(d, "join-done-password").isEmpty() ? null
                    : text(d, "join-done-password"));
            assertThat(password).hasSize(16);
            assertThat(text(holder.driver, "join-done-username")).isEqualTo(username);

            holder.click(By.id("join-sign-in"));
            holder.signInAtKeycloak(username, password);
            String chosen = "Chosen-" + UUID.randomUUID().toString().substring(0, 12);
            holder.await(By.id("password-new")).sendKeys(chosen);
            holder.await(By.id("password-confirm")).sendKeys(chosen, Keys.ENTER);
            holder.await(By.id("main-nav"));
            holder.open(stack.portalUrl() + "/supplier/invitations");
            holder.until("anna's request waiting", d -> Browser.cells(d).contains(setName));
            assertThat(Browser.cells(holder.driver)).contains("Waiting for an answer");

            // the link served once: now a page that says so
            holder.open(stack.portalUrl() + "/join/" + token);
            holder.until("used", d -> text(d, "join-refused").contains("was used already"));
            holder.open(stack.portalUrl() + "/join/not-a-link");
            holder.until("unknown", d -> text(d, "join-refused").contains("not valid"));
        }
    }

    private static String text(WebDriver d, String id) {
        var found = d.findElements(By.id(id));
        return found.isEmpty() ? "" : String.valueOf(found.getFirst().getDomProperty("textContent")).strip();
    }

    private static void type(Browser browser, String id, String text) {
        browser.until("typed in " + id, d -> {
            try {
                WebElement input = d.findElement(By.cssSelector("#" + id + " input"));
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
                return text.equals(input.getDomProperty("value"));
            } catch (org.openqa.selenium.WebDriverException coveredOrRedrawn) {
                return false;
            }
        });
    }
}

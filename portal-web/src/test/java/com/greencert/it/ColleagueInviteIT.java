package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A tenant administrator (sun.decider of SinoEco) invites a colleague as an assessor through Colleagues; the
 * colleague signs in with the one-time password, chooses their own at Keycloak, and lands on the certification
 * desk of SinoEco. A person who is not a tenant administrator has no Colleagues page.
 */
@ExtendWith(StackExtension.class)
class ColleagueInviteIT {

    private static Stack stack;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
    }

    @Test
    void a_tenant_admin_invites_an_assessor_who_then_signs_in() throws Exception {
        String username = "it.assessor-" + UUID.randomUUID().toString().substring(0, 6);
        String password;
        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak("sun.decider", Api.DEMO_PASSWORD);
            browser.await(By.id("certification-home"));
            browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Colleagues']"));
            browser.await(By.id("colleagues"));
            type(browser, "colleague-username", username);
            type(browser, "colleague-email", username + "@sinoeco.example.cn");
            type(browser, "colleague-first", "Xu");
            type(browser, "colleague-last", "Assessor");
            browser.click(By.xpath("//vaadin-checkbox[normalize-space(.)='Assessor']"));
            browser.settle();
            browser.click(By.id("invite-colleague"));
            password = browser.await(By.id("colleague-password")).getText().strip();
            assertThat(password).hasSize(16);
            browser.click(By.id("close-invited"));
            browser.click(By.id("sign-out"));
            browser.await(By.id("sign-in"));
        }

        try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
            browser.open(stack.portalUrl() + "/");
            browser.click(By.id("sign-in"));
            browser.signInAtKeycloak(username, password);
            // Keycloak asks for a new password at first sign-in
            String chosen = "Chosen-" + UUID.randomUUID().toString().substring(0, 12);
            browser.await(By.id("password-new")).sendKeys(chosen);
            browser.await(By.id("password-confirm")).sendKeys(chosen, Keys.ENTER);
            browser.await(By.id("certification-home"));
            browser.wait.until(d -> "SinoEco Certification Centre".equals(d.findElement(By.id("tenant-name")).getText()));
            String nav = browser.await(By.id("main-nav")).getText();
            assertThat(nav).contains("Certification desk").doesNotContain("Colleagues");
            // an assessor is not a tenant administrator: the page is refused
            browser.open(stack.portalUrl() + "/team");
            assertThat(browser.await(By.tagName("h2")).getText()).isEqualTo("Not allowed");
            assertThat(browser.driver.findElements(By.id("colleagues"))).isEmpty();
        }
    }

    private static void type(Browser browser, String id, String text) {
        browser.wait.until(d -> {
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

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations by e-mail of suppliers not yet on the portal (issue 11, ADR 0026), on the real stack: anna.buyer mails a
 * link (in Chinese); the link, read anonymously, offers the request; following it puts the company on GreenCert once
 * (two holders at once: one company, one refusal), with anna's request waiting; the link is then refused as used.
 * ben.buyer's link to the same address joins the same company, never a second one. A withdrawn, unknown or ill-formed
 * link is refused with a problem that says which; another buyer and a supplier see none of anna's links.
 */
@ExtendWith(StackExtension.class)
class JoinInvitationIT {

    private static final String JOINS = "/api/join-invitations";
    private static final Pattern LINK = Pattern.compile("/join/([A-Za-z0-9_-]{43})");
    private static Stack stack;
    private static Api api;
    private static String anna;
    private static String ben;
    private static String scheme;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        anna = api.token("anna.buyer");
        ben = api.token("ben.buyer");
        String li = api.token("li.supplier");
        String certified = api.all("/api/applications", li).stream()
                .filter(a -> a.getString("status").equals("CERTIFIED")).findFirst().orElseThrow().getString("id");
        scheme = api.get("/api/applications/" + certified, li).json().getJsonObject("scheme").getString("id");
    }

    static String newSet(Api api, String token, String scheme) {
        Api.Reply created = api.post("/api/criteria-sets", token, """
                {"name":"Cells %s","criteria":[{"kind":"holdsCredential","scheme":"%s","mandatory":true}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), scheme));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("id");
    }

    static Api.Reply mail(Api api, String token, String set, String email, String company, String language) {
        return api.post(JOINS, token, """
                {"criteriaSet":"%s","email":"%s","companyName":"%s","language":"%s"}""".formatted(set, email, company, language));
    }

    /** The token of the newest invitation link mailed to the address (waits for the outbox). */
    static String linkMailedTo(Stack stack, String address, int count) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            List<String> tokens = new ArrayList<>();
            for (MimeMessage m : stack.mailsTo(address)) {
                Matcher link = LINK.matcher(m.getContent().toString());
                if (link.find()) {
                    tokens.add(link.group(1));
                }
            }
            if (tokens.size() >= count) {
                return tokens.get(count - 1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no invitation link (" + count + ") mailed to " + address + "; see " + stack.portalLog);
    }

    private static Api.Reply join(String token, String username) {
        return api.post("/api/public/join/" + token, null, """
                {"companyNameEn":"Ningbo Cells %1$s Co., Ltd.","companyNameZh":"宁波电芯%1$s有限公司","country":"CN",
                 "username":"%2$s","firstName":"Hui","lastName":"Chen"}""".formatted(username.substring(username.length() - 6), username));
    }

    @Test
    void a_link_puts_the_company_on_the_portal_once_and_a_second_buyers_link_joins_the_same_company() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String address = "sales-" + run + "@ningbo-cells.example";
        String set = newSet(api, anna, scheme);

        Api.Reply sent = mail(api, anna, set, address.toUpperCase(), "Ningbo Cells " + run, "zh");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().getString("email")).isEqualTo(address);
        assertThat(sent.json().getString("state")).isEqualTo("OPEN");
        assertThat(sent.json().getBoolean("withdrawable")).isTrue();
        assertThat(sent.body()).doesNotContain("token");
        assertProblem(mail(api, anna, set, address, "Ningbo Cells", "zh"), 409, "join.already.open");
        // a set with a link out is in use, as with an invitation: it is kept, not deleted under the link
        assertProblem(api.delete("/api/criteria-sets/" + set, anna), 409, "criteria.set.used");

        String token = linkMailedTo(stack, address, 1);
        MimeMessage letter = stack.mailsTo(address).getFirst();
        assertThat(letter.getSubject()).contains("Ningbo Cells " + run).contains("邀请");
        JsonObject offer = ok(api.get("/api/public/join/" + token, null), 200);
        assertThat(offer.getJsonObject("buyer").getString("name")).isEqualTo("EuroChem Procurement GmbH");
        assertThat(offer.getString("state")).isEqualTo("OPEN");
        assertThat(offer.getString("email")).isEqualTo(address);

        // a user name that is not one: refused, and the link stays open
        assertProblem(api.post("/api/public/join/" + token, null, "{\"username\":\"Not A Name\"}"), 400, null);
        assertThat(ok(api.get("/api/public/join/" + token, null), 200).getString("state")).isEqualTo("OPEN");

        // two holders at once: one company, the other refused as used
        String username = "hui.chen-" + run;
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(() -> join(token, username));
        CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(() -> join(token, username));
        List<Api.Reply> both = List.of(first.get(), second.get());
        assertThat(both).extracting(Api.Reply::status).as(both.toString()).containsExactlyInAnyOrder(201, 409);
        JsonObject joined = both.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json();
        Api.Reply refused = both.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(refused.json().getString("code")).isEqualTo("join.link.used");
        String supplier = joined.getJsonObject("supplier").getString("id");
        assertThat(joined.getString("username")).isEqualTo(username);
        assertThat(joined.getString("temporaryPassword")).hasSize(16);
        assertThat(joined.getBoolean("alreadyOnPortal")).isFalse();
        assertThat(joined.getJsonObject("supplier").getString("name")).isEqualTo("Ningbo Cells " + run + " Co., Ltd.");

        // used: refused with the reason, and anna sees who joined, with her request waiting for it
        assertProblem(join(token, "someone-" + run), 409, "join.link.used");
        assertThat(ok(api.get("/api/public/join/" + token, null), 200).getString("state")).isEqualTo("USED");
        JsonObject mine = api.all(JOINS, anna).stream().filter(j -> j.getString("email").equals(address)).findFirst().orElseThrow();
        assertThat(mine.getString("state")).isEqualTo("USED");
        assertThat(mine.getJsonObject("joined").getString("id")).isEqualTo(supplier);
        JsonObject request = api.all("/api/invitations", anna).stream()
                .filter(i -> i.getJsonObject("supplier").getString("id").equals(supplier)).findFirst().orElseThrow();
        assertThat(request.getString("state")).isEqualTo("PENDING");
        assertThat(request.getString("criteriaSet")).isEqualTo(set);

        // ben's link to the same address joins the same company: no second tenant
        String bensSet = newSet(api, ben, scheme);
        assertThat(mail(api, ben, bensSet, address, "Ningbo Cells", "en").status()).isEqualTo(201);
        Api.Reply again = join(linkMailedTo(stack, address, 2), "other-" + run);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().getBoolean("alreadyOnPortal")).isTrue();
        assertThat(again.json().getJsonObject("supplier").getString("id")).isEqualTo(supplier);
        assertThat(again.json().containsKey("temporaryPassword") && !again.json().isNull("temporaryPassword")).isFalse();
        assertThat(api.all("/api/invitations", ben)).anySatisfy(i ->
                assertThat(i.getJsonObject("supplier").getString("id")).isEqualTo(supplier));
        // and anna cannot send the same address another link for that set: the company joined from it
        assertProblem(mail(api, anna, set, address, "Ningbo Cells", "zh"), 409, "join.already.used");
    }

    @Test
    void identical_requests_at_once_get_one_answer_each_and_never_a_500() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String address = "twice-" + run + "@wuxi-packs.example";
        String set = newSet(api, anna, scheme);

        // two identical invitations by e-mail at once: one link, one refusal
        List<Api.Reply> sent = twice(() -> mail(api, anna, set, address, "Wuxi Packs " + run, "en"));
        assertThat(sent).extracting(Api.Reply::status).as(sent.toString()).containsExactlyInAnyOrder(201, 409);
        assertThat(api.all(JOINS, anna)).filteredOn(j -> j.getString("email").equals(address)).hasSize(1);

        // two identical withdrawals at once: withdrawn once, the other told it is (or a concurrent-change 409)
        String id = api.all(JOINS, anna).stream().filter(j -> j.getString("email").equals(address)).findFirst()
                .orElseThrow().getString("id");
        List<Api.Reply> withdrawn = twice(() -> api.post(JOINS + "/" + id + "/withdraw", anna, ""));
        assertThat(withdrawn).extracting(Api.Reply::status).as(withdrawn.toString()).containsExactlyInAnyOrder(200, 409);
        assertThat(withdrawn).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
    }

    private static List<Api.Reply> twice(java.util.function.Supplier<Api.Reply> call) throws Exception {
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(call);
        CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(call);
        return List.of(first.get(), second.get());
    }

    @Test
    void a_withdrawn_unknown_or_ill_formed_link_is_refused_and_nobody_else_sees_a_buyers_links() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String address = "export-" + run + "@shenzhen-packs.example";
        String set = newSet(api, anna, scheme);
        String id = ok(mail(api, anna, set, address, "Shenzhen Packs " + run, "en"), 201).getString("id");
        String token = linkMailedTo(stack, address, 1);

        // another buyer, a supplier, nobody: none of anna's links
        assertProblem(api.post(JOINS + "/" + id + "/withdraw", ben, ""), 404, null);
        assertThat(api.all(JOINS, ben)).noneSatisfy(j -> assertThat(j.getString("id")).isEqualTo(id));
        assertThat(api.get(JOINS, api.token("li.supplier")).status()).isEqualTo(403);
        assertThat(api.get(JOINS, null).status()).isEqualTo(401);
        assertProblem(mail(api, ben, set, address, "Shenzhen Packs", "en"), 404, null);

        // bad input: a clear problem each
        assertProblem(mail(api, anna, set, "not-an-address", "Shenzhen Packs", "en"), 400, "user.email.invalid");
        assertProblem(api.post(JOINS, anna, "{\"criteriaSet\":\"" + set + "\",\"email\":\"" + address + "\"}"), 400, "field.required");
        assertProblem(api.post(JOINS, anna, "{\"criteriaSet\":\"" + set + "\",\"email\":\"x@y.example\",\"companyName\":\""
                + "x".repeat(5000) + "\"}"), 413, null);

        JsonObject withdrawn = ok(api.post(JOINS + "/" + id + "/withdraw", anna, ""), 200);
        assertThat(withdrawn.getString("state")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getBoolean("withdrawable")).isFalse();
        assertProblem(api.post(JOINS + "/" + id + "/withdraw", anna, ""), 409, "join.link.withdrawn");
        assertThat(ok(api.get("/api/public/join/" + token, null), 200).getString("state")).isEqualTo("WITHDRAWN");
        assertProblem(join(token, "late-" + run), 409, "join.link.withdrawn");

        // unknown, ill-formed, or an attempt at the database: 404, the same words
        String unknown = token.substring(1) + (token.charAt(0) == 'A' ? "B" : "A");
        for (String bad : List.of(unknown, "abc", "%27%20or%201%3D1--")) {
            assertProblem(api.get("/api/public/join/" + bad, null), 404, "join.link.unknown");
        }
        // sent again after the withdrawal: a new link, and the old one stays refused
        assertThat(mail(api, anna, set, address, "Shenzhen Packs " + run, "en").status()).isEqualTo(201);
        String renewed = linkMailedTo(stack, address, 2);
        assertThat(renewed).isNotEqualTo(token);
        assertThat(ok(api.get("/api/public/join/" + renewed, null), 200).getString("state")).isEqualTo("OPEN");
        assertProblem(api.get("/api/public/join/" + token, null), 404, "join.link.unknown");
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(reply.json().getString("code")).as(reply.body()).isEqualTo(code);
        }
    }
}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lithium batteries must carry a UN 38.3 test summary as evidence: a UN3480 product is flagged in the
 * product list until its supplier uploads a summary in date that covers it (an expired one does not count).
 */
@ExtendWith(StackExtension.class)
class ProductUn383IT {

    private static Api api;
    private static Stack stack;
    private static String li;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        li = api.token("li.supplier");
    }

    private static JsonObject listed(String id) {
        return api.all("/api/products", li).stream().filter(p -> p.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static Api.Reply uploadSummary(String productId, LocalDate expiresOn) {
        String title = "UN 38.3 test summary " + UUID.randomUUID();
        String metadata = """
                {"type":"UN38_3_SUMMARY","title":"%s","issuer":"SGS-CSTC Standards Technical Services (Shanghai)",
                 "issuedOn":"2026-01-15","expiresOn":"%s","language":"en","productIds":["%s"],"facilityIds":[]}"""
                .formatted(title, expiresOn, productId);
        return api.upload("/api/evidence", li, metadata, "un38-3.pdf", "application/pdf", EvidenceApiIT.pdf(title), null);
    }

    @Test
    void a_lithium_ion_battery_is_flagged_until_a_un_38_3_summary_in_date_covers_it() {
        Api.Reply created = api.post("/api/products", li, """
                {"nameEn":"Li-ion cell %s","nameZh":"锂离子电池","hsCode":"850760","unNumber":"UN3480",
                 "composition":[{"substanceName":"Lithium cobalt oxide","casNumber":"12190-79-3","minPercent":20,"maxPercent":30}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().getString("id");

        JsonObject before = listed(id);
        assertThat(before.getBoolean("un383SummaryRequired")).isTrue();
        assertThat(before.getBoolean("un383SummaryMissing")).isTrue();

        Api.Reply expired = uploadSummary(id, LocalDate.now().minusDays(1));
        assertThat(expired.status()).as(expired.body()).isEqualTo(201);
        assertThat(listed(id).getBoolean("un383SummaryMissing")).as("an expired summary does not count").isTrue();

        Api.Reply valid = uploadSummary(id, LocalDate.now().plusYears(1));
        assertThat(valid.status()).as(valid.body()).isEqualTo(201);
        assertThat(listed(id).getBoolean("un383SummaryMissing")).isFalse();
    }

    @Test
    void a_product_that_is_not_a_lithium_battery_needs_no_summary() {
        Api.Reply created = api.post("/api/products", li, """
                {"nameEn":"PVC cable %s","hsCode":"854449",
                 "composition":[{"substanceName":"Polyvinyl chloride","casNumber":"9002-86-2","minPercent":60,"maxPercent":70}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject listed = listed(created.json().getString("id"));
        assertThat(listed.getBoolean("un383SummaryRequired")).isFalse();
        assertThat(listed.getBoolean("un383SummaryMissing")).isFalse();
    }
}

package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A supplier corrects a product's classification through {@code PUT /api/products/{id}/classification}: each
 * changed field goes into the product's history ({@code GET …/history}); a bad HS code is a 400 problem and
 * changes nothing; another supplier can neither change nor read it (404, as if it did not exist).
 */
@ExtendWith(StackExtension.class)
class ProductClassificationIT {

    private static Api api;
    private static String li;
    private static String wang;

    @BeforeAll
    static void setUp(Stack s) {
        api = new Api(s);
        li = api.token("li.supplier");
        wang = api.token("wang.supplier");
    }

    private static String product(String token) {
        Api.Reply created = api.post("/api/products", token, """
                {"nameEn":"LFP cell %s","hsCode":"850760","unNumber":"UN3480","composition":[]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static Api.Reply reclassify(String token, String id, String json) {
        return api.call("PUT", "/api/products/" + id + "/classification", token, "application/json", json);
    }

    @Test
    void the_supplier_changes_name_hs_code_and_un_number_and_each_change_is_in_the_history() {
        String id = product(li);

        Api.Reply changed = reclassify(li, id, """
                {"nameEn":"LFP module 12 V","nameZh":"磷酸铁锂模组","hsCode":"850760","unNumber":"UN3481"}""");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("nameEn")).isEqualTo("LFP module 12 V");
        assertThat(changed.json().getString("unNumber")).isEqualTo("UN3481");
        Api.Reply history = api.get("/api/products/" + id + "/history", li);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        List<JsonObject> changes = history.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(changes).extracting(c -> c.getString("field")).containsExactly("NAME_EN", "NAME_ZH", "UN_NUMBER");
        assertThat(changes.get(2).getString("before")).isEqualTo("UN3480");
        assertThat(changes.get(2).getString("after")).isEqualTo("UN3481");
        assertThat(changes.get(2).getString("by")).isEqualTo("li.supplier");

        // the same values again: nothing new in the history
        assertThat(reclassify(li, id, """
                {"nameEn":"LFP module 12 V","nameZh":"磷酸铁锂模组","hsCode":"850760","unNumber":"UN3481"}""").status())
                .isEqualTo(200);
        assertThat(api.get("/api/products/" + id + "/history", li).jsonStructure().asJsonArray()).hasSize(3);
    }

    @Test
    void a_bad_hs_code_is_a_problem_and_changes_nothing() {
        String id = product(li);

        Api.Reply refused = reclassify(li, id, """
                {"nameEn":"Renamed","hsCode":"12","unNumber":"UN3480"}""");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/products/" + id, li).json().getString("nameEn")).startsWith("LFP cell");
        assertThat(api.get("/api/products/" + id + "/history", li).jsonStructure().asJsonArray()).isEmpty();
    }

    @Test
    void another_supplier_can_neither_change_nor_read_the_history() {
        String id = product(li);

        Api.Reply foreign = reclassify(wang, id, """
                {"nameEn":"Taken over","hsCode":"850760"}""");
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(api.get("/api/products/" + id + "/history", wang).status()).isEqualTo(404);
        // and a buyer has no access to products at all
        assertThat(reclassify(api.token("anna.buyer"), id, "{\"nameEn\":\"x\",\"hsCode\":\"850760\"}").status())
                .isEqualTo(403);
        assertThat(api.get("/api/products/" + id, li).json().getString("nameEn")).startsWith("LFP cell");
        assertThat(api.get("/api/products/" + id + "/history", li).jsonStructure().asJsonArray()).isEmpty();
    }
}

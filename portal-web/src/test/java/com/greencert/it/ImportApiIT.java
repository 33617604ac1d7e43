package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV imports through the REST API with real tokens: the platform administrator previews and imports a
 * new SVHC candidate list version (row errors reported, all or nothing, screening uses the new version);
 * a supplier imports products with their compositions in bulk (dry run reports every bad row; a real run
 * creates all products or none).
 */
@ExtendWith(StackExtension.class)
class ImportApiIT {

    private static final String PRODUCT_HEADER = "product key,name en,name zh,HS code,UN number,packing group,substance name,CAS,min %,max %\n";
    /** Lead: on the candidate list since 2018, not on the starter list. */
    private static final String LEAD_ROW = "\"Lead\",\"231-100-4\",\"7439-92-1\",\"2018-06-27\",\"Toxic for reproduction (Article 57c)\"\n";
    private static Api api;
    private static Stack stack;
    private static String ada;
    private static String li;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        ada = api.token("ada.admin");
        li = api.token("li.supplier");
    }

    private static String starterList() {
        try (InputStream in = ImportApiIT.class.getResourceAsStream("/reference/svhc-starter.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Api.Reply postCsv(String path, String token, String csv, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept-Language", language)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        return Api.send(request);
    }

    private static List<JsonObject> versions(String token) {
        Api.Reply reply = api.get("/api/reference/svhc/versions", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
    }

    /** All the supplier's products, page by page. */
    private static List<JsonObject> products(String token) {
        return api.all("/api/products", token);
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    @Test
    void the_admin_previews_a_list_with_an_added_and_a_bad_row_and_nothing_is_written() {
        int before = versions(ada).size();
        String csv = starterList() + LEAD_ROW
                + "\"Cadmium\",\"231-152-8\",\"7440-43-9\",\"2013-06-20\",\"Carcinogenic (Article 57a)\"\n"
                + "\"Bad substance\",\"-\",\"117-81-8\",\"2020-01-16\",\"Carcinogenic (Article 57a)\"\n";
        int badRow = (int) csv.lines().count();

        Api.Reply preview = postCsv("/api/reference/svhc/preview", ada, csv, "en");

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonObject p = preview.json();
        assertThat(p.getBoolean("importable")).isFalse();
        JsonArray errors = p.getJsonArray("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.getJsonObject(0).getInt("row")).isEqualTo(badRow);
        assertThat(errors.getJsonObject(0).getString("code")).isEqualTo("svhc.import.cas.invalid");
        assertThat(errors.getJsonObject(0).getString("detail")).contains("117-81-8");
        assertThat(p.getJsonArray("added").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("substanceName")).contains("Cadmium");
        assertThat(p.getJsonArray("removed")).isEmpty();
        assertThat(versions(ada)).hasSize(before);

        // importing the same file is refused whole, listing the bad row, in the caller's language
        Api.Reply refused = postCsv("/api/reference/svhc/versions?label=it-bad-" + UUID.randomUUID().toString().substring(0, 8)
                + "&publishedOn=" + today(), ada, csv, "zh-CN");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("code")).isEqualTo("svhc.import.rejected");
        JsonObject rowError = refused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(rowError.getInt("row")).isEqualTo(badRow);
        assertThat(rowError.getString("detail")).containsPattern("\\p{IsHan}");
        assertThat(versions(ada)).hasSize(before);
    }

    @Test
    void the_admin_imports_a_good_list_which_becomes_current_and_screening_uses_it() {
        String label = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply imported = postCsv("/api/reference/svhc/versions?label=" + label + "&publishedOn=" + today()
                + "&source=ImportApiIT", ada, starterList() + LEAD_ROW, "en");

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().getString("label")).isEqualTo(label);
        assertThat(imported.json().getInt("entryCount")).isEqualTo(17);
        JsonObject current = versions(li).getFirst();
        assertThat(current.getString("label")).isEqualTo(label);
        assertThat(current.getBoolean("current")).isTrue();

        Api.Reply created = api.post("/api/products", li, """
                {"nameEn":"Lead solder %s","hsCode":"800700","composition":[
                {"substanceName":"Tin","casNumber":"7440-31-5","minPercent":60,"maxPercent":65},
                {"substanceName":"Lead","casNumber":"7439-92-1","minPercent":35,"maxPercent":40}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Reply screening = api.get("/api/products/" + created.json().getString("id") + "/screening", li);
        assertThat(screening.status()).as(screening.body()).isEqualTo(200);
        assertThat(screening.json().getString("listLabel")).isEqualTo(label);
        assertThat(screening.json().getBoolean("exceedsThreshold")).isTrue();
    }

    @Test
    void a_supplier_may_read_the_versions_but_not_preview_or_import() {
        assertThat(versions(li)).isNotEmpty();
        String csv = starterList() + LEAD_ROW;
        Api.Reply preview = postCsv("/api/reference/svhc/preview", li, csv, "en");
        assertThat(preview.status()).as(preview.body()).isEqualTo(403);
        assertThat(preview.contentType()).startsWith("application/problem+json");
        Api.Reply imported = postCsv("/api/reference/svhc/versions?label=it-li&publishedOn=" + today(), li, csv, "en");
        assertThat(imported.status()).as(imported.body()).isEqualTo(403);
    }

    @Test
    void a_product_dry_run_reports_a_bad_cas_an_unknown_un_number_and_a_bad_hs_code_and_writes_nothing() {
        int before = products(li).size();
        String key = UUID.randomUUID().toString().substring(0, 8);
        String csv = PRODUCT_HEADER
                + "G-" + key + ",Good cable,电缆,854449,,,Polyvinyl chloride,9002-86-2,60,70\n"
                + "H-" + key + ",Bad HS,,999999,,,Polyvinyl chloride,9002-86-2,60,70\n"
                + "U-" + key + ",Bad UN,,850760,UN9999,,Lithium cobalt oxide,12190-79-3,20,30\n"
                + "C-" + key + ",Bad CAS,,854449,,,Polyvinyl chloride,9002-86-2,60,70\n"
                + "C-" + key + ",,,,,,DEHP,117-81-8,1,2\n";

        Api.Reply dryRun = postCsv("/api/products/import?dryRun=true", li, csv, "zh-CN");

        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        JsonObject r = dryRun.json();
        assertThat(r.getBoolean("dryRun")).isTrue();
        assertThat(r.getBoolean("importable")).isFalse();
        assertThat(r.getInt("rows")).isEqualTo(5);
        assertThat(r.getInt("products")).isEqualTo(4);
        List<JsonObject> errors = r.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("row")).containsExactly(3, 4, 6);
        assertThat(errors.get(0).getString("code")).startsWith("hs.");
        assertThat(errors.get(1).getString("code")).isEqualTo("un.unknown");
        assertThat(errors.get(2).getString("code")).isEqualTo("cas.check.digit.wrong");
        assertThat(errors).allSatisfy(e -> assertThat(e.getString("detail")).containsPattern("\\p{IsHan}"));
        assertThat(r.getJsonArray("created")).isEmpty();
        assertThat(products(li)).hasSize(before);
    }

    @Test
    void a_good_product_file_creates_all_its_products_at_once() {
        int before = products(li).size();
        String key = UUID.randomUUID().toString().substring(0, 8);
        String csv = PRODUCT_HEADER
                + "A-" + key + ",PVC cable " + key + ",电缆,854449,,,Polyvinyl chloride,9002-86-2,60,70\n"
                + "A-" + key + ",,,,,,Bis(2-ethylhexyl) phthalate,117-81-7,0.5,1\n"
                + "B-" + key + ",Li-ion cell " + key + ",锂离子电池,850760,UN3480,,Lithium cobalt oxide,12190-79-3,20,30\n"
                + "C-" + key + ",Ethanol " + key + ",乙醇,220710,UN1170,II,Ethanol,64-17-5,95,100\n";

        Api.Reply imported = postCsv("/api/products/import?dryRun=false", li, csv, "en");

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().getBoolean("dryRun")).isFalse();
        assertThat(imported.json().getJsonArray("created")).hasSize(3);
        List<JsonObject> after = products(li);
        assertThat(after).hasSize(before + 3);
        JsonObject cable = after.stream().filter(p -> p.getString("nameEn").equals("PVC cable " + key)).findFirst().orElseThrow();
        assertThat(cable.getInt("components")).isEqualTo(2);
        assertThat(cable.getBoolean("svhcAboveThreshold")).isTrue();
        assertThat(after).extracting(p -> p.getString("nameEn")).contains("Li-ion cell " + key, "Ethanol " + key);
    }

    @Test
    void a_product_file_with_one_bad_row_creates_none() {
        int before = products(li).size();
        String key = UUID.randomUUID().toString().substring(0, 8);
        String csv = PRODUCT_HEADER
                + "A-" + key + ",Cable " + key + ",,854449,,,Polyvinyl chloride,9002-86-2,60,70\n"
                + "B-" + key + ",Cell " + key + ",,850760,UN3480,,Lithium cobalt oxide,12190-79-3,20,30\n"
                + "C-" + key + ",Other " + key + ",,854449,,,Polyvinyl chloride,9002-86-3,60,70\n";

        Api.Reply refused = postCsv("/api/products/import?dryRun=false", li, csv, "en");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("code")).isEqualTo("product.import.rejected");
        List<JsonObject> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("row")).containsExactly(4);
        assertThat(products(li)).hasSize(before);
    }
}

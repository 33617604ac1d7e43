package com.greencert.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.registry.domain.CertificationStatus;
import com.greencert.registry.domain.PublishedFacility;
import com.greencert.registry.domain.PublishedProduct;
import com.greencert.registry.domain.PublishedProfile;
import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.registry.domain.SupplierDocument.CertificationEntry;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.supplier.domain.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every registry engine must do, run against each on a real index (Lucene in a temporary directory, a real
 * OpenSearch node): analysis, exact codes, facets, privacy, the cursor, highlights. Same data, same assertions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RegistrySearchContract {

    public static final String GREENPOWER_USCC = "91330500MA2B3C4D5E";
    protected RegistrySearch index;

    /** A new, empty engine. */
    protected abstract RegistrySearch open();

    /** Closes what {@link #open} opened. */
    protected abstract void close(RegistrySearch engine);

    @BeforeAll
    void build() {
        index = open();
        index.apply(sample(), List.of(), 7);
        // names private: not listed at all
        assertThat(PublishedProfile.of("hidden", "Hidden Co", null, "CN", null, "x", Visibility.PRIVATE,
                Visibility.PUBLIC, Visibility.PUBLIC).document(List.of(), List.of(), List.of())).isEmpty();
    }

    /** Three suppliers: a Chinese battery maker, a Chinese chemicals maker (suspended), a German paint maker. */
    public static List<SupplierDocument> sample() {
        List<SupplierDocument> docs = new ArrayList<>();
        docs.add(doc(PublishedProfile.of("zhejiang-greenpower", "Zhejiang GreenPower Battery Co., Ltd.", "浙江绿能电池有限公司",
                "CN", GREENPOWER_USCC, "88 Xisaishan Road, Huzhou", Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PRIVATE),
                List.of(PublishedProduct.of("zhejiang-greenpower", "Lithium-ion battery pack 18650", "锂离子电池组", "850760",
                        "3480", "9", "")),
                List.of(PublishedFacility.of("zhejiang-greenpower", "Huzhou cell and pack plant", "88 Xisaishan Road", "CN")),
                List.of(new CertificationEntry("SEC-GCE-2026-000042", "GCE", "Green Chemistry Excellence", "sinoeco-cert",
                        "SinoEco Certification Centre", CertificationStatus.VALID))));
        docs.add(doc(PublishedProfile.of("jiangsu-qingyuan", "Jiangsu Qingyuan Chemical Co., Ltd.", "江苏清源化工有限公司",
                "CN", "91320000MA1X2Y3Z4W", "6 Binjiang Road, Taixing", Visibility.PUBLIC, Visibility.PRIVATE, Visibility.PUBLIC),
                List.of(PublishedProduct.of("jiangsu-qingyuan", "Acetone solvent blend", "丙酮溶剂", "2914110000", "1090", "3",
                        "FLAMMABLE_LIQUIDS SERIOUS_EYE_DAMAGE_IRRITATION")),
                List.of(), List.of(new CertificationEntry(null, "GCE", "Green Chemistry Excellence", "cqc-green",
                        "Cathay Green Certification Co.", CertificationStatus.SUSPENDED))));
        docs.add(doc(PublishedProfile.of("hamburg-paints", "Hamburg Paints GmbH", null, "DE", null, "Elbchaussee 1",
                Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC),
                List.of(PublishedProduct.of("hamburg-paints", "Solvent-based paint", null, "320810", "1263", "3",
                        "FLAMMABLE_LIQUIDS")), List.of(), List.of()));
        return docs;
    }

    @AfterAll
    void closeIndex() {
        close(index);
    }

    public static SupplierDocument doc(PublishedProfile p, List<PublishedProduct> products, List<PublishedFacility> facilities,
            List<CertificationEntry> certs) {
        return p.document(products, facilities, certs).orElseThrow();
    }

    protected List<String> ids(String text) {
        return ids(RegistryQuery.of(text));
    }

    protected List<String> ids(RegistryQuery q) {
        return index.search(q).hits().stream().map(RegistryHits.Hit::id).toList();
    }

    @Test
    void english_name_with_a_split_compound_and_without_the_legal_form() {
        assertThat(ids("Zhejiang Green Power battery")).first().isEqualTo("zhejiang-greenpower");
        assertThat(ids("greenpower")).containsExactly("zhejiang-greenpower");
        assertThat(ids("GreenPower Co., Ltd.")).containsExactly("zhejiang-greenpower");
    }

    @Test
    void english_name_with_a_typo() {
        assertThat(ids("Zhejang Greenpowr")).first().isEqualTo("zhejiang-greenpower");
        assertThat(ids("Qingyaun Chemical")).first().isEqualTo("jiangsu-qingyuan");
    }

    @Test
    void chinese_name_by_a_word_and_by_two_characters_of_it() {
        assertThat(ids("绿能")).containsExactly("zhejiang-greenpower");
        assertThat(ids("浙江绿能电池")).first().isEqualTo("zhejiang-greenpower");
        assertThat(ids("清源化工")).containsExactly("jiangsu-qingyuan");
    }

    @Test
    void pinyin_with_and_without_spaces_and_tones() {
        assertThat(ids("lvneng")).containsExactly("zhejiang-greenpower");
        assertThat(ids("lv neng")).containsExactly("zhejiang-greenpower");
        assertThat(ids("lüneng")).containsExactly("zhejiang-greenpower");
        assertThat(ids("Lǜ Néng")).containsExactly("zhejiang-greenpower");
        assertThat(ids("zhejianglvnengdianchi")).containsExactly("zhejiang-greenpower");
        assertThat(ids("qingyuan")).containsExactly("jiangsu-qingyuan");
    }

    @Test
    void products_and_place_words_together() {
        assertThat(ids("lithium 18650 Zhejiang")).first().isEqualTo("zhejiang-greenpower");
    }

    @Test
    void exact_uscc_ranks_first_and_a_private_one_is_not_found() {
        RegistryHits hits = index.search(RegistryQuery.of(GREENPOWER_USCC.toLowerCase()));
        assertThat(hits.hits()).first().satisfies(h -> {
            assertThat(h.id()).isEqualTo("zhejiang-greenpower");
            assertThat(h.uscc()).isEqualTo(GREENPOWER_USCC);
        });
        assertThat(ids("91320000MA1X2Y3Z4W")).as("registration section private").isEmpty();
    }

    @Test
    void exact_certificate_number() {
        assertThat(ids("SEC-GCE-2026-000042")).containsExactly("zhejiang-greenpower");
        assertThat(ids("sec-gce-2026-000042")).containsExactly("zhejiang-greenpower");
    }

    @Test
    void hs_code_prefix_finds_its_subheadings_and_un_number() {
        assertThat(ids("8507")).containsExactly("zhejiang-greenpower");
        assertThat(ids("85")).containsExactly("zhejiang-greenpower");
        assertThat(ids("2914.11")).containsExactly("jiangsu-qingyuan");
        assertThat(ids("850760")).containsExactly("zhejiang-greenpower");
        assertThat(ids("UN1090")).containsExactly("jiangsu-qingyuan");
    }

    @Test
    void private_address_is_not_findable_public_one_is() {
        assertThat(ids("Xisaishan")).as("addresses private").isEmpty();
        assertThat(ids("Binjiang")).as("addresses public").containsExactly("jiangsu-qingyuan");
    }

    @Test
    void facets_count_every_dimension_and_filters_restrict() {
        RegistryHits all = index.search(RegistryQuery.of(""));
        assertThat(all.total()).isEqualTo(3);
        assertThat(count(all, RegistryFacet.COUNTRY, "CN")).isEqualTo(2);
        assertThat(count(all, RegistryFacet.COUNTRY, "DE")).isEqualTo(1);
        assertThat(count(all, RegistryFacet.PROVINCE, "33")).as("Zhejiang, from the public USCC").isEqualTo(1);
        assertThat(all.facets().get(RegistryFacet.PROVINCE)).as("Jiangsu's registration is private").hasSize(1);
        assertThat(count(all, RegistryFacet.HS_CHAPTER, "85")).isEqualTo(1);
        assertThat(count(all, RegistryFacet.HS_CHAPTER, "29")).isEqualTo(1);
        assertThat(count(all, RegistryFacet.UN_CLASS, "3")).isEqualTo(2);
        assertThat(count(all, RegistryFacet.UN_CLASS, "9")).isEqualTo(1);
        assertThat(count(all, RegistryFacet.GHS_CLASS, "FLAMMABLE_LIQUIDS")).isEqualTo(2);
        assertThat(count(all, RegistryFacet.SCHEME, "GCE")).isEqualTo(2);
        assertThat(count(all, RegistryFacet.BODY, "sinoeco-cert")).isEqualTo(1);
        assertThat(count(all, RegistryFacet.STATUS, "valid")).isEqualTo(1);
        assertThat(count(all, RegistryFacet.STATUS, "suspended")).isEqualTo(1);
        assertThat(count(all, RegistryFacet.STATUS, "none")).isEqualTo(1);
        assertThat(ids(RegistryQuery.of("").filter(RegistryFacet.PROVINCE, "33"))).containsExactly("zhejiang-greenpower");
        RegistryHits flammable = index.search(RegistryQuery.of("").filter(RegistryFacet.GHS_CLASS, "FLAMMABLE_LIQUIDS")
                .filter(RegistryFacet.COUNTRY, "DE"));
        assertThat(flammable.hits()).extracting(RegistryHits.Hit::id).containsExactly("hamburg-paints");
        // drill sideways: each facet counted without its own filter, with the others
        assertThat(count(flammable, RegistryFacet.COUNTRY, "CN")).as("flammable suppliers elsewhere").isEqualTo(1);
        assertThat(count(flammable, RegistryFacet.COUNTRY, "DE")).isEqualTo(1);
        assertThat(count(flammable, RegistryFacet.GHS_CLASS, "FLAMMABLE_LIQUIDS")).as("German suppliers").isEqualTo(1);
        assertThat(count(flammable, RegistryFacet.STATUS, "suspended")).as("both filters").isZero();
        assertThat(count(flammable, RegistryFacet.STATUS, "none")).isEqualTo(1);
    }

    @Test
    void cursor_pages_through_without_repeats() {
        RegistryQuery q = new RegistryQuery("", Map.of(), Optional.empty(), 2);
        RegistryHits first = index.search(q);
        assertThat(first.hits()).hasSize(2);
        RegistryHits second = index.search(q.after(first.nextCursor().orElseThrow()));
        assertThat(second.hits()).hasSize(1);
        assertThat(second.nextCursor()).isEmpty();
        List<String> all = new ArrayList<>(first.hits().stream().map(RegistryHits.Hit::id).toList());
        all.addAll(second.hits().stream().map(RegistryHits.Hit::id).toList());
        assertThat(all).doesNotHaveDuplicates().hasSize(3);
        assertThatThrownBy(() -> index.search(q.after("not-a-cursor"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void highlights_mark_what_matched_and_escape_the_rest() {
        RegistryHits.Hit hit = index.search(RegistryQuery.of("greenpower battery")).hits().getFirst();
        assertThat(hit.highlights().get("nameEn")).contains("<mark>").contains("Battery");
        assertThat(hit.certifications()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CertificationStatus.VALID);
            assertThat(c.bodyName()).isEqualTo("SinoEco Certification Centre");
        });
    }

    @Test
    void query_syntax_is_text_and_bad_input_is_refused() {
        assertThat(ids("name_en:* OR /.*/ ~2 \"")).isEmpty();
        assertThat(ids("*")).isEmpty();
        assertThatThrownBy(() -> RegistryQuery.of("x".repeat(201))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RegistryQuery.of("").filter(RegistryFacet.COUNTRY, "Germany"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RegistryQuery.of("").filter(RegistryFacet.STATUS, "VALID')"))
                .isInstanceOf(InvalidInputException.class);
    }

    static long count(RegistryHits hits, RegistryFacet facet, String value) {
        return hits.facets().get(facet).stream().filter(c -> c.value().equals(value))
                .mapToLong(RegistryHits.FacetCount::count).sum();
    }
}

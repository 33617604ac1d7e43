package com.greencert.registry.lucene;

import com.greencert.reference.domain.ChineseProvince;
import com.greencert.registry.domain.CertificationStatus;
import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.registry.domain.SupplierDocument.CertificationEntry;
import com.greencert.registry.domain.SupplierDocument.ProductEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of a supplier in the Lucene index and how a {@link SupplierDocument} fills them. Text fields are
 * analysed by {@link RegistryAnalyzers}; exact fields (USCC, registration and certificate numbers, HS code
 * prefixes, UN numbers) hold normalised keywords; each facet has a keyword field for filtering and a doc-values
 * facet field for counting. The same field list is the mapping an OpenSearch index would declare (ADR 0018).
 */
public final class RegistryFields {

    public static final String ID = "id";
    public static final String NAME_EN = "name_en";
    public static final String NAME_ZH = "name_zh";
    public static final String NAME_ZH2 = "name_zh2";
    public static final String PINYIN = "pinyin";
    public static final String PINYIN_JOINED = "pinyin_joined";
    public static final String PRODUCT = "product";
    public static final String PRODUCT_ZH = "product_zh";
    public static final String FACILITY = "facility";
    public static final String ADDRESS = "address";
    public static final String CERT = "cert";
    public static final String USCC = "uscc";
    public static final String REGISTRATION = "registration";
    public static final String CERT_NO = "cert_no";
    public static final String HS = "hs";
    public static final String UN = "un";
    public static final String COUNTRY = "country";
    public static final String CERT_STORED = "cert_stored";

    static final FacetsConfig FACETS = facetsConfig();

    private RegistryFields() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (RegistryFacet f : RegistryFacet.values()) {
            config.setMultiValued(f.parameter(), true);
        }
        return config;
    }

    /** The Lucene document of a supplier (before {@link FacetsConfig#build}). */
    public static Document document(SupplierDocument s) {
        Document d = new Document();
        Map<RegistryFacet, Set<String>> facets = new EnumMap<>(RegistryFacet.class);
        d.add(new StringField(ID, s.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(s.id())));
        d.add(new TextField(NAME_EN, s.nameEn(), Field.Store.YES));
        if (s.nameZh() != null) {
            d.add(new TextField(NAME_ZH, s.nameZh(), Field.Store.YES));
            d.add(new TextField(NAME_ZH2, s.nameZh(), Field.Store.NO));
            for (String form : Pinyin.forms(s.nameZh())) {
                d.add(new TextField(PINYIN, form, Field.Store.NO));
                d.add(new StringField(PINYIN_JOINED, Pinyin.joined(form), Field.Store.NO));
            }
        }
        d.add(new StoredField(COUNTRY, s.country()));
        if (s.uscc() != null) {
            d.add(new StringField(USCC, exact(s.uscc()), Field.Store.YES));
        }
        province(s.uscc()).ifPresent(p -> facet(facets, RegistryFacet.PROVINCE, p));
        if (s.registrationNumber() != null) {
            d.add(new StringField(REGISTRATION, exact(s.registrationNumber()), Field.Store.NO));
        }
        s.addresses().forEach(a -> d.add(new TextField(ADDRESS, a, Field.Store.NO)));
        facet(facets, RegistryFacet.COUNTRY, s.country());
        for (ProductEntry p : s.products()) {
            d.add(new TextField(PRODUCT, p.nameEn(), Field.Store.YES));
            if (p.nameZh() != null) {
                d.add(new TextField(PRODUCT_ZH, p.nameZh(), Field.Store.YES));
                d.add(new TextField(NAME_ZH2, p.nameZh(), Field.Store.NO));
            }
            String hs = digits(p.hsCode());
            for (int len = 2; len <= hs.length(); len += 2) {
                d.add(new StringField(HS, hs.substring(0, len), Field.Store.NO));
            }
            if (hs.length() >= 2) {
                facet(facets, RegistryFacet.HS_CHAPTER, hs.substring(0, 2));
            }
            if (p.unNumber() != null) {
                d.add(new StringField(UN, digits(p.unNumber()), Field.Store.NO));
            }
            if (p.transportClass() != null) {
                facet(facets, RegistryFacet.UN_CLASS, p.transportClass());
            }
            p.ghsClasses().forEach(g -> facet(facets, RegistryFacet.GHS_CLASS, g));
        }
        for (SupplierDocument.FacilityEntry f : s.facilities()) {
            d.add(new TextField(FACILITY, f.name(), Field.Store.YES));
            if (f.address() != null) {
                d.add(new TextField(ADDRESS, f.address(), Field.Store.NO));
            }
        }
        for (CertificationEntry c : s.certifications()) {
            d.add(new TextField(CERT, String.join(" ", nonNull(c.schemeCode(), c.schemeName(), c.bodyName())), Field.Store.NO));
            if (c.certificateNumber() != null) {
                d.add(new StringField(CERT_NO, exact(c.certificateNumber()), Field.Store.NO));
            }
            d.add(new StoredField(CERT_STORED, String.join("\u001f", nonNull(c.certificateNumber(), c.schemeCode(),
                    c.schemeName(), c.bodyId(), c.bodyName(), c.status().name()))));
            facet(facets, RegistryFacet.SCHEME, c.schemeCode());
            facet(facets, RegistryFacet.BODY, c.bodyId());
            facet(facets, RegistryFacet.STATUS, c.status().code());
        }
        if (s.certifications().isEmpty()) {
            facet(facets, RegistryFacet.STATUS, CertificationStatus.NONE.code());
        }
        facets.forEach((facet, values) -> values.forEach(v -> {
            d.add(new StringField(facet.field(), v, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(facet.parameter(), v));
        }));
        return d;
    }

    /** A certification read back from a stored hit. */
    public static CertificationEntry certification(String stored) {
        String[] p = stored.split("\u001f", -1);
        return new CertificationEntry(blankToNull(p[0]), blankToNull(p[1]), blankToNull(p[2]), blankToNull(p[3]),
                blankToNull(p[4]), CertificationStatus.valueOf(p[5]));
    }

    /**
     * The province a public USCC was registered in, as its GB/T 2260 code (characters 3-4: the profile checked the
     * code when it was saved).
     */
    static java.util.Optional<String> province(String uscc) {
        String code = uscc == null ? "" : exact(uscc);
        return code.length() == 18 ? ChineseProvince.byCode(code.substring(2, 4)).map(ChineseProvince::code)
                : java.util.Optional.empty();
    }

    /** An identifier as the exact fields hold it: upper case, letters and digits only. */
    public static String exact(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String digits(String s) {
        return s == null ? "" : s.replaceAll("[^0-9]", "");
    }

    private static void facet(Map<RegistryFacet, Set<String>> facets, RegistryFacet f, String value) {
        if (value != null && !value.isBlank()) {
            facets.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(value);
        }
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(p == null ? "" : p);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}

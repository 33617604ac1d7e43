package com.greencert.criteria.persistence;

import static com.greencert.criteria.persistence.SqlValues.date;
import static com.greencert.criteria.persistence.SqlValues.decimal;
import static com.greencert.criteria.persistence.SqlValues.ids;
import static com.greencert.criteria.persistence.SqlValues.instant;
import static com.greencert.criteria.persistence.SqlValues.text;
import static com.greencert.criteria.persistence.SqlValues.words;

import com.greencert.certification.domain.SchemeId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.CredentialStanding;
import com.greencert.criteria.domain.CredentialFact;
import com.greencert.criteria.domain.EvidenceFact;
import com.greencert.criteria.domain.ProductFact;
import com.greencert.criteria.domain.SupplierFacts;
import com.greencert.criteria.domain.SupplierFactsSource;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.SvhcScreening;
import com.greencert.svhc.domain.SvhcListVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads suppliers' facts in plain SQL, a few queries per {@value #CHUNK} suppliers (docs/adr/0024). Plain SQL on
 * purpose: the facts cross tenants (a buyer reads what suppliers show it), which EclipseLink's tenant filter would
 * hide, and they are read for up to 100,000 suppliers at once, where entities would be loaded and tracked for
 * nothing. Every query below names the suppliers it reads, and evidence only through an active grant to the buyer:
 * that is the whole privacy rule, and {@code SqlSupplierFactsTest} shows it holds.
 */
@ApplicationScoped
class SqlSupplierFacts implements SupplierFactsSource {

    static final int CHUNK = 500;

    /** EclipseLink refuses plain SQL where entities are multitenant unless a query says it means it (as these do). */
    static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    static final String CREDENTIALS = "select c.supplier_tenant_id, c.id, a.scheme_id, c.body_tenant_id,"
            + " c.application_id, c.certificate_number, c.valid_from, c.valid_until, c.suspended_at, c.revoked_at,"
            + " c.superseded_at, a.scope_product_ids from issued_credential c"
            + " join certification_application a on a.id = c.application_id where c.supplier_tenant_id in (%s)";
    static final String PRODUCTS = "select p.tenant_id, p.id, p.name_en, p.un_number, p.transport_class,"
            + " p.ghs_hazard_classes, p.hazard_statements from product p where p.tenant_id in (%s)";
    static final String COMPONENTS = "select c.product_id, c.substance_name, c.cas_number, c.ec_number,"
            + " c.min_percent, c.max_percent from product_component c where c.tenant_id in (%s)";
    /** Those of the suppliers the public registry lists: names public, tenant not suspended (as the registry's rule). */
    static final String LISTED = "select cp.tenant_id, t.id from company_profile cp join tenant t on t.id = cp.tenant_id"
            + " where cp.names_visibility = 'PUBLIC' and t.suspended_at is null and cp.tenant_id in (%s)";
    static final String FACILITIES = "select f.tenant_id, f.id from facility f where f.tenant_id in (%s)";
    static final String GRANTED = "select e.tenant_id, e.id, e.evidence_type, e.issued_on, e.expires_on,"
            + " e.sha256, e.product_ids, e.facility_ids from evidence e where e.retired_at is null and exists"
            + " (select g.id from evidence_grant g where g.evidence_id = e.id and g.grantee_tenant_id = ?"
            + " and g.revoked_at is null) and e.tenant_id in (%s)";
    static final String WITHHELD = "select distinct e.tenant_id, e.evidence_type from evidence e"
            + " where e.retired_at is null and not exists (select n.id from evidence n where n.supersedes_id = e.id)"
            + " and not exists (select g.id from evidence_grant g where g.evidence_id = e.id"
            + " and g.grantee_tenant_id = ? and g.revoked_at is null) and e.tenant_id in (%s)";

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public List<SupplierFacts> shared(TenantId buyer, Collection<TenantId> suppliers, SvhcListVersion list) {
        List<SupplierFacts> all = new ArrayList<>(suppliers.size());
        for (List<String> chunk : chunks(suppliers)) {
            Map<String, Builder> byId = builders(chunk);
            readCredentials(chunk, byId);
            readProducts(chunk, byId, list, true);
            readFacilities(chunk, byId);
            for (Object[] r : rows(GRANTED, chunk, buyer.value())) {
                byId.get(text(r[0])).evidence.add(new EvidenceFact(EvidenceId.parse(text(r[1])),
                        EvidenceType.valueOf(text(r[2])), date(r[3]), date(r[4]), text(r[5]),
                        ids(r[6], ",", ProductId::parse), ids(r[7], ",", FacilityId::parse), null));
            }
            for (Object[] r : rows(WITHHELD, chunk, buyer.value())) {
                byId.get(text(r[0])).withheld.add(new SupplierFacts.Withheld.EvidenceOfType(EvidenceType.valueOf(text(r[1]))));
            }
            for (Builder b : byId.values()) {
                all.add(SupplierFacts.shared(b.supplier, b.credentials, b.evidence, b.products, b.facilities, b.withheld));
            }
        }
        return all;
    }

    @Override
    public List<SupplierFacts> publicRegistry(Collection<TenantId> suppliers) {
        List<SupplierFacts> all = new ArrayList<>(suppliers.size());
        for (List<String> chunk : chunks(suppliers)) {
            Map<String, Builder> byId = builders(chunk);
            readCredentials(chunk, byId); // credentials are public documents: anyone verifies them
            List<String> listed = new ArrayList<>();
            for (Object[] r : rows(LISTED, chunk, null)) {
                listed.add(text(r[0]));
            }
            if (!listed.isEmpty()) { // of a supplier the registry does not list, nothing more is public
                readProducts(listed, byId, null, false);
                readFacilities(listed, byId);
            }
            for (Builder b : byId.values()) {
                all.add(SupplierFacts.publicRegistry(b.supplier, b.credentials, b.products, b.facilities));
            }
        }
        return all;
    }

    private void readCredentials(List<String> chunk, Map<String, Builder> byId) {
        for (Object[] r : rows(CREDENTIALS, chunk, null)) {
            CredentialStanding standing = new CredentialStanding(text(r[4]), text(r[5]), date(r[6]), date(r[7]),
                    instant(r[8]), instant(r[9]), instant(r[10]));
            byId.get(text(r[0])).credentials.add(new CredentialFact(CredentialId.parse(text(r[1])),
                    SchemeId.parse(text(r[2])), TenantId.of(text(r[3])), standing, ids(r[11], " ", ProductId::parse)));
        }
    }

    private void readProducts(List<String> chunk, Map<String, Builder> byId, SvhcListVersion list, boolean composition) {
        Map<String, List<Component>> components = new HashMap<>();
        if (composition && list != null) {
            for (Object[] r : rows(COMPONENTS, chunk, null)) {
                components.computeIfAbsent(text(r[0]), k -> new ArrayList<>()).add(new Component(text(r[1]),
                        CasNumber.of(text(r[2])), r[3] == null ? null : EcNumber.of(text(r[3])),
                        ConcentrationRange.of(decimal(r[4]), decimal(r[5]))));
            }
        }
        for (Object[] r : rows(PRODUCTS, chunk, null)) {
            String id = text(r[1]);
            Set<GhsHazardClass> classes = EnumSet.noneOf(GhsHazardClass.class);
            for (String name : words(r[5])) {
                classes.add(GhsHazardClass.valueOf(name));
            }
            Set<GhsHazardStatement> statements = new LinkedHashSet<>();
            if (composition) {
                for (String code : words(r[6])) {
                    statements.add(GhsHazardStatement.of(code));
                }
            }
            Set<TransportHazardClass> transport = r[4] == null ? Set.of() : Set.of(TransportHazardClass.of(text(r[4])));
            ProductFact fact = new ProductFact(ProductId.parse(id), text(r[2]), r[3] == null ? null : UnNumber.of(text(r[3])),
                    classes, statements, transport,
                    composition && list != null ? SvhcScreening.worst(components.getOrDefault(id, List.of()), list) : null,
                    List.of());
            byId.get(text(r[0])).products.add(fact);
        }
    }

    private void readFacilities(List<String> chunk, Map<String, Builder> byId) {
        for (Object[] r : rows(FACILITIES, chunk, null)) {
            byId.get(text(r[0])).facilities.add(FacilityId.parse(text(r[1])));
        }
    }

    /**
     * Runs one query for a chunk of suppliers. The suppliers are written into the SQL as literals and only the buyer
     * is bound: EclipseLink binds positional parameters of a native query by searching the list of those already
     * bound for each one, which costs the square of their number (500 per chunk: most of the time of a read, see
     * bench/README.md, matching). A literal is safe here: a {@link TenantId} holds only lower-case letters, digits
     * and hyphens (its constructor refuses anything else), and {@link #literals} checks it again.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<String> suppliers, String buyer) {
        Query q = em.createNativeQuery(sql.formatted(literals(suppliers))).setHint(NATIVE, true);
        if (buyer != null) {
            q.setParameter(1, buyer);
        }
        return q.getResultList();
    }

    /** {@code 'a','b',…}: the tenant ids quoted, each checked to hold nothing but {@code [a-z0-9-]}. */
    static String literals(List<String> suppliers) {
        StringBuilder sql = new StringBuilder(suppliers.size() * 24);
        for (String s : suppliers) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    throw new IllegalArgumentException("not a tenant id: " + s);
                }
            }
            sql.append(sql.isEmpty() ? "'" : ",'").append(s).append('\'');
        }
        return sql.toString();
    }

    private static Map<String, Builder> builders(List<String> chunk) {
        Map<String, Builder> byId = new java.util.LinkedHashMap<>();
        for (String s : chunk) {
            byId.put(s, new Builder(TenantId.of(s)));
        }
        return byId;
    }

    private static List<List<String>> chunks(Collection<TenantId> suppliers) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(suppliers.stream().map(TenantId::value).toList()));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** One supplier's facts while they are read. */
    private static final class Builder {
        final TenantId supplier;
        final List<CredentialFact> credentials = new ArrayList<>();
        final List<EvidenceFact> evidence = new ArrayList<>();
        final List<ProductFact> products = new ArrayList<>();
        final List<FacilityId> facilities = new ArrayList<>();
        final Set<SupplierFacts.Withheld> withheld = new HashSet<>();

        Builder(TenantId supplier) {
            this.supplier = supplier;
        }
    }
}

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
import com.greencert.criteria.domain.FactSheet;
import com.greencert.criteria.domain.ProductFact;
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
import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.Quantity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds suppliers' {@link FactSheet}s from the tables in plain SQL, a few queries per chunk of suppliers, and reads
 * which evidence of theirs a buyer was granted. Plain SQL on purpose: the facts cross tenants (a buyer reads what
 * suppliers show it), which EclipseLink's tenant filter would hide, and they are read for up to 100,000 suppliers at
 * once, where entities would be loaded and tracked for nothing. Every query names the suppliers it reads.
 */
final class SqlFactSheets {

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
    static final String DECLARED = "select v.product_id, v.quantity, v.amount, v.evidence_id from product_declared_value v"
            + " join product p on p.id = v.product_id where p.tenant_id in (%s)";
    /** Those of the suppliers the public registry lists: names public, tenant not suspended (as the registry's rule). */
    static final String LISTED = "select cp.tenant_id, t.id from company_profile cp join tenant t on t.id = cp.tenant_id"
            + " where cp.names_visibility = 'PUBLIC' and t.suspended_at is null and cp.tenant_id in (%s)";
    static final String FACILITIES = "select f.tenant_id, f.id from facility f where f.tenant_id in (%s)";
    /** Every piece not retired; the last column 1 when no newer version replaces it. */
    static final String EVIDENCE = "select e.tenant_id, e.id, e.evidence_type, e.issued_on, e.expires_on, e.sha256,"
            + " e.product_ids, e.facility_ids, case when exists (select n.id from evidence n where n.supersedes_id = e.id)"
            + " then 0 else 1 end from evidence e where e.retired_at is null and e.tenant_id in (%s)";
    /** The suppliers' evidence granted to the buyer and not revoked (retired pieces are not in any sheet). */
    static final String GRANTED = "select g.evidence_id from evidence_grant g where g.grantee_tenant_id = ?"
            + " and g.revoked_at is null and g.owner_tenant_id in (%s)";
    /** All evidence granted to the buyer and not revoked, for a match of many suppliers (one index range). */
    static final String GRANTED_ALL = "select g.evidence_id from evidence_grant g where g.grantee_tenant_id = ?"
            + " and g.revoked_at is null";

    private final EntityManager em;

    SqlFactSheets(EntityManager em) {
        this.em = em;
    }

    /** The sheets of the suppliers, in the order given (one per supplier, an empty one for an unknown id). */
    List<FactSheet> read(List<String> suppliers) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (String s : suppliers) {
            byId.put(s, new Builder());
        }
        Set<String> listed = new HashSet<>();
        for (Object[] r : rows(LISTED, suppliers, null)) {
            listed.add(text(r[0]));
        }
        for (Object[] r : rows(CREDENTIALS, suppliers, null)) {
            CredentialStanding standing = new CredentialStanding(text(r[4]), text(r[5]), date(r[6]), date(r[7]),
                    instant(r[8]), instant(r[9]), instant(r[10]));
            byId.get(text(r[0])).credentials.add(new CredentialFact(CredentialId.parse(text(r[1])),
                    SchemeId.parse(text(r[2])), TenantId.of(text(r[3])), standing, ids(r[11], " ", ProductId::parse)));
        }
        readProducts(suppliers, byId);
        for (Object[] r : rows(FACILITIES, suppliers, null)) {
            byId.get(text(r[0])).facilities.add(FacilityId.parse(text(r[1])));
        }
        for (Object[] r : rows(EVIDENCE, suppliers, null)) {
            byId.get(text(r[0])).evidence.add(new FactSheet.Evidence(new EvidenceFact(EvidenceId.parse(text(r[1])),
                    EvidenceType.valueOf(text(r[2])), date(r[3]), date(r[4]), text(r[5]),
                    ids(r[6], ",", ProductId::parse), ids(r[7], ",", FacilityId::parse), null),
                    ((Number) r[8]).intValue() == 1));
        }
        List<FactSheet> sheets = new ArrayList<>(byId.size());
        byId.forEach((s, b) -> sheets.add(new FactSheet(TenantId.of(s), listed.contains(s), b.credentials, b.products,
                b.facilities, b.evidence)));
        return sheets;
    }

    /** The ids of all evidence granted to the buyer and not revoked, of any supplier. */
    Set<EvidenceId> grantedAll(TenantId buyer) {
        return evidenceIds(rows(em.createNativeQuery(GRANTED_ALL).setHint(NATIVE, true).setParameter(1, buyer.value())));
    }

    /** The ids of the suppliers' evidence granted to the buyer and not revoked. */
    Set<EvidenceId> granted(TenantId buyer, List<String> suppliers) {
        return evidenceIds(rows(GRANTED, suppliers, buyer.value()));
    }

    private static Set<EvidenceId> evidenceIds(List<Object[]> rows) {
        Set<EvidenceId> ids = new HashSet<>();
        for (Object[] r : rows) {
            ids.add(EvidenceId.parse(text(r[0])));
        }
        return ids;
    }

    private void readProducts(List<String> suppliers, Map<String, Builder> byId) {
        Map<String, List<Component>> components = new HashMap<>();
        for (Object[] r : rows(COMPONENTS, suppliers, null)) {
            components.computeIfAbsent(text(r[0]), k -> new ArrayList<>()).add(new Component(text(r[1]),
                    CasNumber.of(text(r[2])), r[3] == null ? null : EcNumber.of(text(r[3])),
                    ConcentrationRange.of(decimal(r[4]), decimal(r[5]))));
        }
        Map<String, List<DeclaredValue>> declared = new HashMap<>();
        for (Object[] r : rows(DECLARED, suppliers, null)) {
            String evidence = text(r[3]);
            declared.computeIfAbsent(text(r[0]), k -> new ArrayList<>()).add(DeclaredValue.of(
                    Quantity.valueOf(text(r[1])), decimal(r[2]), evidence == null ? null : UUID.fromString(evidence)));
        }
        for (Object[] r : rows(PRODUCTS, suppliers, null)) {
            String id = text(r[1]);
            Set<GhsHazardClass> classes = EnumSet.noneOf(GhsHazardClass.class);
            for (String name : words(r[5])) {
                classes.add(GhsHazardClass.valueOf(name));
            }
            Set<GhsHazardStatement> statements = new LinkedHashSet<>();
            for (String code : words(r[6])) {
                statements.add(GhsHazardStatement.of(code));
            }
            Set<TransportHazardClass> transport = r[4] == null ? Set.of() : Set.of(TransportHazardClass.of(text(r[4])));
            ProductFact fact = new ProductFact(ProductId.parse(id), text(r[2]), r[3] == null ? null : UnNumber.of(text(r[3])),
                    classes, statements, transport, null, declared.getOrDefault(id, List.of()));
            byId.get(text(r[0])).products.add(new FactSheet.Product(fact, components.getOrDefault(id, List.of())));
        }
    }

    /**
     * Runs one query for a chunk of suppliers. The suppliers are written into the SQL as literals and only the buyer
     * is bound: EclipseLink binds positional parameters of a native query by searching the list of those already
     * bound for each one, which costs the square of their number (500 per chunk: most of the time of a read, see
     * bench/README.md, matching). A literal is safe here: a {@link TenantId} holds only lower-case letters, digits
     * and hyphens (its constructor refuses anything else), and {@link #literals} checks it again.
     */
    List<Object[]> rows(String sql, List<String> suppliers, Object bound) {
        Query q = em.createNativeQuery(sql.formatted(literals(suppliers))).setHint(NATIVE, true);
        if (bound != null) {
            q.setParameter(1, bound);
        }
        return rows(q);
    }

    /** Runs a query that names no supplier (one of the whole table, bounded by its own {@code limit}). */
    List<Object[]> rows(String sql) {
        return rows(em.createNativeQuery(sql).setHint(NATIVE, true));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        List<?> rows = q.getResultList();
        if (!rows.isEmpty() && !(rows.getFirst() instanceof Object[])) { // a one-column query answers bare values
            return rows.stream().map(v -> new Object[] {v}).toList();
        }
        return (List<Object[]>) rows;
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

    /** One supplier's facts while they are read. */
    private static final class Builder {
        final List<CredentialFact> credentials = new ArrayList<>();
        final List<FactSheet.Product> products = new ArrayList<>();
        final List<FacilityId> facilities = new ArrayList<>();
        final List<FactSheet.Evidence> evidence = new ArrayList<>();
    }
}

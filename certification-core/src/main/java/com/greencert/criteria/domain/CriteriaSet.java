package com.greencert.criteria.domain;

import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A buyer's named green procurement criteria, with every version it has had. The last version is the current
 * one. While nobody has used it (no invitation, no match) it is a draft, and editing replaces it; once used it is
 * frozen, and editing makes the next version (number + 1), so a result or an invitation always refers to the
 * criteria it was made against. Earlier versions are kept. Owned by the buyer's tenant (tenant-owned: mapped in
 * {@code META-INF/eclipselink-orm.xml}); each version is a row whose criteria are one JSON document (ADR 0023).
 */
@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    public static final int NAME_MAX = 200;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** The owning buyer: stamped and filtered by tenancy (eclipselink-orm.xml), so read-only here. */
    @Column(name = "tenant_id", nullable = false, length = 64, insertable = false, updatable = false)
    private String buyerTenantId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    /** Oldest first; the list is replaced whole on every change (as {@code Scheme}'s criteria are). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "criteria_set_version", joinColumns = @JoinColumn(name = "criteria_set_id"))
    @OrderColumn(name = "line_no")
    private List<StoredVersion> versions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CriteriaSet() {
        // for JPA
    }

    /** A new set whose first version, a draft, holds the criteria. */
    public CriteriaSet(CriteriaSetId id, TenantId buyer, String name, List<Criterion> criteria, Clock clock) {
        this.id = Objects.requireNonNull(id, "id").toString();
        this.buyerTenantId = Objects.requireNonNull(buyer, "buyer").value();
        this.name = Text.required("name", name, NAME_MAX);
        this.createdAt = clock.instant();
        this.updatedAt = createdAt;
        this.versions = new ArrayList<>(List.of(new StoredVersion(new CriteriaVersion(1, criteria, createdAt, false))));
    }

    /**
     * Sets the criteria: replaces the current version if it is a draft, or adds the next version if it is frozen.
     * The same criteria as the current version's change nothing (no version is made for them).
     *
     * @return the current version afterwards
     */
    public CriteriaVersion revise(List<Criterion> criteria, Clock clock) {
        CriteriaVersion current = current();
        if (current.criteria().equals(criteria)) {
            return current;
        }
        Instant now = clock.instant();
        replaceCurrent(new CriteriaVersion(current.frozen() ? current.number() + 1 : current.number(), criteria, now,
                false), current.frozen());
        updatedAt = now;
        return current();
    }

    /**
     * Records that an invitation or a match was made against the current version, which freezes it. Once is
     * enough; marking it again changes nothing.
     *
     * @return the version that was used
     */
    public CriteriaVersion markUsed() {
        CriteriaVersion current = current();
        if (!current.used()) {
            replaceCurrent(current.markedUsed(), false);
        }
        return current();
    }

    /** Whether any version has been used: then the set is a record results refer to and cannot be deleted. */
    public boolean used() {
        return versions.stream().anyMatch(StoredVersion::used);
    }

    /** Refuses (409) to delete a set any of whose versions an invitation or a match refers to. */
    public void requireDeletable() {
        if (used()) {
            throw new RuleViolationException("criteria.set.used", name);
        }
    }

    public void rename(String name) {
        this.name = Text.required("name", name, NAME_MAX);
    }

    /** Sets the current version (adding it after the others when {@code added}), replacing the list whole. */
    private void replaceCurrent(CriteriaVersion version, boolean added) {
        List<StoredVersion> next = new ArrayList<>(versions);
        if (added) {
            next.add(new StoredVersion(version));
        } else {
            next.set(next.size() - 1, new StoredVersion(version));
        }
        versions = next;
    }

    public CriteriaSetId id() {
        return CriteriaSetId.parse(id);
    }

    public TenantId buyer() {
        return TenantId.of(buyerTenantId);
    }

    public String name() {
        return name;
    }

    public CriteriaVersion current() {
        return versions.getLast().version();
    }

    /** How many versions the set has kept (the current one's number). */
    public int versionCount() {
        return versions.size();
    }

    /** A version by its number, if the set has (or kept) it. */
    public Optional<CriteriaVersion> version(int number) {
        for (StoredVersion v : versions) {
            if (v.number() == number) {
                return Optional.of(v.version());
            }
        }
        return Optional.empty();
    }

    /** Every version, oldest first; a draft that was replaced is not among them. */
    public List<CriteriaVersion> versions() {
        return versions.stream().map(StoredVersion::version).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the criteria were last written. */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** The optimistic-lock version (not a criteria version): a stale write fails instead of overwriting. */
    public long lockVersion() {
        return version;
    }
}

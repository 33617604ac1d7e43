package com.greencert.criteria.domain;

import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A buyer's named green procurement criteria, with every version it has had. The last version is the current
 * one. While nobody has used it (no invitation, no match) it is a draft, and editing replaces it; once used it is
 * frozen, and editing makes the next version (number + 1), so a result or an invitation always refers to the
 * criteria it was made against. Earlier versions are kept. Owned by the buyer's tenant.
 */
public class CriteriaSet {

    public static final int NAME_MAX = 200;

    private final CriteriaSetId id;
    private final TenantId buyer;
    private String name;
    private final List<CriteriaVersion> versions = new ArrayList<>();

    /** A new set whose first version, a draft, holds the criteria. */
    public CriteriaSet(CriteriaSetId id, TenantId buyer, String name, List<Criterion> criteria, Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.name = Text.required("name", name, NAME_MAX);
        versions.add(new CriteriaVersion(1, criteria, clock.instant(), false));
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
        if (current.frozen()) {
            versions.add(new CriteriaVersion(current.number() + 1, criteria, clock.instant(), false));
        } else {
            versions.set(versions.size() - 1, new CriteriaVersion(current.number(), criteria, clock.instant(), false));
        }
        return current();
    }

    /**
     * Records that an invitation or a match was made against the current version, which freezes it. Once is
     * enough; marking it again changes nothing.
     *
     * @return the version that was used
     */
    public CriteriaVersion markUsed() {
        CriteriaVersion used = current().markedUsed();
        versions.set(versions.size() - 1, used);
        return used;
    }

    public void rename(String name) {
        this.name = Text.required("name", name, NAME_MAX);
    }

    public CriteriaSetId id() {
        return id;
    }

    public TenantId buyer() {
        return buyer;
    }

    public String name() {
        return name;
    }

    public CriteriaVersion current() {
        return versions.getLast();
    }

    /** A version by its number, if the set has (or kept) it. */
    public Optional<CriteriaVersion> version(int number) {
        for (CriteriaVersion v : versions) {
            if (v.number() == number) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Every version, oldest first; a draft that was replaced is not among them. */
    public List<CriteriaVersion> versions() {
        return List.copyOf(versions);
    }
}

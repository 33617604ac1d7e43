package com.greencert.criteria.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A {@link CriteriaVersion} as a row of {@code criteria_set_version}: its criteria as one JSON document
 * ({@link CriteriaJson}), read back into the version whenever it is asked for.
 */
@Embeddable
class StoredVersion {

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(name = "criteria", nullable = false)
    private String criteria;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used", nullable = false)
    private boolean used;

    protected StoredVersion() {
        // for JPA
    }

    StoredVersion(CriteriaVersion version) {
        this.number = version.number();
        this.criteria = CriteriaJson.document(version.criteria());
        this.createdAt = version.createdAt();
        this.used = version.used();
    }

    CriteriaVersion version() {
        return new CriteriaVersion(number, CriteriaJson.parse(criteria), createdAt, used);
    }

    int number() {
        return number;
    }

    boolean used() {
        return used;
    }
}

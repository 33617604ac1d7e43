package com.greencert.criteria.domain;

import java.util.Objects;

/** The set an invitation is for as both parties see it: its name and its current version. */
public record InvitedCriteria(CriteriaSetId set, String name, CriteriaVersion current) {

    public InvitedCriteria {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(current, "current");
    }
}

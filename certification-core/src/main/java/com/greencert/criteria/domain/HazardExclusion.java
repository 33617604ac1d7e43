package com.greencert.criteria.domain;

import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import java.util.Set;

/**
 * None of the supplier's products is classified in any of these GHS hazard classes, carries any of these hazard
 * statements, or is dangerous goods of any of these transport classes. At least one of the three is given.
 */
public record HazardExclusion(Set<GhsHazardClass> ghsClasses, Set<GhsHazardStatement> statements,
        Set<TransportHazardClass> transportClasses, Importance importance) implements Criterion {

    public HazardExclusion {
        ghsClasses = CriterionParts.copy(ghsClasses);
        statements = CriterionParts.copy(statements);
        transportClasses = CriterionParts.copy(transportClasses);
        CriterionParts.required("importance", importance);
    }

    public boolean excludesNothing() {
        return ghsClasses.isEmpty() && statements.isEmpty() && transportClasses.isEmpty();
    }

    @Override
    public String key() {
        return "hazard-exclusion:ghs=" + CriterionParts.sorted(ghsClasses) + ":h=" + CriterionParts.sorted(statements)
                + ":transport=" + CriterionParts.sorted(transportClasses);
    }
}

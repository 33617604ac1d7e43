package com.greencert.supplier.domain;

import com.greencert.reference.domain.PackingGroup;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import java.util.Optional;
import java.util.Set;

/**
 * How a product is classified for transport: its UN number, transport hazard class and packing group.
 * The class must be the one the Dangerous Goods List gives the UN number (left out, it is taken from
 * there), and the packing group one the entry allows (none for entries such as batteries).
 */
public record DangerousGoods(UnNumber unNumber, TransportHazardClass hazardClass, PackingGroup packingGroup) {

    public DangerousGoods {
        if (unNumber == null) {
            throw new InvalidInputException("field.required", "unNumber");
        }
        if (hazardClass == null) {
            hazardClass = unNumber.hazardClass();
        } else if (hazardClass != unNumber.hazardClass()) {
            throw new RuleViolationException("dg.class.mismatch", unNumber, hazardClass.code(), unNumber.hazardClass().code());
        }
        Set<PackingGroup> allowed = unNumber.packingGroups();
        if (allowed.isEmpty() && packingGroup != null) {
            throw new RuleViolationException("dg.packing.group.none", unNumber);
        }
        if (!allowed.isEmpty() && packingGroup == null) {
            throw new InvalidInputException("dg.packing.group.required", unNumber);
        }
        if (packingGroup != null && !allowed.contains(packingGroup)) {
            throw new RuleViolationException("dg.packing.group.not.allowed", unNumber, packingGroup, allowed);
        }
    }

    public Optional<PackingGroup> packingGroupIfAny() {
        return Optional.ofNullable(packingGroup);
    }
}

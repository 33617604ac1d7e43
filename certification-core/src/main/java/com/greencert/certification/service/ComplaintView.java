package com.greencert.certification.service;

import com.greencert.certification.domain.Complaint;
import com.greencert.shared.domain.TenantId;
import java.util.Optional;

/** A complaint as one tenant may see it: who complained only if {@link Complaint#complainantKnownTo} that tenant. */
public record ComplaintView(Complaint complaint, TenantId reader) {

    public Optional<TenantId> complainantTenant() {
        return complaint.complainantKnownTo(reader) ? Optional.of(complaint.complainantTenant()) : Optional.empty();
    }
}

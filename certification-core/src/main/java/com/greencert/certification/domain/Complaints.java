package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.util.Optional;

/** Complaints, read on behalf of the complainant, the body handling them, or the supplier complained about. */
public interface Complaints {

    void add(Complaint complaint);

    Optional<Complaint> find(ComplaintId id, TenantId party);

    /** One page of the party's complaints, the latest received first. */
    Page<Complaint> complaintsOf(TenantId party, PageRequest page);
}

package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.util.Optional;

/** Complaints as the caller's tenant sees them: the complainant, the body handling them, the supplier complained about. */
public interface Complaints {

    void add(Complaint complaint);

    Optional<Complaint> find(ComplaintId id);

    /** One page of the caller's tenant's complaints, the latest received first. */
    Page<Complaint> visibleComplaints(PageRequest page);
}

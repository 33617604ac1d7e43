package com.greencert.certification.domain;

import java.util.List;
import java.util.Optional;

/** Complaints as the caller's tenant sees them: the complainant, the body handling them, the supplier complained about. */
public interface Complaints {

    void add(Complaint complaint);

    Optional<Complaint> find(ComplaintId id);

    List<Complaint> visibleComplaints();
}

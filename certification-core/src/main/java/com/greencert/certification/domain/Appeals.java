package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** Appeals, read on behalf of the supplier that lodged them or the body they were lodged with. */
public interface Appeals {

    void add(Appeal appeal);

    Optional<Appeal> find(AppealId id, TenantId party);

    List<Appeal> ofApplication(ApplicationId application, TenantId party);

    /** One page of the party's appeals, the latest lodged first. */
    Page<Appeal> appealsOf(TenantId party, PageRequest page);
}

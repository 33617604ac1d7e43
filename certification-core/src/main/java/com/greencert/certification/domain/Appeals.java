package com.greencert.certification.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** Appeals, read on behalf of the supplier that lodged them or the body they were lodged with. */
public interface Appeals {

    void add(Appeal appeal);

    Optional<Appeal> find(AppealId id, TenantId party);

    List<Appeal> ofApplication(ApplicationId application, TenantId party);

    List<Appeal> appealsOf(TenantId party);
}

package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.util.List;
import java.util.Optional;

/** Appeals as the caller's tenant sees them: the supplier that lodged them or the body they were lodged with. */
public interface Appeals {

    void add(Appeal appeal);

    Optional<Appeal> find(AppealId id);

    List<Appeal> ofApplication(ApplicationId application);

    /** One page of the caller's tenant's appeals, the latest lodged first. */
    Page<Appeal> visibleAppeals(PageRequest page);
}

package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.util.List;

/** The accreditation scope of each certification body. */
public interface Accreditations {

    void add(Accreditation accreditation);

    List<Accreditation> ofBody(TenantId body);

    /** One page of a body's accreditations, by scheme code. */
    Page<Accreditation> ofBody(TenantId body, PageRequest page);
}

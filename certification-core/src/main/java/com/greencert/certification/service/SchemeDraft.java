package com.greencert.certification.service;

import com.greencert.certification.domain.Criterion;
import java.util.List;

/** What a certification body writes down for a scheme version. */
public record SchemeDraft(String code, String nameEn, String nameZh, int validityMonths, int surveillanceMonths,
        List<Criterion> criteria) {
}

package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.Criterion;
import java.util.stream.Collectors;

/** How a criterion's evidence types, age limit and threshold read in a table. */
final class CriteriaTexts {

    private CriteriaTexts() {
    }

    static String types(Criterion c) {
        return c.evidenceTypes().stream().map(e -> t("evidence.type." + e.name())).collect(Collectors.joining(", "));
    }

    static String maxAge(Criterion c) {
        return c.maxAgeMonths().map(m -> t("criterion.max.age.months", m)).orElse("—");
    }

    static String threshold(Criterion c) {
        return c.thresholdMax().map(m -> "≤ " + m.stripTrailingZeros().toPlainString() + " " + c.thresholdUnit().orElse(""))
                .orElse("—");
    }
}

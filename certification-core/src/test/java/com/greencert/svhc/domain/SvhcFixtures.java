package com.greencert.svhc.domain;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Candidate-list entries and versions for tests. */
public final class SvhcFixtures {

    private SvhcFixtures() {
    }

    public static SvhcEntry entry(String name, String ec, String cas, String includedOn, String reason) {
        return new SvhcEntry(name, ec == null ? List.of() : Arrays.stream(ec.split(",\\s*")).map(EcNumber::of).toList(),
                cas == null ? List.of() : Arrays.stream(cas.split(",\\s*")).map(CasNumber::of).toList(),
                LocalDate.parse(includedOn), reason);
    }

    public static final SvhcEntry DEHP = entry("Bis(2-ethylhexyl) phthalate (DEHP)", "204-211-0", "117-81-7", "2008-10-28",
            "Toxic for reproduction (Article 57c)");
    public static final SvhcEntry LEAD = entry("Lead", "231-100-4", "7439-92-1", "2018-06-27", "Toxic for reproduction (Article 57c)");
    public static final SvhcEntry BORIC_ACID = entry("Boric acid", "233-139-2, 234-343-4", "10043-35-3, 11113-50-1",
            "2010-06-18", "Toxic for reproduction (Article 57c)");
    public static final SvhcEntry NO_NUMBERS = entry("A group of substances without numbers", null, null, "2020-01-16",
            "Equivalent level of concern");

    public static SvhcListVersion version(String label, String publishedOn, SvhcEntry... entries) {
        return new SvhcListVersion(SvhcListVersionId.newId(), label, LocalDate.parse(publishedOn),
                Instant.parse("2026-11-28T10:00:00Z"), "ada.admin", null, List.of(entries));
    }
}

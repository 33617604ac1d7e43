package com.greencert.supplier.domain;

import com.greencert.svhc.domain.SvhcListVersionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of screening one product against one named version of the candidate list: the version's label,
 * its date of adoption ({@code listPublishedOn}; for the starter list, the inclusion date of its newest entry),
 * when it was imported into GreenCert, and whether it is the starter list shipped with GreenCert.
 */
public record SvhcScreeningResult(ProductId product, SvhcListVersionId listVersion, String listLabel,
        LocalDate listPublishedOn, Instant listImportedAt, boolean starterList, List<ComponentScreening> components) {

    public SvhcScreeningResult {
        components = List.copyOf(components);
    }

    public List<ComponentScreening> svhcComponents() {
        return components.stream().filter(ComponentScreening::isSvhc).toList();
    }

    /** At least one SVHC is certainly above 0.1 % w/w: REACH Article 33 information is due. */
    public boolean exceedsThreshold() {
        return components.stream().anyMatch(c -> c.verdict() == SvhcVerdict.EXCEEDS_THRESHOLD);
    }

    /** At least one SVHC is, or may be, above 0.1 % w/w. */
    public boolean mayExceedThreshold() {
        return exceedsThreshold() || components.stream().anyMatch(c -> c.verdict() == SvhcVerdict.MAY_EXCEED_THRESHOLD);
    }
}

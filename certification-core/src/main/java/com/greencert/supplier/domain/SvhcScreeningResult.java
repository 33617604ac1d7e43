package com.greencert.supplier.domain;

import com.greencert.svhc.domain.SvhcListVersionId;
import java.time.LocalDate;
import java.util.List;

/** The outcome of screening one product against one named version of the candidate list. */
public record SvhcScreeningResult(ProductId product, SvhcListVersionId listVersion, String listLabel,
        LocalDate listPublishedOn, List<ComponentScreening> components) {

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

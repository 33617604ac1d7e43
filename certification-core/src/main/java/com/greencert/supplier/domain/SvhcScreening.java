package com.greencert.supplier.domain;

import com.greencert.svhc.domain.SvhcEntry;
import com.greencert.svhc.domain.SvhcListVersion;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Screens a product's composition against a version of the candidate list. A component is an SVHC if
 * its CAS number, else its EC number, is on an entry. The REACH Article 33 threshold is "above 0.1 %
 * weight by weight": a range whose minimum is above it exceeds it, one whose maximum is above it may.
 */
public final class SvhcScreening {

    /** 0.1 % w/w. */
    public static final BigDecimal THRESHOLD = new BigDecimal("0.1");

    private SvhcScreening() {
    }

    public static SvhcScreeningResult screen(Product product, SvhcListVersion list) {
        Objects.requireNonNull(product, "product");
        return screen(product.id(), product.composition(), list);
    }

    /** Screens a composition read without its product (as a certification body reads a supplier's). */
    public static SvhcScreeningResult screen(ProductId product, java.util.List<Component> composition, SvhcListVersion list) {
        Objects.requireNonNull(list, "list");
        return new SvhcScreeningResult(product, list.id(), list.label(), list.publishedOn(),
                list.importedAt(), list.isStarter(), composition.stream().map(c -> screen(c, list)).toList());
    }

    /**
     * The verdict on a composition as a whole, the worst of its components' (an empty composition has no SVHC on
     * the list), without keeping each component's screening: for matching many products at once.
     */
    public static SvhcVerdict worst(Iterable<Component> composition, SvhcListVersion list) {
        SvhcVerdict worst = SvhcVerdict.NOT_ON_LIST;
        for (Component c : composition) {
            SvhcVerdict v = screen(c, list).verdict();
            if (v.ordinal() > worst.ordinal()) {
                worst = v;
            }
        }
        return worst;
    }

    static ComponentScreening screen(Component component, SvhcListVersion list) {
        Optional<SvhcEntry> byCas = list.findByCas(component.casNumber());
        if (byCas.isPresent()) {
            return new ComponentScreening(component, byCas.get(), ComponentScreening.MatchedBy.CAS_NUMBER,
                    verdict(component.concentration()));
        }
        Optional<SvhcEntry> byEc = component.ec().flatMap(list::findByEc);
        return byEc.map(e -> new ComponentScreening(component, e, ComponentScreening.MatchedBy.EC_NUMBER,
                        verdict(component.concentration())))
                .orElseGet(() -> new ComponentScreening(component, null, ComponentScreening.MatchedBy.NOT_MATCHED,
                        SvhcVerdict.NOT_ON_LIST));
    }

    private static SvhcVerdict verdict(ConcentrationRange concentration) {
        if (concentration.isAbove(THRESHOLD)) {
            return SvhcVerdict.EXCEEDS_THRESHOLD;
        }
        return concentration.mayBeAbove(THRESHOLD) ? SvhcVerdict.MAY_EXCEED_THRESHOLD : SvhcVerdict.AT_OR_BELOW_THRESHOLD;
    }
}

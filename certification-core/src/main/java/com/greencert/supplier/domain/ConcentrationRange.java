package com.greencert.supplier.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * How much of a substance a product contains, in per cent by weight (% w/w), as a range: safety data
 * sheets and full material declarations give ranges ({@code 10–20 %}) or exact values ({@code 0.05 %}).
 * {@code 0 ≤ minimum ≤ maximum ≤ 100}, at most four decimals (0.0001 % = 1 ppm).
 */
public record ConcentrationRange(BigDecimal minimum, BigDecimal maximum) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 4;

    public ConcentrationRange {
        if (minimum == null || maximum == null) {
            throw new InvalidInputException("concentration.required");
        }
        minimum = normalised(minimum);
        maximum = normalised(maximum);
        if (minimum.signum() < 0 || maximum.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("concentration.out.of.range", minimum, maximum);
        }
        if (minimum.compareTo(maximum) > 0) {
            throw new InvalidInputException("concentration.minimum.above.maximum", minimum, maximum);
        }
    }

    public static ConcentrationRange of(BigDecimal minimum, BigDecimal maximum) {
        return new ConcentrationRange(minimum, maximum);
    }

    public static ConcentrationRange of(String minimum, String maximum) {
        return new ConcentrationRange(number(minimum), number(maximum));
    }

    public static ConcentrationRange exactly(BigDecimal value) {
        return new ConcentrationRange(value, value);
    }

    /** The whole range is above the threshold: the substance certainly exceeds it. */
    public boolean isAbove(BigDecimal threshold) {
        return minimum.compareTo(threshold) > 0;
    }

    /** Some part of the range is above the threshold: the substance may exceed it. */
    public boolean mayBeAbove(BigDecimal threshold) {
        return maximum.compareTo(threshold) > 0;
    }

    public boolean isExact() {
        return minimum.compareTo(maximum) == 0;
    }

    @Override
    public String toString() {
        return (isExact() ? minimum.toPlainString() : minimum.toPlainString() + "–" + maximum.toPlainString()) + " %";
    }

    private static BigDecimal normalised(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > MAX_DECIMALS) {
            throw new InvalidInputException("concentration.too.precise", value.toPlainString(), MAX_DECIMALS);
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException("concentration.not.a.number", String.valueOf(text));
        }
    }
}

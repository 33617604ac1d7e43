package com.greencert.reference.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A province-level division of China (省级行政区) by its two-digit code of GB/T 2260, the first two digits of every
 * administrative division code, and so of characters 3-4 of a {@link UnifiedSocialCreditCode}: where the company
 * was registered. The public registry counts and filters suppliers by it.
 */
public enum ChineseProvince {
    BEIJING("11"), TIANJIN("12"), HEBEI("13"), SHANXI("14"), INNER_MONGOLIA("15"),
    LIAONING("21"), JILIN("22"), HEILONGJIANG("23"),
    SHANGHAI("31"), JIANGSU("32"), ZHEJIANG("33"), ANHUI("34"), FUJIAN("35"), JIANGXI("36"), SHANDONG("37"),
    HENAN("41"), HUBEI("42"), HUNAN("43"), GUANGDONG("44"), GUANGXI("45"), HAINAN("46"),
    CHONGQING("50"), SICHUAN("51"), GUIZHOU("52"), YUNNAN("53"), XIZANG("54"),
    SHAANXI("61"), GANSU("62"), QINGHAI("63"), NINGXIA("64"), XINJIANG("65"),
    TAIWAN("71"), HONG_KONG("81"), MACAO("82");

    private final String code;

    ChineseProvince(String code) {
        this.code = code;
    }

    /** The two-digit GB/T 2260 code, e.g. {@code 33} for Zhejiang. */
    public String code() {
        return code;
    }

    public static Optional<ChineseProvince> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** Where the holder of this code was registered; empty for a national-level authority (division 100000). */
    public static Optional<ChineseProvince> of(UnifiedSocialCreditCode uscc) {
        return byCode(uscc.administrativeDivision().substring(0, 2));
    }
}

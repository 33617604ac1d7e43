package com.greencert.reference.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A province-level division of China (省级行政区) by its two-digit code of GB/T 2260, the first two digits of every
 * administrative division code, and so of characters 3-4 of a {@link UnifiedSocialCreditCode}: where the company
 * was registered. The public registry counts and filters suppliers by it.
 */
public enum ChineseProvince {
    BEIJING("11", "Beijing", "北京"), TIANJIN("12", "Tianjin", "天津"), HEBEI("13", "Hebei", "河北"), SHANXI("14", "Shanxi", "山西"), INNER_MONGOLIA("15", "Inner Mongolia", "内蒙古"),
    LIAONING("21", "Liaoning", "辽宁"), JILIN("22", "Jilin", "吉林"), HEILONGJIANG("23", "Heilongjiang", "黑龙江"),
    SHANGHAI("31", "Shanghai", "上海"), JIANGSU("32", "Jiangsu", "江苏"), ZHEJIANG("33", "Zhejiang", "浙江"), ANHUI("34", "Anhui", "安徽"), FUJIAN("35", "Fujian", "福建"), JIANGXI("36", "Jiangxi", "江西"), SHANDONG("37", "Shandong", "山东"),
    HENAN("41", "Henan", "河南"), HUBEI("42", "Hubei", "湖北"), HUNAN("43", "Hunan", "湖南"), GUANGDONG("44", "Guangdong", "广东"), GUANGXI("45", "Guangxi", "广西"), HAINAN("46", "Hainan", "海南"),
    CHONGQING("50", "Chongqing", "重庆"), SICHUAN("51", "Sichuan", "四川"), GUIZHOU("52", "Guizhou", "贵州"), YUNNAN("53", "Yunnan", "云南"), XIZANG("54", "Xizang", "西藏"),
    SHAANXI("61", "Shaanxi", "陕西"), GANSU("62", "Gansu", "甘肃"), QINGHAI("63", "Qinghai", "青海"), NINGXIA("64", "Ningxia", "宁夏"), XINJIANG("65", "Xinjiang", "新疆"),
    TAIWAN("71", "Taiwan", "台湾"), HONG_KONG("81", "Hong Kong", "香港"), MACAO("82", "Macao", "澳门");

    private final String code;
    private final String nameEn;
    private final String nameZh;

    ChineseProvince(String code, String nameEn, String nameZh) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    /** The province's name in English or, for {@code zh}, in Chinese. */
    public String displayName(String language) {
        return "zh".equals(language) ? nameZh : nameEn;
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

package com.greencert.credential.pdf;

import java.util.Locale;

/** The certificate's fixed texts in English and Simplified Chinese (some are formats). */
enum Label {
    TITLE("Certificate of Conformity", "合格证书"),
    NUMBER("Certificate No.", "证书编号"),
    HOLDER("Certificate holder", "证书持有人"),
    USCC("Unified social credit code", "统一社会信用代码"),
    COUNTRY("Country or region", "国家/地区"),
    SCHEME("Certification scheme", "认证方案"),
    VERSION("version", "版本"),
    VALIDITY("Valid", "有效期"),
    VALIDITY_RANGE("from %s until %s", "自 %s 至 %s"),
    FACILITIES("Facilities", "生产场所"),
    MORE_FACILITIES("+%d more; the credential lists every facility", "另有 %d 处，电子凭证列出全部场所"),
    PRODUCTS("Products in scope", "认证产品范围"),
    PRODUCTS_CONTINUED("Products in scope (continued)", "认证产品范围（续）"),
    PRODUCT("Product", "产品"),
    HS_CODE("HS code", "HS 编码"),
    UN_NUMBER("UN number", "UN 编号"),
    MORE_PRODUCTS("+%d more on the following pages", "另有 %d 项，见后续页"),
    MORE_UNLISTED("+%d more; the credential lists every product", "另有 %d 项，电子凭证列出全部产品"),
    NONE("none", "无"),
    ISSUER("Issued by", "发证机构"),
    ISSUED_AT("Issued at", "签发时间"),
    SCAN("Scan to verify", "扫码验证"),
    CREDENTIAL("Credential", "电子凭证"),
    NOTE("This certificate is valid only while its credential verifies: scan the QR code or open the link.",
            "本证书仅在其电子凭证验证有效时有效：请扫描二维码或打开链接。"),
    PAGE("Page %d of %d", "第 %d 页，共 %d 页");

    private final String english;
    private final String chinese;

    Label(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    String in(boolean chineseText, Object... arguments) {
        return String.format(Locale.ROOT, chineseText ? chinese : english, arguments);
    }
}

package com.greencert.credential.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The reader's language from Accept-Language: Simplified Chinese when the first choice is Chinese, else English. */
final class Languages {

    private Languages() {
    }

    static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> l.getLanguage().equals("zh")).map(l -> Locale.SIMPLIFIED_CHINESE).orElse(Locale.ENGLISH);
    }
}

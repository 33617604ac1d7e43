package com.greencert.credential.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

final class CredentialJoseHeaders {

    private CredentialJoseHeaders() {
    }

    static String alg(String jws) {
        String header = new String(Base64.getUrlDecoder().decode(jws.split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"alg\":\"([^\"]+)\".*", "$1");
    }
}

package com.greencert.shared.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * The address a request came from, for per-client limits: the peer's address, unless the peer is one of the
 * trusted reverse proxies ({@code greencert.trusted-proxies}); then the right-most address of
 * {@code X-Forwarded-For} that is not a trusted proxy (what the outermost trusted proxy saw). A client cannot
 * pick its own bucket by sending the header: it is believed only from a trusted proxy.
 */
public final class ClientAddress {

    private static final int MAX_HEADER = 2_000;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, Set<String> trustedProxies) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()
                || forwardedFor.length() > MAX_HEADER) {
            return peer;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (hop.isEmpty() || !hop.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == ':'
                    || c == '[' || c == ']')) {
                return peer; // not an address: the proxy's chain is not to be believed past here
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}

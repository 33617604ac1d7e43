package com.greencert.notification.domain;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who a notification is for: particular people (identity provider user ids or user names), or everyone
 * who holds a role in a tenant. Who that is exactly is found out when the mail is sent, so a person who
 * joined the tenant meanwhile gets it and one who left does not.
 */
public final class Recipients {

    private static final int MAX_ENCODED = 1000;

    private final List<String> users;
    private final Role role;
    private final TenantId tenant;
    private final Address address;

    /** Someone with no account yet, reached at an address in a language ({@code en} or {@code zh}). */
    public record Address(String email, String language) {
        public Address {
            if (email == null || email.isBlank() || email.contains(",") || email.length() > 254) {
                throw new IllegalArgumentException("not an address: " + email);
            }
            language = "zh".equals(language) ? "zh" : "en";
        }
    }

    private Recipients(List<String> users, Role role, TenantId tenant) {
        this(users, role, tenant, null);
    }

    private Recipients(List<String> users, Role role, TenantId tenant, Address address) {
        this.users = users;
        this.role = role;
        this.tenant = tenant;
        this.address = address;
    }

    /** Someone who has no account yet (an invited supplier), by address, in the language the inviter chose. */
    public static Recipients address(String email, String language) {
        return new Recipients(List.of(), null, null, new Address(email, language));
    }

    /** The address, when the recipient is someone without an account. */
    public Optional<Address> address() {
        return Optional.ofNullable(address);
    }

    /** Particular people, by user id or user name. */
    public static Recipients users(Collection<String> usersOrIds) {
        Objects.requireNonNull(usersOrIds, "usersOrIds");
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String u : usersOrIds) {
            if (u == null || u.isBlank()) {
                throw new IllegalArgumentException("a recipient user must not be blank");
            }
            distinct.add(u.strip());
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("at least one recipient user is needed");
        }
        return new Recipients(List.copyOf(distinct), null, null);
    }

    public static Recipients users(String... usersOrIds) {
        return users(Arrays.asList(usersOrIds));
    }

    /** Everyone with the role in the tenant. */
    public static Recipients withRole(Role role, TenantId tenant) {
        return new Recipients(List.of(), Objects.requireNonNull(role, "role"), Objects.requireNonNull(tenant, "tenant"));
    }

    /** The people named, or empty when the recipients are a role in a tenant. */
    public List<String> namedUsers() {
        return users;
    }

    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    public Optional<TenantId> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** The stored form: {@code role:assessor@sinoeco-cert} or {@code users:anna.buyer,2bc74d62-…} (each URL-encoded). */
    public String encode() {
        String encoded = address != null ? "address:" + address.language() + ":" + URLEncoder.encode(address.email(), StandardCharsets.UTF_8)
                : role != null ? "role:" + role.realmRole() + "@" + tenant.value()
                : "users:" + users.stream().map(u -> URLEncoder.encode(u, StandardCharsets.UTF_8))
                        .collect(Collectors.joining(","));
        if (encoded.length() > MAX_ENCODED) {
            throw new IllegalArgumentException("too many recipients for one notification (" + encoded.length()
                    + " characters stored, at most " + MAX_ENCODED + "); send several");
        }
        return encoded;
    }

    /** Reads the stored form back; refuses anything else. */
    public static Recipients parse(String encoded) {
        if (encoded == null) {
            throw new IllegalArgumentException("no recipients");
        }
        if (encoded.startsWith("role:")) {
            String rest = encoded.substring(5);
            int at = rest.indexOf('@');
            if (at <= 0) {
                throw new IllegalArgumentException("malformed recipients: " + encoded);
            }
            Role role = Role.fromRealmRole(rest.substring(0, at))
                    .orElseThrow(() -> new IllegalArgumentException("unknown role in recipients: " + encoded));
            return withRole(role, TenantId.of(rest.substring(at + 1)));
        }
        if (encoded.startsWith("address:") && encoded.length() > 11 && encoded.charAt(10) == ':') {
            return address(URLDecoder.decode(encoded.substring(11), StandardCharsets.UTF_8), encoded.substring(8, 10));
        }
        if (encoded.startsWith("users:") && encoded.length() > 6) {
            return users(Arrays.stream(encoded.substring(6).split(","))
                    .map(u -> URLDecoder.decode(u, StandardCharsets.UTF_8)).toList());
        }
        throw new IllegalArgumentException("malformed recipients: " + encoded);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recipients r && users.equals(r.users) && Objects.equals(role, r.role)
                && Objects.equals(tenant, r.tenant) && Objects.equals(address, r.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(users, role, tenant, address);
    }

    @Override
    public String toString() {
        return encode();
    }
}

package com.greencert.notification.domain;

import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A notification waiting in the outbox, or its record once handled. Written in the transaction of the
 * change it reports; taken by one node at a time (status {@code SENDING}, who and when), changed only by
 * conditional bulk updates. Shared infrastructure, not tenant-owned: the tenant it came from is kept for
 * the record only.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "origin_tenant_id", length = 64)
    private String originTenantId;

    @Column(name = "recipients", nullable = false, length = 1000)
    private String recipients;

    @Column(name = "template_key", nullable = false, length = 100)
    private String template;

    @Column(name = "template_args", nullable = false, length = 4000)
    private String arguments;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private NotificationStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(Notification notification, TenantId origin, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.originTenantId = origin == null ? null : origin.value();
        this.recipients = notification.to().encode();
        this.template = notification.template();
        this.arguments = encodeArguments(notification.arguments());
        if (arguments.length() > 4000) {
            throw new IllegalArgumentException("notification arguments too long (" + arguments.length() + " > 4000)");
        }
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = Objects.requireNonNull(now, "now");
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public Optional<TenantId> originTenant() {
        return Optional.ofNullable(originTenantId).map(TenantId::of);
    }

    public Notification notification() {
        return new Notification(Recipients.parse(recipients), template, decodeArguments(arguments));
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public Optional<Instant> claimedAt() {
        return Optional.ofNullable(claimedAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** Arguments as an URL-encoded form ({@code a=1&b=x%20y}), keeping their order. */
    public static String encodeArguments(Map<String, String> arguments) {
        return arguments.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static Map<String, String> decodeArguments(String encoded) {
        Map<String, String> arguments = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return arguments;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed notification arguments: " + encoded);
            }
            arguments.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return arguments;
    }
}

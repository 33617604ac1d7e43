package com.greencert.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One recipient of a notification was mailed (or, with no mail server, the mail was logged). A retry
 * of the notification skips the recipients it finds here, so a failure half-way through a list does not
 * mail the first ones twice.
 */
@Entity
@Table(name = "notification_delivery")
public class Delivery {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "outbox_id", nullable = false, length = 36)
    private String outboxId;

    @Column(name = "recipient", nullable = false, length = 200)
    private String recipient;

    @Column(name = "email", nullable = false, length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private NotificationStatus outcome;

    @Column(name = "delivered_at", nullable = false)
    private Instant deliveredAt;

    protected Delivery() {
        // for JPA
    }

    public Delivery(String outboxId, String recipient, String email, NotificationStatus outcome, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.outboxId = Objects.requireNonNull(outboxId, "outboxId");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.email = Objects.requireNonNull(email, "email");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.deliveredAt = Objects.requireNonNull(at, "at");
    }

    public String outboxId() {
        return outboxId;
    }

    /** The recipient's user id at the identity provider. */
    public String recipient() {
        return recipient;
    }

    public String email() {
        return email;
    }

    public NotificationStatus outcome() {
        return outcome;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}

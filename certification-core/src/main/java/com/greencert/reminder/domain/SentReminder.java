package com.greencert.reminder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder that was sent: for which item, due on which day, at which threshold, when and by which node. Owned
 * by the tenant reminded (eclipselink-orm.xml); the database refuses a second row for the same item, due day and
 * threshold (V18), which is what makes each reminder go out once per cluster.
 */
@Entity
@Table(name = "sent_reminder")
public class SentReminder {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ReminderKind kind;

    @Column(name = "subject_id", nullable = false, length = 64)
    private String subjectId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    protected SentReminder() {
        // for JPA
    }

    public SentReminder(DueItem item, int daysBefore, Instant sentAt, String sentBy) {
        this.id = UUID.randomUUID().toString();
        this.kind = item.kind();
        this.subjectId = item.subjectId();
        this.dueOn = item.dueOn();
        this.daysBefore = daysBefore;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    public ReminderKind kind() { return kind; }
    public String subjectId() { return subjectId; }
    public LocalDate dueOn() { return dueOn; }
    public int daysBefore() { return daysBefore; }
    public Instant sentAt() { return sentAt; }
    public String sentBy() { return sentBy; }
}

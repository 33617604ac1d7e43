package com.greencert.reminder.persistence;

import com.greencert.reminder.domain.DueItem;
import com.greencert.reminder.domain.SentReminder;
import com.greencert.reminder.domain.SentReminders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
class JpaSentReminders implements SentReminders {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public boolean sent(DueItem item, int daysBefore) {
        return em.createQuery("select count(r) from SentReminder r where r.kind = :kind and r.subjectId = :subject"
                        + " and r.dueOn = :due and r.daysBefore = :days", Long.class)
                .setParameter("kind", item.kind()).setParameter("subject", item.subjectId())
                .setParameter("due", item.dueOn()).setParameter("days", daysBefore).getSingleResult() > 0;
    }

    @Override
    public void add(SentReminder reminder) {
        em.persist(reminder);
        em.flush(); // the unique key decides here, also between nodes
    }
}

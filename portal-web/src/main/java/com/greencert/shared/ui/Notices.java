package com.greencert.shared.ui;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.DomainMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Tells the person, in their language, why something was refused or that it worked. */
public final class Notices {

    private Notices() {
    }

    public static void refused(DomainException e) {
        Notification n = Notification.show(DomainMessages.format(e, UI.getCurrent().getLocale()), 6000,
                Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A problem that is not a business rule (e.g. someone else changed the record meanwhile). */
    public static void problem(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs a change; tells a refusal in words. Returns whether it worked. */
    public static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (DomainException e) {
            refused(e);
            return false;
        }
    }

    public static void done(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}

package com.greencert.shared.ui;

import com.greencert.shared.domain.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a person sees when a screen fails unexpectedly: a readable notice in their language with a short incident
 * code, while the server log keeps the stack trace under the same code (Vaadin's own handler leaves only "Internal
 * error" in the browser). A refusal that a view forgot to catch is shown as the refusal it is, and logged as a
 * warning with where it came from.
 */
public class UnexpectedErrors {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    void serviceInit(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UnexpectedErrors::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        DomainException refusal = domainCause(failure);
        UI ui = UI.getCurrent();
        if (refusal != null) {
            // a refusal no view caught: the person reads it, and the log keeps where it came from (a row that cannot
            // be read, e.g. a stored code no longer in a reference list, failed a whole grid this way unseen)
            LOG.log(Level.WARNING, "Refusal not handled by the view: " + refusal.getMessage(), failure);
            if (ui != null) {
                Notices.refused(refusal);
            }
            return;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " in the portal UI", failure);
        if (ui != null) {
            Notices.problem(ui.getTranslation("error.page.5xx", incident));
        }
    }

    private static DomainException domainCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }
}

package com.greencert.certification.ui;

import com.greencert.certification.service.ApplicationCommand;
import com.greencert.certification.service.ApplicationDetails;

/** The application a view has open: what it loaded, and how to act on exactly that version. */
interface OpenApplication {

    ApplicationDetails details();

    /** Sends a command with the version the view loaded; tells a refusal; reloads when it worked. */
    boolean act(ApplicationCommand command);

    /** Runs some other change (an appeal, a renewal); tells a refusal; reloads when it worked. */
    boolean change(Runnable change);

    void reload();
}

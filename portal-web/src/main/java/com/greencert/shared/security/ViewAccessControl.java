package com.greencert.shared.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.event.Observes;
import java.util.function.Predicate;

/**
 * Every view declares who may open it ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}); Vaadin's navigation access control enforces it on every navigation and sends
 * anonymous visitors to {@code /login}. Roles are those of the request's caller ({@link CallerRoles}).
 */
public class ViewAccessControl {

    void serviceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl() {
            @Override
            protected Predicate<String> getRolesChecker(VaadinRequest request) {
                return CallerRoles.checker();
            }
        };
        accessControl.setLoginView("/login");
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(accessControl));
    }
}

package com.greencert.shared.ui;

import com.greencert.buyer.ui.BuyerHomeView;
import com.greencert.certification.ui.CertificationBodyHomeView;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.Role;
import com.greencert.supplier.ui.SupplierHomeView;
import com.greencert.tenant.ui.PlatformHomeView;
import com.vaadin.flow.component.Component;

/** Which home view a person lands on after signing in, by their roles. */
public final class HomeRoutes {

    private HomeRoutes() {
    }

    public static Class<? extends Component> homeOf(Caller caller) {
        if (caller.has(Role.PLATFORM_ADMIN)) {
            return PlatformHomeView.class;
        }
        if (caller.has(Role.ASSESSOR) || caller.has(Role.REVIEWER) || caller.has(Role.DECISION_MAKER)) {
            return CertificationBodyHomeView.class;
        }
        if (caller.has(Role.SUPPLIER)) {
            return SupplierHomeView.class;
        }
        if (caller.has(Role.BUYER)) {
            return BuyerHomeView.class;
        }
        return NoRoleView.class;
    }
}

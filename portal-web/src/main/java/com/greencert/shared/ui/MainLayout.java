package com.greencert.shared.ui;

import com.greencert.audit.ui.AuditLogView;
import com.greencert.buyer.ui.BuyerHomeView;
import com.greencert.criteria.ui.BuyerInvitationsView;
import com.greencert.criteria.ui.CriteriaSetsView;
import com.greencert.criteria.ui.SupplierInvitationsView;
import com.greencert.criteria.ui.WatchListView;
import com.greencert.certification.ui.ApplicationsView;
import com.greencert.certification.ui.CertificationBodyHomeView;
import com.greencert.certification.ui.SchemesView;
import com.greencert.credential.ui.SigningKeysView;
import com.greencert.evidence.ui.EvidenceView;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.supplier.ui.CompanyProfileView;
import com.greencert.svhc.ui.SvhcListView;
import com.greencert.supplier.ui.FacilitiesView;
import com.greencert.supplier.ui.ProductsView;
import com.greencert.supplier.ui.SupplierHomeView;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.service.TenantService;
import com.greencert.tenant.ui.ColleaguesView;
import com.greencert.tenant.ui.PlatformHomeView;
import com.greencert.tenant.ui.TenantSuspendedView;
import com.greencert.tenant.ui.TenantsView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.greencert.shared.security.CallerRoles;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.function.Predicate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The frame of every signed-in view: the tenant's name, the person, the language switch, sign-out, and
 * a side navigation that lists only the views the person's roles may open (read from the views' own
 * access annotations, so the menu and the guard cannot disagree).
 */
@PermitAll // Vaadin checks a route's layouts too: any signed-in person may have the frame
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    /** A menu entry; {@code onlyFor} limits it to one kind of tenant (null: any tenant the roles allow). */
    private record Entry(String key, Class<? extends Component> view, VaadinIcon icon, TenantType onlyFor) {

        Entry(String key, Class<? extends Component> view, VaadinIcon icon) {
            this(key, view, icon, null);
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("nav.platform.home", PlatformHomeView.class, VaadinIcon.HOME),
            new Entry("nav.tenants", TenantsView.class, VaadinIcon.BUILDING),
            new Entry("nav.svhc", SvhcListView.class, VaadinIcon.FLASK),
            new Entry("nav.certification.home", CertificationBodyHomeView.class, VaadinIcon.HOME),
            new Entry("nav.supplier.home", SupplierHomeView.class, VaadinIcon.HOME),
            new Entry("nav.facilities", FacilitiesView.class, VaadinIcon.FACTORY),
            new Entry("nav.profile", CompanyProfileView.class, VaadinIcon.BRIEFCASE),
            new Entry("nav.products", ProductsView.class, VaadinIcon.PACKAGE),
            new Entry("nav.evidence", EvidenceView.class, VaadinIcon.FILE_TEXT_O),
            new Entry("nav.applications", ApplicationsView.class, VaadinIcon.DIPLOMA),
            new Entry("nav.invitations.supplier", SupplierInvitationsView.class, VaadinIcon.ENVELOPE_O),
            new Entry("nav.schemes", SchemesView.class, VaadinIcon.CLIPBOARD_CHECK, TenantType.CERTIFICATION_BODY),
            new Entry("nav.signing.keys", SigningKeysView.class, VaadinIcon.KEY, TenantType.CERTIFICATION_BODY),
            new Entry("nav.buyer.home", BuyerHomeView.class, VaadinIcon.HOME),
            new Entry("nav.criteria", CriteriaSetsView.class, VaadinIcon.CHECK_SQUARE_O),
            new Entry("nav.invitations.buyer", BuyerInvitationsView.class, VaadinIcon.GROUP),
            new Entry("nav.watch", WatchListView.class, VaadinIcon.EYE),
            new Entry("nav.colleagues", ColleaguesView.class, VaadinIcon.USERS),
            new Entry("nav.audit", AuditLogView.class, VaadinIcon.SHIELD));

    private final TenantService tenants;

    @Inject
    public MainLayout(CallerContext callers, TenantService tenants) {
        Caller caller = callers.require();
        Tenant tenant = tenants.currentTenant();
        this.tenants = tenants;

        Span brand = new Span("GreenCert");
        brand.addClassName("gc-brand");
        Span tenantName = new Span(tenant.displayName(LanguagePreference.language(getLocale())));
        tenantName.setId("tenant-name");
        tenantName.addClassName("gc-tenant");
        Span person = new Span(caller.displayName());
        person.setId("user-name");
        Anchor logout = new Anchor("logout", getTranslation("action.sign.out"));
        logout.setId("sign-out");
        logout.setRouterIgnore(true);

        HorizontalLayout bar = new HorizontalLayout(brand, tenantName, person, new LanguageSwitch(), logout);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(tenantName);
        bar.addClassName("gc-bar");
        addToNavbar(new DrawerToggle(), bar);
        addToDrawer(navigation(tenant.type()));
    }

    /**
     * The people of a suspended tenant see none of the portal: every navigation (read afresh, so a suspension
     * reaches people already signed in) sends them to the page that says why.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (tenants.callerSuspended()) {
            event.rerouteTo(TenantSuspendedView.class);
        }
    }

    private SideNav navigation(TenantType tenantType) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        Principal principal = VaadinRequest.getCurrent().getUserPrincipal();
        Predicate<String> roles = CallerRoles.checker();
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        for (Entry entry : ENTRIES) {
            if ((entry.onlyFor() == null || entry.onlyFor() == tenantType)
                    && access.hasAccess(entry.view(), principal, roles::test)) {
                nav.addItem(new SideNavItem(getTranslation(entry.key()), routes.getUrl(entry.view()),
                        entry.icon().create()));
            }
        }
        return nav;
    }
}

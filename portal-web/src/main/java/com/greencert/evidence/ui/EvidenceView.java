package com.greencert.evidence.ui;

import com.greencert.evidence.domain.EvidenceContent;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.evidence.service.ExpirySummary;
import com.greencert.evidence.domain.Retirement;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.ui.MainLayout;
import com.greencert.supplier.service.FacilityService;
import com.greencert.supplier.service.ProductService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The supplier's evidence vault, doing in the portal what the evidence API does: an expiry summary; the list
 * (every version, with its expiry badge and shortened SHA-256) filtered by type and expiry status; for each
 * row, open and download (hash re-verified, access logged), a new version, and the sharing panel (who it is
 * shared with, share with a buyer or body chosen by name, revoke), and retiring it (with a reason); and the upload
 * form, linking a piece to the products and facilities it covers. Retired pieces are listed only when asked for,
 * marked retired, with only what a retired piece still allows (open, download, its sharing history). Evidence
 * other tenants shared with this one is listed after its own, to read only.
 */
@Route(value = "supplier/evidence", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class EvidenceView extends VerticalLayout {

    private final EvidenceService evidence;
    private final ProductService products;
    private final FacilityService facilities;
    private final TenantId tenant;
    private final Grid<EvidenceEntry> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Select<EvidenceType> typeFilter = typeSelect(this, "evidence.filter.type", "evidence-type-filter");
    private final Select<ExpiryStatus> statusFilter = new Select<>();
    private final Checkbox showRetired = new Checkbox();

    @Inject
    public EvidenceView(EvidenceService evidence, ProductService products, FacilityService facilities,
            CallerContext callers) {
        this.evidence = evidence;
        this.products = products;
        this.facilities = facilities;
        this.tenant = callers.require().tenantId();
        setId("evidence");
        summary.setId("expiry-summary");
        statusFilter.setId("evidence-status-filter");
        statusFilter.setLabel(getTranslation("evidence.filter.status"));
        statusFilter.setItems(ExpiryStatus.values());
        statusFilter.setItemLabelGenerator(
                s -> s == null ? getTranslation("evidence.filter.all") : getTranslation("evidence.status." + s.name()));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("evidence.filter.all"));
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("evidence.filter.all"));
        typeFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        showRetired.setId("evidence-show-retired");
        showRetired.setLabel(getTranslation("evidence.filter.retired"));
        showRetired.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(typeFilter, statusFilter, showRetired);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("nav.evidence")), summary, filters, grid(),
                new H3(getTranslation("evidence.upload.title")),
                new EvidenceUploadForm(evidence, products, facilities, null, this::refresh));
        refresh();
    }

    private Grid<EvidenceEntry> grid() {
        grid.setId("evidence-grid");
        grid.addColumn(e -> getTranslation("evidence.type." + e.evidence().type().name()))
                .setHeader(getTranslation("evidence.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.evidence().title()).setHeader(getTranslation("evidence.title")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(e -> e.evidence().issuer()).setHeader(getTranslation("evidence.issuer")).setAutoWidth(true);
        // dates in ISO form, never cut: the columns take the width their text needs
        grid.addColumn(e -> e.evidence().issuedOn().toString()).setHeader(getTranslation("evidence.issued.on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::expiry).setHeader(getTranslation("evidence.expires.on")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(EvidenceView::hash).setHeader(getTranslation("evidence.sha256")).setAutoWidth(true);
        grid.addColumn(e -> size(e.evidence().content().size())).setHeader(getTranslation("evidence.size"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(this::version).setHeader(getTranslation("evidence.version")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("evidence.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setHeight("30em");
        return grid;
    }

    /**
     * Open and download for every row; for its own, the sharing panel, and for the current version of a piece not
     * retired a new version and retiring it; a retired piece tells when, by whom and why instead.
     */
    private Component actions(EvidenceEntry e) {
        HorizontalLayout row = EvidenceLinks.of(evidence, e.evidence().id());
        if (!e.owner().equals(tenant)) {
            return row;
        }
        String id = e.evidence().id().toString();
        if (e.current()) {
            row.add(action("new-version-" + id, "evidence.version.new",
                    () -> new VersionDialog(evidence, products, facilities, e, this::refresh).open()));
            row.add(action("retire-" + id, "evidence.retire", () -> new RetireDialog(evidence, e, this::refresh).open()));
        }
        row.add(action("share-" + id, "evidence.sharing.open", () -> new SharingPanel(evidence, e).open()));
        e.evidence().retirement().ifPresent(r -> row.add(retiredNote(id, r)));
        return row;
    }

    private Button action(String id, String key, Runnable open) {
        Button button = new Button(getTranslation(key), click -> open.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private Span retiredNote(String id, Retirement r) {
        Span note = new Span(getTranslation("evidence.retired.note", r.at().atZone(ZoneId.systemDefault()).toLocalDate(),
                r.by(), r.reason()));
        note.setId("retired-" + id);
        note.getElement().setAttribute("title", note.getText());
        note.addClassName("gc-retired");
        return note;
    }

    private String version(EvidenceEntry e) {
        String v = "v" + e.evidence().versionNo();
        if (!e.owner().equals(tenant)) {
            v += " · " + getTranslation("evidence.shared.with.us");
        } else if (e.supersededBy().isPresent()) {
            v += " · " + getTranslation("evidence.superseded");
        }
        return e.evidence().retired() ? v + " · " + getTranslation("evidence.retired") : v;
    }

    /** The grid pages from the database as it scrolls (one service call a window); the summary is two counts. */
    private void refresh() {
        EvidenceType type = typeFilter.getValue();
        ExpiryStatus status = statusFilter.getValue();
        boolean retired = showRetired.getValue();
        LazyRows.bind(grid, page -> evidence.list(type, status, retired, page));
        ExpirySummary expiry = evidence.expirySummary();
        summary.setText(getTranslation("evidence.summary", expiry.expired(), expiry.expiring(),
                ExpiryStatus.EXPIRING_WITHIN_DAYS));
    }

    private Span expiry(EvidenceEntry e) {
        ExpiryStatus status = e.expiryStatus();
        Span badge = new Span(getTranslation("evidence.status." + status.name()));
        badge.addClassNames("gc-badge", "gc-badge-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Span date = new Span(e.evidence().expiresOn().map(LocalDate::toString).orElse("—"));
        Span cell = new Span(date, badge);
        cell.addClassName("gc-expiry");
        return cell;
    }

    private static Span hash(EvidenceEntry e) {
        EvidenceContent c = e.evidence().content();
        Span hash = new Span(c.sha256().substring(0, 12) + "…");
        hash.getElement().setAttribute("title", c.sha256());
        hash.addClassName("gc-hash");
        return hash;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    static Select<EvidenceType> typeSelect(Component owner, String labelKey, String id) {
        Select<EvidenceType> select = new Select<>();
        select.setId(id);
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(EvidenceType.values());
        select.setItemLabelGenerator(t -> t == null ? owner.getTranslation("evidence.filter.all")
                : owner.getTranslation("evidence.type." + t.name()));
        return select;
    }
}

package com.greencert.supplier.ui;

import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.LazyRows;
import com.greencert.supplier.domain.Products;
import com.greencert.shared.ui.MainLayout;
import com.greencert.supplier.service.ProductOverview;
import com.greencert.supplier.service.ProductService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** The supplier's products with HS code, UN number and whether an SVHC is above 0.1 % w/w. */
@Route(value = "supplier/products", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class ProductsView extends VerticalLayout {

    private final ProductService products;
    private final Grid<ProductOverview> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Span count = new Span();

    @Inject
    public ProductsView(ProductService products) {
        this.products = products;
        setId("products");
        String language = LanguagePreference.language(getLocale());
        grid.setId("products-grid");
        grid.addColumn(o -> o.product().displayName(language)).setHeader(getTranslation("product.name"))
                .setAutoWidth(true).setSortProperty(Products.SORT_NAME);
        grid.addColumn(o -> o.product().hsCode().value()).setHeader(getTranslation("product.hs.code"))
                .setSortProperty(Products.SORT_HS_CODE);
        grid.addColumn(o -> o.product().dangerousGoods().map(d -> d.unNumber().value()).orElse("—"))
                .setHeader(getTranslation("product.un.number")).setSortProperty(Products.SORT_UN_NUMBER);
        grid.addColumn(o -> o.product().composition().size()).setHeader(getTranslation("product.components"));
        grid.addColumn(this::svhcFlag).setHeader(getTranslation("product.svhc")).setAutoWidth(true);
        grid.addColumn(this::un383Flag).setHeader(getTranslation("product.un383")).setAutoWidth(true);
        grid.setHeight("36em");
        filter.setId("product-filter");
        filter.setPlaceholder(getTranslation("product.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        count.setId("product-count");
        grid.addItemClickListener(click -> new ProductEditor(products, click.getItem().product(), this::refresh).open());
        Button create = new Button(getTranslation("product.new"), VaadinIcon.PLUS.create(),
                click -> new ProductEditor(products, null, this::refresh).open());
        create.setId("new-product");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink importCsv = new RouterLink(getTranslation("product.import.open"), ProductImportView.class);
        importCsv.setId("import-products");
        HorizontalLayout bar = new HorizontalLayout(create, importCsv, filter, count);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.products")), bar, grid);
        refresh();
    }

    private String svhcFlag(ProductOverview o) {
        if (o.screeningIfAny().isEmpty()) {
            return getTranslation("product.svhc.unscreened");
        }
        if (o.svhcAboveThreshold()) {
            return getTranslation("product.svhc.above");
        }
        return getTranslation(o.svhcMayBeAboveThreshold() ? "product.svhc.may" : "product.svhc.none");
    }

    private String un383Flag(ProductOverview o) {
        if (!o.product().requiresUn383Summary()) {
            return "—";
        }
        return getTranslation(o.un383SummaryMissing() ? "product.un383.missing" : "product.un383.present");
    }

    /** Pages from the database as the grid scrolls: one service call a window, whatever the number of products. */
    private void refresh() {
        String contains = filter.getValue();
        LazyRows.bind(grid, page -> products.overview(page, contains),
                total -> count.setText(getTranslation("product.count", total)));
    }
}

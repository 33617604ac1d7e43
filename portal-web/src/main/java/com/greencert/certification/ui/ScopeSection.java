package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.CoveredItem;
import com.greencert.certification.service.ApplicationCommand;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.domain.Product;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.util.function.BiFunction;
import java.util.List;
import java.util.Set;

/**
 * What the application covers; while the supplier may edit it, a choice of its products (searched by name
 * and paged in the database as the supplier types and scrolls: a supplier may have tens of thousands) and
 * of its facilities (the first {@value PageRequest#MAX_LIMIT}).
 */
class ScopeSection extends VerticalLayout {

    /** A product or facility the supplier may put in scope; the same item whatever its label. */
    record Choice(CoveredItem.Kind kind, String id, String label) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Choice c && c.kind == kind && c.id.equals(id);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + id.hashCode();
        }
    }

    ScopeSection(OpenApplication open, BiFunction<PageRequest, String, Page<Product>> products, List<Facility> facilities) {
        setId("scope");
        setPadding(false);
        List<CoveredItem> items = open.details().application().scopeItems();
        add(new H3(t("application.scope")));
        if (items.isEmpty()) {
            add(new Paragraph(t("application.scope.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("scope-list");
            items.forEach(i -> list.add(new ListItem(t("scope.kind." + i.kind().name()) + ": " + i.label()
                    + i.hsCode().map(h -> " (HS " + h + ")").orElse(""))));
            add(list);
        }
        if (products == null) {
            return;
        }
        String language = getLocale().getLanguage();
        MultiSelectComboBox<Choice> productChooser = chooser(t("application.scope.choose"), "scope-products");
        productChooser.setItems(query -> products.apply(PageRequest.of(query.getOffset(),
                Math.min(query.getLimit(), PageRequest.MAX_LIMIT)), query.getFilter().orElse(null)).items().stream()
                .map(p -> new Choice(CoveredItem.Kind.PRODUCT, p.id().toString(),
                        p.displayName(language) + " (HS " + p.hsCode().value() + ")")));
        MultiSelectComboBox<Choice> facilityChooser = chooser(t("scope.kind.FACILITY"), "scope-facilities");
        facilityChooser.setItems(facilities.stream()
                .map(f -> new Choice(CoveredItem.Kind.FACILITY, f.id().toString(), f.name())).toList());
        productChooser.select(current(items, CoveredItem.Kind.PRODUCT));
        facilityChooser.select(current(items, CoveredItem.Kind.FACILITY));
        Button save = new Button(t("application.scope.save"), click -> open.act(new ApplicationCommand.Cover(
                ids(productChooser.getSelectedItems()), ids(facilityChooser.getSelectedItems()))));
        save.setId("scope-save");
        HorizontalLayout row = new HorizontalLayout(productChooser, facilityChooser, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    private MultiSelectComboBox<Choice> chooser(String label, String id) {
        MultiSelectComboBox<Choice> chooser = new MultiSelectComboBox<>(label);
        chooser.setId(id);
        chooser.setItemLabelGenerator(c -> t("scope.kind." + c.kind().name()) + ": " + c.label());
        chooser.setWidth("min(30em, 90vw)");
        return chooser;
    }

    private static List<Choice> current(List<CoveredItem> items, CoveredItem.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).map(i -> new Choice(kind, i.itemId(), i.label())).toList();
    }

    private static List<String> ids(Set<Choice> chosen) {
        return chosen.stream().map(Choice::id).toList();
    }
}

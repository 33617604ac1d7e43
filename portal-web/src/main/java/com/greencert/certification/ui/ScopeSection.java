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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the application covers; while the supplier may edit it, a choice of its products and facilities. */
class ScopeSection extends VerticalLayout {

    /** A product or facility the supplier may put in scope. */
    record Choice(CoveredItem.Kind kind, String id, String label) {
    }

    ScopeSection(OpenApplication open, List<Product> products, List<Facility> facilities) {
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
        List<Choice> choices = new ArrayList<>();
        products.forEach(p -> choices.add(new Choice(CoveredItem.Kind.PRODUCT, p.id().toString(),
                p.displayName(getLocale().getLanguage()) + " (HS " + p.hsCode().value() + ")")));
        facilities.forEach(f -> choices.add(new Choice(CoveredItem.Kind.FACILITY, f.id().toString(), f.name())));
        MultiSelectComboBox<Choice> chooser = new MultiSelectComboBox<>(t("application.scope.choose"));
        chooser.setId("scope-items");
        chooser.setItems(choices);
        chooser.setItemLabelGenerator(c -> t("scope.kind." + c.kind().name()) + ": " + c.label());
        chooser.setWidth("min(40em, 90vw)");
        Set<String> current = items.stream().map(CoveredItem::itemId).collect(Collectors.toSet());
        chooser.select(choices.stream().filter(c -> current.contains(c.id())).toList());
        Button save = new Button(t("application.scope.save"), click -> open.act(new ApplicationCommand.Cover(
                ids(chooser.getSelectedItems(), CoveredItem.Kind.PRODUCT),
                ids(chooser.getSelectedItems(), CoveredItem.Kind.FACILITY))));
        save.setId("scope-save");
        HorizontalLayout row = new HorizontalLayout(chooser, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    private static List<String> ids(Set<Choice> chosen, CoveredItem.Kind kind) {
        return chosen.stream().filter(c -> c.kind() == kind).map(Choice::id).toList();
    }
}

package com.greencert.supplier.ui;

import com.greencert.supplier.domain.Component;
import com.greencert.supplier.service.ComponentLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits a composition as rows of substance name, CAS number, minimum and maximum % w/w; rows can be
 * added and removed. The domain checks the result when it is saved.
 */
class CompositionEditor extends VerticalLayout {

    private record Row(TextField name, TextField cas, TextField min, TextField max) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();

    CompositionEditor(List<Component> composition) {
        setId("composition-editor");
        setPadding(false);
        lines.setPadding(false);
        lines.setSpacing(false);
        Button add = new Button(getTranslation("composition.add"), VaadinIcon.PLUS.create(), click -> {
            rows.add(row("", "", "", ""));
            render();
        });
        add.setId("add-component");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        for (Component c : composition) {
            rows.add(row(c.substanceName(), c.casNumber().value(), c.concentration().minimum().toPlainString(),
                    c.concentration().maximum().toPlainString()));
        }
        add(lines, add);
        render();
    }

    /** The rows as entered; a concentration that is no number is refused here, everything else by the domain. */
    List<ComponentLine> lines() {
        return rows.stream().map(r -> new ComponentLine(r.name().getValue(), r.cas().getValue(), null,
                EditorRows.number(r.min().getValue()), EditorRows.number(r.max().getValue()))).toList();
    }

    private Row row(String name, String cas, String min, String max) {
        return new Row(field("composition.substance", name), field("composition.cas", cas),
                field("composition.min", min), field("composition.max", max));
    }

    private void render() {
        lines.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            r.name().setId("component-name-" + i);
            r.cas().setId("component-cas-" + i);
            r.min().setId("component-min-" + i);
            r.max().setId("component-max-" + i);
            r.min().setWidth("7em");
            r.max().setWidth("7em");
            Button remove = EditorRows.removeButton("remove-component-" + i, getTranslation("composition.remove"), () -> {
                rows.remove(r);
                render();
            });
            HorizontalLayout line = new HorizontalLayout(r.name(), r.cas(), r.min(), r.max(), remove);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            lines.add(line);
        }
    }

    private TextField field(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        return field;
    }
}

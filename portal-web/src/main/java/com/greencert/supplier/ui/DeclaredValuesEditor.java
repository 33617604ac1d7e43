package com.greencert.supplier.ui;

import com.greencert.shared.domain.DomainMessages;
import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.Quantity;
import com.greencert.supplier.domain.SupportingEvidence.Document;
import com.greencert.supplier.service.DeclaredValueLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits the values a supplier declares for a product (carbon footprint, recycled or bio-based content): rows of a
 * quantity, a number shown with the quantity's unit, and optionally the piece of evidence that supports it. Rows can
 * be added and removed; the domain checks the result when it is saved.
 */
class DeclaredValuesEditor extends VerticalLayout {

    private record Row(ComboBox<Quantity> quantity, TextField value, ComboBox<Document> evidence) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    private final List<Document> documents;

    DeclaredValuesEditor(List<DeclaredValue> declared, List<Document> documents) {
        this.documents = documents;
        setId("declared-values-editor");
        setPadding(false);
        lines.setPadding(false);
        lines.setSpacing(false);
        Button add = new Button(getTranslation("declared.add"), VaadinIcon.PLUS.create(), click -> {
            rows.add(row(null, "", null));
            render();
        });
        add.setId("add-declared-value");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        for (DeclaredValue v : declared) {
            Document supporting = v.evidence().flatMap(id -> documents.stream().filter(d -> d.id().equals(id))
                    .findFirst()).orElse(null);
            rows.add(row(v.quantity(), v.value().toPlainString(), supporting));
        }
        add(lines, add);
        render();
    }

    /** The rows as entered, each in its quantity's unit; a value that is no number is refused here. */
    List<DeclaredValueLine> lines() {
        return rows.stream().map(r -> new DeclaredValueLine(r.quantity().isEmpty() ? null : r.quantity().getValue().name(),
                EditorRows.number(r.value().getValue()), r.quantity().isEmpty() ? null : r.quantity().getValue().unit().symbol(),
                r.evidence().isEmpty() ? null : r.evidence().getValue().id().toString())).toList();
    }

    private Row row(Quantity quantity, String value, Document evidence) {
        ComboBox<Quantity> q = new ComboBox<>(getTranslation("declared.quantity"));
        q.setItems(Quantity.values());
        q.setItemLabelGenerator(k -> capitalized(DomainMessages.format("enum.Quantity." + k.name(), getLocale())));
        TextField number = new TextField(getTranslation("declared.value"));
        number.setWidth("9em");
        Span unit = new Span();
        number.setSuffixComponent(unit);
        q.addValueChangeListener(e -> unit.setText(e.getValue() == null ? "" : e.getValue().unit().symbol()));
        q.setValue(quantity);
        number.setValue(value);
        ComboBox<Document> supporting = new ComboBox<>(getTranslation("declared.evidence"));
        supporting.setItems(documents);
        supporting.setItemLabelGenerator(d -> getTranslation("declared.evidence.item", d.title(), String.valueOf(d.issuedOn())));
        supporting.setClearButtonVisible(true);
        supporting.setPlaceholder(getTranslation("declared.evidence.none"));
        supporting.setWidth("22em");
        supporting.setValue(evidence);
        return new Row(q, number, supporting);
    }

    private void render() {
        lines.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            r.quantity().setId("declared-quantity-" + i);
            r.value().setId("declared-value-" + i);
            r.evidence().setId("declared-evidence-" + i);
            Button remove = EditorRows.removeButton("remove-declared-value-" + i, getTranslation("declared.remove"), () -> {
                rows.remove(r);
                render();
            });
            HorizontalLayout line = new HorizontalLayout(r.quantity(), r.value(), r.evidence(), remove);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            lines.add(line);
        }
    }

    /** A quantity's name begins a field's value: "Carbon footprint" (the domain words are written to run in text). */
    private static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

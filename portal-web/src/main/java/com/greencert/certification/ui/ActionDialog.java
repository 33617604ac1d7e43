package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A small dialog asking for exactly what one command needs. Its fields carry stable ids (dialog-reason,
 * dialog-date, dialog-criterion, …) and its buttons dialog-confirm and dialog-cancel; it closes when the
 * command went through and stays open, with the refusal told, when it did not.
 */
class ActionDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private BooleanSupplier onConfirm = () -> true;

    ActionDialog(String id, String title, String explanation) {
        setId(id);
        setHeaderTitle(title);
        setWidth("min(36em, 95vw)");
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button cancel = new Button(t("action.cancel"), click -> close());
        cancel.setId("dialog-cancel");
        Button confirm = new Button(title, click -> {
            if (onConfirm.getAsBoolean()) {
                close();
            }
        });
        confirm.setId("dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }

    ActionDialog onConfirm(BooleanSupplier action) {
        this.onConfirm = action;
        return this;
    }

    private <C extends Component> C field(C field, String id) {
        field.setId(id);
        form.add(field);
        return field;
    }

    TextArea text(String labelKey) {
        TextArea area = field(new TextArea(t(labelKey)), "dialog-reason");
        area.setMaxLength(2000);
        return area;
    }

    TextField line(String labelKey, String id, String value) {
        TextField line = field(new TextField(t(labelKey)), id);
        line.setValue(value == null ? "" : value);
        return line;
    }

    DatePicker date(String labelKey, LocalDate initial) {
        DatePicker picker = field(new DatePicker(t(labelKey)), "dialog-date");
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        picker.setPlaceholder("2026-12-31");
        picker.setValue(initial);
        return picker;
    }

    Checkbox check(String labelKey, String id, boolean initial) {
        Checkbox box = field(new Checkbox(t(labelKey)), id);
        box.setValue(initial);
        return box;
    }

    <T> ComboBox<T> choice(String labelKey, String id, Collection<T> items, Function<T, String> label) {
        ComboBox<T> box = field(new ComboBox<>(t(labelKey)), id);
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        if (items.size() == 1) {
            box.setValue(items.iterator().next());
        }
        return box;
    }

    <T> MultiSelectComboBox<T> choices(String labelKey, String id, Collection<T> items, Function<T, String> label) {
        MultiSelectComboBox<T> box = field(new MultiSelectComboBox<>(t(labelKey)), id);
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        return box;
    }

    <T> RadioButtonGroup<T> radio(String labelKey, String id, Collection<T> items, Function<T, String> label, T initial) {
        RadioButtonGroup<T> group = field(new RadioButtonGroup<>(t(labelKey)), id);
        group.setItems(items);
        group.setItemLabelGenerator(label::apply);
        group.setValue(initial);
        return group;
    }
}

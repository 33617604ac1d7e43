package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.Criterion;
import com.greencert.evidence.domain.EvidenceType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The criteria of a scheme (or draft version) being written: one row per criterion, rows added and removed freely. */
class CriteriaEditor extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    private int counter;

    /** The fields of one criterion. */
    private final class Row extends FormLayout {
        final TextField code = new TextField(t("criterion.code"));
        final TextField titleEn = new TextField(t("criterion.title.en"));
        final TextField titleZh = new TextField(t("criterion.title.zh"));
        final MultiSelectComboBox<EvidenceType> types = new MultiSelectComboBox<>(t("criterion.evidence.types"));
        final IntegerField maxAge = new IntegerField(t("criterion.max.age"));
        final BigDecimalField thresholdMax = new BigDecimalField(t("criterion.threshold.max"));
        final TextField thresholdUnit = new TextField(t("criterion.threshold.unit"));

        Row(int n) {
            String prefix = "criterion-" + n + "-";
            code.setId(prefix + "code");
            titleEn.setId(prefix + "title-en");
            titleZh.setId(prefix + "title-zh");
            types.setId(prefix + "types");
            types.setItems(Arrays.asList(EvidenceType.values()));
            types.setItemLabelGenerator(e -> t("evidence.type." + e.name()));
            maxAge.setId(prefix + "max-age");
            maxAge.setMin(1);
            maxAge.setMax(120);
            thresholdMax.setId(prefix + "threshold-max");
            thresholdUnit.setId(prefix + "threshold-unit");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                lines.remove(this);
            });
            remove.setId(prefix + "remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(t("criterion.remove"));
            add(code, titleEn, titleZh, types, maxAge, thresholdMax, thresholdUnit, remove);
            addClassName("gc-card");
        }

        Row with(Criterion c) {
            code.setValue(c.code());
            titleEn.setValue(c.titleEn());
            titleZh.setValue(c.titleZh().orElse(""));
            types.setValue(c.evidenceTypes());
            maxAge.setValue(c.maxAgeMonths().orElse(null));
            thresholdMax.setValue(c.thresholdMax().orElse(null));
            thresholdUnit.setValue(c.thresholdUnit().orElse(""));
            return this;
        }

        Criterion criterion() {
            return new Criterion(code.getValue(), titleEn.getValue(), titleZh.getValue(), types.getValue(),
                    maxAge.getValue(), thresholdMax.getValue(), thresholdUnit.getValue());
        }
    }

    CriteriaEditor() {
        setId("criteria-editor");
        setPadding(false);
        lines.setPadding(false);
        Button add = new Button(t("criterion.add"), VaadinIcon.PLUS.create(), click -> addRow());
        add.setId("criterion-add");
        add(lines, add);
        addRow();
    }

    private Row addRow() {
        Row row = new Row(++counter);
        rows.add(row);
        lines.add(row);
        return row;
    }

    /** Starts over with the given criteria (a draft being changed), or with one empty row when there are none. */
    void show(List<Criterion> criteria) {
        rows.clear();
        lines.removeAll();
        counter = 0;
        if (criteria.isEmpty()) {
            addRow();
        }
        criteria.forEach(c -> addRow().with(c));
    }

    /** The criteria as written; the domain refuses (readably) what is malformed. */
    List<Criterion> criteria() {
        return rows.stream().map(Row::criterion).toList();
    }
}

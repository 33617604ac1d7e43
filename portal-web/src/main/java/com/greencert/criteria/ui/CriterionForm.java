package com.greencert.criteria.ui;

import com.greencert.supplier.domain.Quantity;
import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.certification.domain.SchemeId;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.domain.DeclaredValueLimit;
import com.greencert.criteria.domain.EvidenceWithin;
import com.greencert.criteria.domain.HazardExclusion;
import com.greencert.criteria.domain.HoldsCredential;
import com.greencert.criteria.domain.Importance;
import com.greencert.criteria.domain.ManagementSystem;
import com.greencert.criteria.domain.NoSvhcAbove;
import com.greencert.criteria.domain.Un383TestSummary;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.ui.LanguagePreference;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one criterion: its kind, the fields that kind needs (only those are shown), and whether it is mandatory or
 * how much it weighs. {@link #criterion()} builds it through the domain's own records, which refuse what is wrong.
 */
class CriterionForm extends FormLayout {

    /** The kinds in the order offered, by their key in the translations ({@code criterion.kind.*}). */
    enum Kind { CREDENTIAL, SVHC, EVIDENCE, UN383, SYSTEM, VALUE, HAZARD }

    private final ComboBox<Kind> kind = new ComboBox<>(t("criterion.kind"));
    private final ComboBox<SchemeId> scheme = new ComboBox<>(t("criterion.scheme"));
    private final ComboBox<EvidenceType> evidenceType = new ComboBox<>(t("criterion.evidence.type"));
    private final ComboBox<EvidenceWithin.Coverage> coverage = new ComboBox<>(t("criterion.coverage"));
    private final IntegerField maxAge = new IntegerField(t("criterion.max.age"));
    private final ComboBox<ManagementSystem.Standard> standard = new ComboBox<>(t("criterion.standard"));
    private final ComboBox<Quantity> quantity = new ComboBox<>(t("criterion.quantity"));
    private final ComboBox<DeclaredValueLimit.Comparison> comparison = new ComboBox<>(t("criterion.comparison"));
    private final BigDecimalField limit = new BigDecimalField(t("criterion.limit"));
    private final MultiSelectComboBox<GhsHazardClass> hazards = new MultiSelectComboBox<>(t("criterion.hazard.classes"));
    private final Checkbox mandatory = new Checkbox(t("criterion.mandatory"), true);
    private final IntegerField weight = new IntegerField(t("criterion.weight.field"));

    CriterionForm(Map<SchemeId, String> schemes, Locale locale) {
        setId("criterion-form");
        String language = LanguagePreference.language(locale);
        kind.setId("criterion-kind");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> t("criterion.kind." + k.name().toLowerCase(Locale.ROOT)));
        scheme.setId("criterion-scheme");
        scheme.setItems(schemes.keySet());
        scheme.setItemLabelGenerator(id -> schemes.getOrDefault(id, "—"));
        evidenceType.setId("criterion-evidence-type");
        evidenceType.setItems(EvidenceType.values());
        evidenceType.setItemLabelGenerator(e -> t("evidence.type." + e.name()));
        coverage.setId("criterion-coverage");
        coverage.setItems(EvidenceWithin.Coverage.values());
        coverage.setItemLabelGenerator(c -> t("criterion.coverage." + c.name().toLowerCase(Locale.ROOT)));
        coverage.setValue(EvidenceWithin.Coverage.PRODUCT);
        maxAge.setId("criterion-max-age");
        maxAge.setMin(1);
        maxAge.setMax(120);
        maxAge.setValue(36);
        standard.setId("criterion-standard");
        standard.setItems(ManagementSystem.Standard.values());
        standard.setItemLabelGenerator(s -> DomainMessages.format("enum.Standard." + s.name(), locale));
        quantity.setId("criterion-quantity");
        quantity.setItems(Quantity.values());
        quantity.setItemLabelGenerator(q -> DomainMessages.format("enum.Quantity." + q.name(), locale) + " ("
                + q.unit().symbol() + ")");
        comparison.setId("criterion-comparison");
        comparison.setItems(DeclaredValueLimit.Comparison.values());
        comparison.setItemLabelGenerator(c -> t("criterion.comparison." + c.name().toLowerCase(Locale.ROOT)));
        comparison.setValue(DeclaredValueLimit.Comparison.AT_MOST);
        limit.setId("criterion-limit");
        hazards.setId("criterion-hazards");
        hazards.setItems(GhsHazardClass.values());
        hazards.setItemLabelGenerator(h -> h.displayName(language));
        mandatory.setId("criterion-mandatory");
        weight.setId("criterion-weight");
        weight.setMin(Importance.MIN_WEIGHT);
        weight.setMax(Importance.MAX_WEIGHT);
        weight.setValue(10);
        weight.setVisible(false);
        mandatory.addValueChangeListener(e -> weight.setVisible(!e.getValue()));
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        add(kind, scheme, evidenceType, coverage, maxAge, standard, quantity, comparison, limit, hazards, mandatory, weight);
        kind.setValue(Kind.CREDENTIAL);
    }

    private void showFieldsOf(Kind k) {
        scheme.setVisible(k == Kind.CREDENTIAL);
        evidenceType.setVisible(k == Kind.EVIDENCE);
        coverage.setVisible(k == Kind.EVIDENCE);
        maxAge.setVisible(k == Kind.EVIDENCE);
        standard.setVisible(k == Kind.SYSTEM);
        quantity.setVisible(k == Kind.VALUE);
        comparison.setVisible(k == Kind.VALUE);
        limit.setVisible(k == Kind.VALUE);
        hazards.setVisible(k == Kind.HAZARD);
    }

    /** The criterion written, or empty after marking the field that is missing or refused. */
    Optional<Criterion> criterion() {
        Importance importance;
        if (mandatory.getValue()) {
            importance = Importance.MANDATORY;
        } else if (weight.getValue() == null || weight.getValue() < Importance.MIN_WEIGHT
                || weight.getValue() > Importance.MAX_WEIGHT) {
            return missing(weight);
        } else {
            importance = Importance.weight(weight.getValue());
        }
        try {
            return Optional.<Criterion>ofNullable(switch (kind.getValue() == null ? Kind.CREDENTIAL : kind.getValue()) {
                case CREDENTIAL -> scheme.isEmpty() ? null : new HoldsCredential(scheme.getValue(), Set.of(), false, importance);
                case SVHC -> new NoSvhcAbove(Set.of(), importance);
                case EVIDENCE -> evidenceType.isEmpty() || maxAge.isEmpty() || coverage.isEmpty() ? null
                        : new EvidenceWithin(evidenceType.getValue(), coverage.getValue(), maxAge.getValue(), true, importance);
                case UN383 -> new Un383TestSummary(importance);
                case SYSTEM -> standard.isEmpty() ? null : new ManagementSystem(standard.getValue(), importance);
                case VALUE -> quantity.isEmpty() || limit.isEmpty() ? null : new DeclaredValueLimit(quantity.getValue(),
                        comparison.getValue(), limit.getValue(), quantity.getValue().unit(), importance);
                case HAZARD -> hazards.isEmpty() ? null
                        : new HazardExclusion(hazards.getValue(), Set.of(), Set.of(), importance);
            }).or(() -> {
                markMissing();
                return Optional.empty();
            });
        } catch (DomainException e) {
            com.greencert.shared.ui.Notices.refused(e);
            return Optional.empty();
        }
    }

    private void markMissing() {
        for (var field : List.of(scheme, evidenceType, standard, quantity)) {
            if (field.isVisible() && field.isEmpty()) {
                field.setInvalid(true);
                field.setErrorMessage(t("criterion.field.required"));
            }
        }
        if (limit.isVisible() && limit.isEmpty()) {
            limit.setInvalid(true);
            limit.setErrorMessage(t("criterion.field.required"));
        }
        if (hazards.isVisible() && hazards.isEmpty()) {
            hazards.setInvalid(true);
            hazards.setErrorMessage(t("criterion.field.required"));
        }
    }

    private static Optional<Criterion> missing(IntegerField field) {
        field.setInvalid(true);
        field.setErrorMessage(t("criterion.weight.invalid", Importance.MIN_WEIGHT, Importance.MAX_WEIGHT));
        return Optional.empty();
    }
}

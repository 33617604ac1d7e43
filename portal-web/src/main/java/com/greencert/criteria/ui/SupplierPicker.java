package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.tenant.domain.Tenant;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.function.BiFunction;

/** Chooses an active supplier by its name as the person types (never by a tenant id), for inviting or watching. */
class SupplierPicker extends ComboBox<Tenant> {

    /** {@code search}: the suppliers whose name contains the text, at most so many. */
    SupplierPicker(String id, BiFunction<String, Integer, List<Tenant>> search, String language) {
        super(t("invitation.supplier"));
        setId(id);
        setPlaceholder(t("invitation.supplier.search"));
        setWidth("24em");
        setItemLabelGenerator(s -> s.displayName(language));
        setItems(q -> search.apply(q.getFilter().orElse(""), q.getOffset() + q.getLimit()).stream()
                .skip(q.getOffset()).limit(q.getLimit()));
    }

    /** Whether a supplier is chosen; if not, the field says so. */
    boolean chosen() {
        if (getValue() == null) {
            setInvalid(true);
            setErrorMessage(t("invitation.supplier.required"));
            return false;
        }
        return true;
    }
}

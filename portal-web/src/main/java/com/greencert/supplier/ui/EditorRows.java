package com.greencert.supplier.ui;

import com.greencert.shared.domain.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;

/** What the product dialog's row editors (composition, declared values) share: a row's remove button, a number. */
final class EditorRows {

    private EditorRows() {
    }

    /** A trash button that removes the row; named for screen readers. */
    static Button removeButton(String id, String label, Runnable remove) {
        Button button = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
        button.setId(id);
        button.setAriaLabel(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return button;
    }

    /** A number as typed (a decimal comma accepted), null when blank; anything else is refused in words. */
    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("concentration.not.a.number", text);
        }
    }
}

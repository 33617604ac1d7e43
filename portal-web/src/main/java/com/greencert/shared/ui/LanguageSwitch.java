package com.greencert.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** One button that offers the other language, labelled in that language. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAttachListener(attach -> {
            boolean chinese = LanguagePreference.isChinese(getLocale());
            setText(chinese ? "English" : "简体中文");
        });
        addClickListener(click -> LanguagePreference.switchTo(
                LanguagePreference.isChinese(getLocale()) ? LanguagePreference.ENGLISH : LanguagePreference.CHINESE));
    }
}

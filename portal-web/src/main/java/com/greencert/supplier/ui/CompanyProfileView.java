package com.greencert.supplier.ui;

import com.greencert.reference.domain.UnifiedSocialCreditCode;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.supplier.domain.CompanyProfile;
import com.greencert.supplier.domain.CompanyProfile.Section;
import com.greencert.supplier.domain.Visibility;
import com.greencert.supplier.service.CompanyProfileService;
import com.greencert.supplier.service.SaveCompanyProfile;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The supplier's company profile: legal entity, registration (unified social credit code for a Chinese
 * company), addresses and contact, and which sections the public registry may show.
 */
@Route(value = "supplier/profile", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class CompanyProfileView extends VerticalLayout {

    /** What the form edits; written to the service as a {@link SaveCompanyProfile}. */
    static final class Form {
        Long version;
        String legalNameEn = "";
        String legalNameZh = "";
        String country = "CN";
        String uscc = "";
        String registrationNumber = "";
        String registeredAddress = "";
        String postalAddress = "";
        String contactName = "";
        String contactRole = "";
        String contactEmail = "";
        String contactPhone = "";
        final Map<Section, Boolean> publicSections = new EnumMap<>(Section.class);

        Form() {
            for (Section s : Section.values()) {
                publicSections.put(s, s.byDefault() == Visibility.PUBLIC);
            }
        }
    }

    private static final String SAVE_KEY = "profile.save";

    private final CompanyProfileService profiles;
    private final Binder<Form> binder = new Binder<>();
    private Form form = new Form();

    @Inject
    public CompanyProfileView(CompanyProfileService profiles) {
        this.profiles = profiles;
        setId("company-profile");
        FormLayout identity = new FormLayout(
                text("profile.legal.name.en", "legal-name-en", f -> f.legalNameEn, (f, v) -> f.legalNameEn = v),
                text("profile.legal.name.zh", "legal-name-zh", f -> f.legalNameZh, (f, v) -> f.legalNameZh = v),
                text("profile.country", "country", f -> f.country, (f, v) -> f.country = v),
                usccField(),
                text("profile.registration.number", "registration-number", f -> f.registrationNumber,
                        (f, v) -> f.registrationNumber = v),
                visibility(Section.NAMES), visibility(Section.REGISTRATION));
        FormLayout addresses = new FormLayout(
                text("profile.address.registered", "registered-address", f -> f.registeredAddress,
                        (f, v) -> f.registeredAddress = v),
                text("profile.address.postal", "postal-address", f -> f.postalAddress, (f, v) -> f.postalAddress = v),
                visibility(Section.ADDRESSES));
        EmailField email = new EmailField(getTranslation("profile.contact.email"));
        email.setId("contact-email");
        email.setMaxLength(CompanyProfile.NAME_MAX);
        binder.forField(email).bind(f -> f.contactEmail, (f, v) -> f.contactEmail = v);
        FormLayout contact = new FormLayout(
                text("profile.contact.name", "contact-name", f -> f.contactName, (f, v) -> f.contactName = v),
                text("profile.contact.role", "contact-role", f -> f.contactRole, (f, v) -> f.contactRole = v),
                email,
                text("profile.contact.phone", "contact-phone", f -> f.contactPhone, (f, v) -> f.contactPhone = v),
                visibility(Section.CONTACT));
        Button save = new Button(getTranslation(SAVE_KEY), click -> save());
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.profile")), new H3(getTranslation("profile.section.identity")), identity,
                new H3(getTranslation("profile.section.addresses")), addresses,
                new H3(getTranslation("profile.section.contact")), contact, save);
        load();
    }

    private void load() {
        form = profiles.current().map(CompanyProfileView::formOf).orElseGet(Form::new);
        binder.readBean(form);
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            profiles.save(new SaveCompanyProfile(form.version, form.legalNameEn, form.legalNameZh, form.country,
                    form.uscc, form.registrationNumber, form.registeredAddress, form.postalAddress, form.contactName,
                    form.contactRole, form.contactEmail, form.contactPhone, visibility(form, Section.NAMES),
                    visibility(form, Section.REGISTRATION), visibility(form, Section.ADDRESSES),
                    visibility(form, Section.CONTACT)));
            Notices.done(getTranslation("profile.saved"));
            load();
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    /** The profile's limits (as {@link CompanyProfile} checks them) by field id; names and the rest: 200. */
    private static final java.util.Map<String, Integer> MAX_LENGTH = java.util.Map.of("country", 2,
            "registration-number", CompanyProfile.REGISTRATION_MAX, "registered-address", CompanyProfile.ADDRESS_MAX,
            "postal-address", CompanyProfile.ADDRESS_MAX, "contact-phone", CompanyProfile.PHONE_MAX);

    private TextField usccField() {
        TextField uscc = new TextField(getTranslation("profile.uscc"));
        uscc.setId("uscc");
        uscc.setHelperText(getTranslation("profile.uscc.help"));
        binder.forField(uscc).withValidator((value, context) -> {
            if (value == null || value.isBlank()) {
                return ValidationResult.ok();
            }
            try {
                UnifiedSocialCreditCode.of(value);
                return ValidationResult.ok();
            } catch (DomainException e) {
                return ValidationResult.error(DomainMessages.format(e, getLocale()));
            }
        }).bind(f -> f.uscc, (f, v) -> f.uscc = v);
        return uscc;
    }

    private TextField text(String labelKey, String id, SerializableFunction<Form, String> getter,
            SerializableBiConsumer<Form, String> setter) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(MAX_LENGTH.getOrDefault(id, CompanyProfile.NAME_MAX)); // stopped at the field, not at save
        binder.forField(field).bind(getter::apply, setter::accept);
        return field;
    }

    private Checkbox visibility(Section section) {
        Checkbox box = new Checkbox(getTranslation("profile.public." + section.name()));
        box.setId("public-" + section.name().toLowerCase(Locale.ROOT));
        binder.forField(box).bind(f -> f.publicSections.get(section), (f, v) -> f.publicSections.put(section, v));
        return box;
    }

    private static Visibility visibility(Form form, Section section) {
        return Boolean.TRUE.equals(form.publicSections.get(section)) ? Visibility.PUBLIC : Visibility.PRIVATE;
    }

    private static Form formOf(CompanyProfile p) {
        Form f = new Form();
        f.version = p.version();
        f.legalNameEn = p.legalNameEn();
        f.legalNameZh = p.legalNameZh().orElse("");
        f.country = p.country().value();
        f.uscc = p.uscc().map(Object::toString).orElse("");
        f.registrationNumber = p.registrationNumber().orElse("");
        f.registeredAddress = p.registeredAddress();
        f.postalAddress = p.postalAddress().orElse("");
        f.contactName = p.contactName().orElse("");
        f.contactRole = p.contactRole().orElse("");
        f.contactEmail = p.contactEmail().orElse("");
        f.contactPhone = p.contactPhone().orElse("");
        for (Section s : Section.values()) {
            f.publicSections.put(s, p.isPublic(s));
        }
        return f;
    }
}

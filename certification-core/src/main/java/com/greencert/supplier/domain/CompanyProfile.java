package com.greencert.supplier.domain;

import com.greencert.reference.domain.UnifiedSocialCreditCode;
import com.greencert.shared.domain.CountryCode;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who a supplier is as a legal entity: legal names in English and Chinese, country, registration (the
 * unified social credit code for a Chinese company, another registration number elsewhere), registered
 * and postal addresses, and a contact person. Each section is public or private: what the public
 * registry may show. One per supplier tenant; tenant-owned (mapped in {@code META-INF/eclipselink-orm.xml}).
 */
@Entity
@Table(name = "company_profile")
public class CompanyProfile {

    /** The parts of a profile that are shown or hidden together. */
    public enum Section {
        /** Legal names and country; public by default. */
        NAMES(Visibility.PUBLIC),
        /** Unified social credit code or registration number; public by default. */
        REGISTRATION(Visibility.PUBLIC),
        /** Registered and postal address; private by default. */
        ADDRESSES(Visibility.PRIVATE),
        /** The contact person; private by default. */
        CONTACT(Visibility.PRIVATE);

        private final Visibility byDefault;

        Section(Visibility byDefault) {
            this.byDefault = byDefault;
        }

        public Visibility byDefault() {
            return byDefault;
        }
    }

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 500;
    public static final int REGISTRATION_MAX = 64;
    public static final int PHONE_MAX = 32;
    private static final String CHINA = "CN";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,30}");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "legal_name_en", nullable = false, length = NAME_MAX)
    private String legalNameEn;

    @Column(name = "legal_name_zh", length = NAME_MAX)
    private String legalNameZh;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "uscc", length = 18)
    private String uscc;

    @Column(name = "registration_number", length = REGISTRATION_MAX)
    private String registrationNumber;

    @Column(name = "registered_address", nullable = false, length = ADDRESS_MAX)
    private String registeredAddress;

    @Column(name = "postal_address", length = ADDRESS_MAX)
    private String postalAddress;

    @Column(name = "contact_name", length = NAME_MAX)
    private String contactName;

    @Column(name = "contact_role", length = NAME_MAX)
    private String contactRole;

    @Column(name = "contact_email", length = NAME_MAX)
    private String contactEmail;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "names_visibility", nullable = false, length = 8)
    private Visibility namesVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_visibility", nullable = false, length = 8)
    private Visibility registrationVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "addresses_visibility", nullable = false, length = 8)
    private Visibility addressesVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_visibility", nullable = false, length = 8)
    private Visibility contactVisibility;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CompanyProfile() {
        // for JPA
    }

    /** Values as entered; {@link #change} checks them. */
    public record Details(String legalNameEn, String legalNameZh, CountryCode country, String uscc,
            String registrationNumber, String registeredAddress, String postalAddress, String contactName,
            String contactRole, String contactEmail, String contactPhone, Visibility namesVisibility,
            Visibility registrationVisibility, Visibility addressesVisibility, Visibility contactVisibility) {
    }

    public CompanyProfile(Details details, Instant now) {
        this.id = UUID.randomUUID().toString();
        change(details, now);
    }

    /**
     * Replaces the whole profile. A Chinese company (country CN) is identified by its unified social credit
     * code, any other by a registration number; a visibility left out keeps its section's default.
     */
    public void change(Details d, Instant now) {
        Objects.requireNonNull(d, "details");
        String nameEn = Text.required("legalNameEn", d.legalNameEn(), NAME_MAX);
        String nameZh = Text.optional("legalNameZh", d.legalNameZh(), NAME_MAX);
        if (d.country() == null) {
            throw new InvalidInputException("field.required", "country");
        }
        String code = null;
        String number = null;
        if (CHINA.equals(d.country().value())) {
            if (blank(d.uscc())) {
                throw new InvalidInputException("profile.uscc.required");
            }
            code = UnifiedSocialCreditCode.of(d.uscc()).value();
        } else {
            if (!blank(d.uscc())) {
                throw new InvalidInputException("profile.uscc.only.china", d.country().value());
            }
            number = Text.optional("registrationNumber", d.registrationNumber(), REGISTRATION_MAX);
            if (number == null) {
                throw new InvalidInputException("profile.registration.required");
            }
        }
        String registered = Text.required("registeredAddress", d.registeredAddress(), ADDRESS_MAX);
        String postal = Text.optional("postalAddress", d.postalAddress(), ADDRESS_MAX);
        String email = Text.optional("contactEmail", d.contactEmail(), NAME_MAX);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("user.email.invalid", email);
        }
        String phone = Text.optional("contactPhone", d.contactPhone(), PHONE_MAX);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("profile.phone.invalid", phone);
        }
        this.legalNameEn = nameEn;
        this.legalNameZh = nameZh;
        this.country = d.country().value();
        this.uscc = code;
        this.registrationNumber = number;
        this.registeredAddress = registered;
        this.postalAddress = postal;
        this.contactName = Text.optional("contactName", d.contactName(), NAME_MAX);
        this.contactRole = Text.optional("contactRole", d.contactRole(), NAME_MAX);
        this.contactEmail = email;
        this.contactPhone = phone;
        this.namesVisibility = or(d.namesVisibility(), Section.NAMES);
        this.registrationVisibility = or(d.registrationVisibility(), Section.REGISTRATION);
        this.addressesVisibility = or(d.addressesVisibility(), Section.ADDRESSES);
        this.contactVisibility = or(d.contactVisibility(), Section.CONTACT);
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    public String legalNameEn() {
        return legalNameEn;
    }

    public Optional<String> legalNameZh() {
        return Optional.ofNullable(legalNameZh);
    }

    /** The legal name for a reader of the given language; falls back to English. */
    public String displayName(String language) {
        return "zh".equals(language) && legalNameZh != null ? legalNameZh : legalNameEn;
    }

    public CountryCode country() {
        return CountryCode.of(country);
    }

    public Optional<UnifiedSocialCreditCode> uscc() {
        return Optional.ofNullable(uscc).map(UnifiedSocialCreditCode::of);
    }

    public Optional<String> registrationNumber() {
        return Optional.ofNullable(registrationNumber);
    }

    public String registeredAddress() {
        return registeredAddress;
    }

    public Optional<String> postalAddress() {
        return Optional.ofNullable(postalAddress);
    }

    public Optional<String> contactName() {
        return Optional.ofNullable(contactName);
    }

    public Optional<String> contactRole() {
        return Optional.ofNullable(contactRole);
    }

    public Optional<String> contactEmail() {
        return Optional.ofNullable(contactEmail);
    }

    public Optional<String> contactPhone() {
        return Optional.ofNullable(contactPhone);
    }

    public Visibility visibility(Section section) {
        return switch (section) {
            case NAMES -> namesVisibility;
            case REGISTRATION -> registrationVisibility;
            case ADDRESSES -> addressesVisibility;
            case CONTACT -> contactVisibility;
        };
    }

    public boolean isPublic(Section section) {
        return visibility(section) == Visibility.PUBLIC;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Increases with every stored change; a change based on an older version is refused. */
    public long version() {
        return version;
    }

    private static Visibility or(Visibility given, Section section) {
        return given == null ? section.byDefault() : given;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

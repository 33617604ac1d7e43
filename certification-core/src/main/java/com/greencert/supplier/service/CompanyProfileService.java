package com.greencert.supplier.service;

import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.CountryCode;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.supplier.domain.CompanyProfile;
import com.greencert.supplier.domain.CompanyProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * A supplier's staff keep their company profile. Saving is optimistic: the caller names the version they
 * read, and a save over a newer version is refused ({@code concurrent.change}); the entity's
 * {@code @Version} catches the race between that check and the commit.
 */
@ApplicationScoped
@Transactional
public class CompanyProfileService {

    @Inject
    CompanyProfiles profiles;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<SupplierRecordChanged> changed;

    /** The caller's company profile, if it has been filled in. */
    public Optional<CompanyProfile> current() {
        callers.requireAny(Role.SUPPLIER);
        return profiles.current();
    }

    public CompanyProfile save(SaveCompanyProfile command) {
        var caller = callers.requireAny(Role.SUPPLIER);
        if (command == null) {
            throw new InvalidInputException("field.required", "profile");
        }
        CompanyProfile.Details details = new CompanyProfile.Details(command.legalNameEn(), command.legalNameZh(),
                command.country() == null || command.country().isBlank() ? null : CountryCode.of(command.country()),
                command.uscc(), command.registrationNumber(), command.registeredAddress(), command.postalAddress(),
                command.contactName(), command.contactRole(), command.contactEmail(), command.contactPhone(),
                command.namesVisibility(), command.registrationVisibility(), command.addressesVisibility(),
                command.contactVisibility());
        Optional<CompanyProfile> existing = profiles.current();
        if (existing.isEmpty()) {
            if (command.version() != null) {
                throw new RuleViolationException("concurrent.change");
            }
            CompanyProfile profile = new CompanyProfile(details, clock.instant());
            profiles.add(profile);
            changed.fire(new SupplierRecordChanged(caller.tenantId(), "profile"));
            return profile;
        }
        CompanyProfile profile = existing.get();
        if (command.version() == null || command.version() != profile.version()) {
            throw new RuleViolationException("concurrent.change");
        }
        profile.change(details, clock.instant());
        changed.fire(new SupplierRecordChanged(caller.tenantId(), "profile"));
        return profile;
    }
}

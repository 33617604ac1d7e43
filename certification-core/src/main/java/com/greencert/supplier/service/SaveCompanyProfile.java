package com.greencert.supplier.service;

import com.greencert.supplier.domain.Visibility;

/**
 * The whole company profile as a supplier saves it. {@code version} is the version the supplier read
 * (absent for the first save): a save based on an older version is refused, so that nobody overwrites a
 * colleague's change unseen. A visibility left out keeps its section's default.
 */
public record SaveCompanyProfile(Long version, String legalNameEn, String legalNameZh, String country, String uscc,
        String registrationNumber, String registeredAddress, String postalAddress, String contactName,
        String contactRole, String contactEmail, String contactPhone, Visibility namesVisibility,
        Visibility registrationVisibility, Visibility addressesVisibility, Visibility contactVisibility) {
}

package com.greencert.credential.service;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * A supplier as the public sees it: only the profile sections the supplier marked public (names, registration,
 * addresses, contact: empty when private) and its credentials with their live state.
 */
public record PublicSupplierPage(TenantId id, String displayName, Optional<String> legalNameEn,
        Optional<String> legalNameZh, String country, Optional<String> uscc, Optional<String> registeredAddress,
        Optional<String> contact, List<CredentialSummary> credentials) {
}

package com.greencert.certification.service;

import com.greencert.shared.domain.TenantId;

/** A supplier offered in a picker: its tenant (what a command needs) and its name (what a person reads). */
public record SupplierChoice(TenantId id, PartyName name) {
}

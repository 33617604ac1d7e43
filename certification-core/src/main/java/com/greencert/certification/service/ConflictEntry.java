package com.greencert.certification.service;

import com.greencert.certification.domain.ConflictOfInterest;

/** A declared conflict of interest with the supplier's name, as lists show it (never the bare tenant id). */
public record ConflictEntry(ConflictOfInterest conflict, PartyName supplierName) {
}

package com.greencert.certification.service;

import com.greencert.certification.domain.Scheme;

/** A scheme a supplier may apply for, with its body's name (what a person reads instead of a tenant id). */
public record SchemeChoice(Scheme scheme, PartyName bodyName) {
}

package com.greencert.credential.service;

/** A certificate's number and the live state of its newest credential, as anyone may see them. */
public record CertificateStanding(String certificateNumber, CredentialState state) {
}

package com.greencert.criteria.service;

/**
 * What the holder of an invitation link tells about the company it opens the portal to, and about its first
 * administrator (the address is the one invited).
 */
public record JoinRequest(String companyNameEn, String companyNameZh, String country, String username, String firstName,
        String lastName) {
}

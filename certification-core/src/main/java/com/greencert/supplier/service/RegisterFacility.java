package com.greencert.supplier.service;

/** What a supplier tells us about a new facility. Latitude and longitude are optional. */
public record RegisterFacility(String name, String address, String country, Double latitude, Double longitude,
        String activities) {
}

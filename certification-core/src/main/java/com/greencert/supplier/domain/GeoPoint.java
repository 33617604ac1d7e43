package com.greencert.supplier.domain;

import com.greencert.shared.domain.InvalidInputException;

/** A WGS 84 position, in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180
                || Double.isNaN(latitude) || Double.isNaN(longitude)) {
            throw new InvalidInputException("geo.out.of.range", latitude, longitude);
        }
    }
}

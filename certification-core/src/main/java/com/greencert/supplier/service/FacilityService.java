package com.greencert.supplier.service;

import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.CountryCode;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.supplier.domain.Facilities;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** A supplier's staff keep the list of their facilities. */
@ApplicationScoped
@Transactional
public class FacilityService {

    @Inject
    Facilities facilities;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    public Facility register(RegisterFacility command) {
        callers.requireAny(Role.SUPPLIER);
        GeoPoint location = location(command.latitude(), command.longitude());
        Facility facility = new Facility(FacilityId.newId(), command.name(), command.address(),
                CountryCode.of(command.country()), location, command.activities(), clock.instant());
        facilities.add(facility);
        return facility;
    }

    public List<Facility> list() {
        callers.require();
        return facilities.all();
    }

    public Facility get(FacilityId id) {
        callers.require();
        return facilities.find(id).orElseThrow(() -> new NotFoundException("facility", id));
    }

    private static GeoPoint location(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            throw new InvalidInputException("geo.incomplete");
        }
        return new GeoPoint(latitude, longitude);
    }
}

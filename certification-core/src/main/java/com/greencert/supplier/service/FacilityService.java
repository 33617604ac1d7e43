package com.greencert.supplier.service;

import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.CountryCode;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.quota.domain.QuotaKind;
import com.greencert.quota.service.WriteQuota;
import com.greencert.supplier.domain.Facilities;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

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

    @Inject
    WriteQuota quotas;

    @Inject
    jakarta.enterprise.event.Event<SupplierRecordChanged> changed;

    public Facility register(RegisterFacility command) {
        var caller = callers.requireAny(Role.SUPPLIER);
        GeoPoint location = location(command.latitude(), command.longitude());
        Facility facility = new Facility(FacilityId.newId(), command.name(), command.address(),
                CountryCode.of(command.country()), location, command.activities(), clock.instant());
        quotas.consume(QuotaKind.FACILITY, 1, facilities::count);
        facilities.add(facility);
        changed.fire(new SupplierRecordChanged(caller.tenantId(), "facility"));
        return facility;
    }

    /** One page of the caller's facilities, by name unless sorted by {@link Facilities#SORT_COUNTRY}. */
    public Page<Facility> list(PageRequest page) {
        callers.require();
        return facilities.page(page);
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

package com.greencert.supplier.api;

import com.greencert.shared.domain.NotFoundException;
import com.greencert.supplier.domain.CompanyProfile;
import com.greencert.supplier.domain.CompanyProfile.Section;
import com.greencert.supplier.domain.Visibility;
import com.greencert.supplier.service.CompanyProfileService;
import com.greencert.supplier.service.SaveCompanyProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's company profile. PUT replaces it whole and must carry the {@code version} last read
 * (none for the first save); an older version answers 409 {@code concurrent.change}.
 */
@Path("/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    CompanyProfileService profiles;

    public record ProfileView(long version, String legalNameEn, String legalNameZh, String country, String uscc,
            String registrationNumber, String registeredAddress, String postalAddress, String contactName,
            String contactRole, String contactEmail, String contactPhone, Visibility namesVisibility,
            Visibility registrationVisibility, Visibility addressesVisibility, Visibility contactVisibility) {
        static ProfileView of(CompanyProfile p) {
            return new ProfileView(p.version(), p.legalNameEn(), p.legalNameZh().orElse(null), p.country().value(),
                    p.uscc().map(Object::toString).orElse(null), p.registrationNumber().orElse(null),
                    p.registeredAddress(), p.postalAddress().orElse(null), p.contactName().orElse(null),
                    p.contactRole().orElse(null), p.contactEmail().orElse(null), p.contactPhone().orElse(null),
                    p.visibility(Section.NAMES), p.visibility(Section.REGISTRATION),
                    p.visibility(Section.ADDRESSES), p.visibility(Section.CONTACT));
        }
    }

    @GET
    @Operation(summary = "The caller's company profile (404 until it is first saved)")
    public ProfileView get() {
        return ProfileView.of(profiles.current().orElseThrow(() -> new NotFoundException("company profile", "current")));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the company profile (optimistic: give the version last read)")
    public ProfileView save(SaveCompanyProfile request) {
        if (request == null) {
            throw new BadRequestException("a JSON body is required");
        }
        profiles.save(request);
        return get();
    }
}

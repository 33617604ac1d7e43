package com.greencert.evidence.domain;

import com.greencert.shared.domain.Dates;
import com.greencert.shared.domain.Text;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.ProductId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a supplier says about a document: its kind, title, who issued it and when, until when it holds
 * (optional), its language, and which products and facilities it covers (by id).
 */
public record EvidenceDetails(EvidenceType type, String title, String issuer, LocalDate issuedOn,
        LocalDate expiresOn, String language, List<String> productIds, List<String> facilityIds) {

    public static final int MAX_COVERED = 50;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    public EvidenceDetails {
        if (type == null) {
            throw new InvalidInputException("field.required", "type");
        }
        title = Text.required("title", title, 300);
        issuer = Text.required("issuer", issuer, 200);
        if (issuedOn == null) {
            throw new InvalidInputException("field.required", "issuedOn");
        }
        Dates.storable("issuedOn", issuedOn);
        Dates.storable("expiresOn", expiresOn);
        if (expiresOn != null && expiresOn.isBefore(issuedOn)) {
            throw new InvalidInputException("evidence.expiry.before.issue", expiresOn, issuedOn);
        }
        language = Text.required("language", language, 35);
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException("evidence.language.invalid", language);
        }
        productIds = ids("productIds", productIds, s -> ProductId.parse(s).toString());
        facilityIds = ids("facilityIds", facilityIds, s -> FacilityId.parse(s).toString());
    }

    public ExpiryStatus expiryStatus(LocalDate today) {
        return ExpiryStatus.of(expiresOn, today);
    }

    private static List<String> ids(String field, List<String> ids, java.util.function.UnaryOperator<String> parse) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_COVERED) {
            throw new InvalidInputException("evidence.too.many.ids", field, MAX_COVERED);
        }
        return ids.stream().map(s -> parse.apply(Objects.requireNonNullElse(s, "").strip())).distinct().toList();
    }
}

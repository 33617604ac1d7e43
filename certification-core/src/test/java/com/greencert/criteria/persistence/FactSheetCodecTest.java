package com.greencert.criteria.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.SchemeId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.CredentialStanding;
import com.greencert.criteria.domain.CredentialFact;
import com.greencert.criteria.domain.EvidenceFact;
import com.greencert.criteria.domain.FactSheet;
import com.greencert.criteria.domain.ProductFact;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FactSheetCodecTest {

    private static final TenantId LI = TenantId.of("zhejiang-greenpower");

    @Test
    void a_sheet_reads_back_as_it_was_written_every_field_and_every_absent_value_included() {
        ProductId cell = ProductId.newId();
        ProductId solvent = ProductId.newId();
        FacilityId plant = FacilityId.newId();
        CredentialFact suspended = new CredentialFact(CredentialId.newId(), SchemeId.newId(), TenantId.of("sino-eco-cert"),
                new CredentialStanding(ApplicationId.newId(), "GC-2026-0001", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2028, 1, 1), Instant.parse("2026-11-02T10:15:30.123456Z"), null, null),
                Set.of(cell));
        CredentialFact plain = new CredentialFact(CredentialId.newId(), SchemeId.newId(), TenantId.of("sino-eco-cert"),
                new CredentialStanding(ApplicationId.newId(), null, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1),
                        null, Instant.EPOCH, Instant.parse("2026-01-01T00:00:00Z")), Set.of());
        FactSheet.Product battery = new FactSheet.Product(new ProductFact(cell, "Lithium cell 锂电池", UnNumber.of("UN3480"),
                Set.of(GhsHazardClass.FLAMMABLE_LIQUIDS, GhsHazardClass.ACUTE_TOXICITY),
                Set.of(GhsHazardStatement.of("H225"), GhsHazardStatement.of("H302")), Set.of(TransportHazardClass.of("9")),
                null, List.of(DeclaredValue.of(Quantity.CARBON_FOOTPRINT, new BigDecimal("1.8"), UUID.randomUUID()),
                        DeclaredValue.of(Quantity.RECYCLED_CONTENT, new BigDecimal("35"), null))),
                List.of(new Component("Bis(2-ethylhexyl) phthalate", CasNumber.of("117-81-7"), EcNumber.of("204-211-0"),
                        ConcentrationRange.of(new BigDecimal("0.2000"), new BigDecimal("0.5"))),
                        new Component("Water", CasNumber.of("7732-18-5"), null,
                                ConcentrationRange.of(BigDecimal.ZERO, new BigDecimal("99")))));
        FactSheet.Product plainProduct = new FactSheet.Product(new ProductFact(solvent, "Degreaser", null, Set.of(),
                Set.of(), Set.of(), null, List.of()), List.of());
        FactSheet.Evidence sds = new FactSheet.Evidence(new EvidenceFact(EvidenceId.newId(), EvidenceType.SAFETY_DATA_SHEET,
                LocalDate.of(2026, 3, 1), null, "a".repeat(64), Set.of(cell, solvent), Set.of(), null), true);
        FactSheet.Evidence old = new FactSheet.Evidence(new EvidenceFact(EvidenceId.newId(),
                EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE, LocalDate.of(2023, 3, 1), LocalDate.of(2026, 3, 1),
                "b".repeat(64), Set.of(), Set.of(plant), null), false);
        FactSheet sheet = new FactSheet(LI, true, List.of(suspended, plain), List.of(battery, plainProduct), List.of(plant),
                List.of(sds, old));

        FactSheet read = FactSheetCodec.decode(LI, FactSheetCodec.encode(sheet));

        assertThat(read).isEqualTo(sheet);
        // a reader that needs less skips the rest, and sees the same as one that read it all
        FactSheetCodec.Encoded bytes = FactSheetCodec.encode(sheet);
        assertThat(new FactSheetCodec.Reader(FactSheetCodec.Parts.PUBLIC).read(LI, bytes.head(), null, null).published())
                .isEqualTo(sheet.published());
        FactSheet withoutComposition = new FactSheetCodec.Reader(FactSheetCodec.Parts.SHARED)
                .read(LI, bytes.head(), bytes.shared(), null);
        assertThat(withoutComposition.sharedWith(Set.of(sds.fact().id()), null))
                .isEqualTo(sheet.sharedWith(Set.of(sds.fact().id()), null));
        assertThat(withoutComposition.products()).allSatisfy(p -> assertThat(p.composition()).isEmpty());
        assertThat(FactSheetCodec.decode(LI, FactSheetCodec.encode(new FactSheet(LI, false, List.of(), List.of(), List.of(),
                List.of())))).isEqualTo(new FactSheet(LI, false, List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void bytes_of_another_format_cut_short_or_missing_a_part_read_as_no_sheet() {
        FactSheet sheet = new FactSheet(LI, true, List.of(), List.of(), List.of(FacilityId.newId()), List.of());
        FactSheetCodec.Encoded bytes = FactSheetCodec.encode(sheet);
        byte[] otherFormat = bytes.head().clone();
        otherFormat[0] = (byte) (FactSheetCodec.FORMAT + 1);
        FactSheetCodec.Reader all = new FactSheetCodec.Reader(FactSheetCodec.Parts.ALL);

        assertThat(all.read(LI, otherFormat, bytes.shared(), bytes.composition())).isNull();
        assertThat(all.read(LI, java.util.Arrays.copyOf(bytes.head(), bytes.head().length - 3), bytes.shared(),
                bytes.composition())).isNull();
        assertThat(all.read(LI, new byte[0], bytes.shared(), bytes.composition())).isNull();
        assertThat(all.read(LI, bytes.head(), bytes.shared(), null)).isNull();
        assertThat(new FactSheetCodec.Reader(FactSheetCodec.Parts.SHARED).read(LI, bytes.head(), null, null)).isNull();
        assertThat(all.read(LI, bytes.head(), bytes.shared(), bytes.composition())).isEqualTo(sheet);
    }
}

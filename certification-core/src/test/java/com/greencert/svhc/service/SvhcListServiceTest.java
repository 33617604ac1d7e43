package com.greencert.svhc.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.reference.domain.CasNumber;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.RowError;
import com.greencert.shared.domain.RowsRejectedException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import com.greencert.shared.domain.PageRequest;
import com.greencert.svhc.domain.InMemorySvhcListVersions;
import com.greencert.svhc.domain.SvhcListVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SvhcListServiceTest {

    private static final String HEADER = "Substance name,EC No.,CAS No.,Date of inclusion,Reason for inclusion\n";
    private static final String JUNE_2025 = HEADER
            + "Lead,231-100-4,7439-92-1,2018-06-27,Toxic for reproduction (Article 57c)\n"
            + "Bis(2-ethylhexyl) phthalate (DEHP),204-211-0,117-81-7,2008-10-28,Toxic for reproduction (Article 57c)\n";

    private final InMemorySvhcListVersions versions = new InMemorySvhcListVersions();
    private final CallerContext callers = new CallerContext();
    private final SvhcListService service = new SvhcListService();
    private final com.greencert.testing.RecordingEvent<com.greencert.svhc.domain.SvhcListImported> imports =
            new com.greencert.testing.RecordingEvent<>();

    @BeforeEach
    void wire() {
        service.versions = versions;
        service.imported = imports;
        service.callers = callers;
        service.clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    }

    private void actAs(String tenant, Role... roles) {
        callers.set(new Caller(new UserId("u-" + tenant), "user." + tenant, null, TenantId.of(tenant), Set.of(roles)));
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_starter_list_is_seeded_once_without_a_caller() {
        Optional<SvhcListVersion> seeded = service.seedStarterList();
        assertThat(seeded).get().satisfies(v -> {
            assertThat(v.label()).isEqualTo(SvhcListService.STARTER_LABEL).isEqualTo("starter-2026-11");
            assertThat(v.entryCount()).isEqualTo(16);
            assertThat(v.importedBy()).isEqualTo("system");
            assertThat(v.publishedOn()).isEqualTo(LocalDate.of(2018, 6, 27)); // its newest entry (lead)
            assertThat(v.findByCas(CasNumber.of("117-81-7"))).isPresent();
        });
        assertThat(service.seedStarterList()).isEmpty();
        assertThat(versions.all()).hasSize(1);
    }

    @Test
    void the_platform_admin_previews_a_file_against_the_current_version_without_writing() {
        service.seedStarterList();
        actAs("greencert-platform", Role.PLATFORM_ADMIN);
        SvhcImportPreview preview = service.preview(csv(JUNE_2025
                + "New substance,200-001-8,50-00-0,2025-06-25,Carcinogenic (Article 57a)\n"));
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).isEqualTo(3);
        assertThat(preview.currentLabel()).isEqualTo("starter-2026-11");
        assertThat(preview.diff().added()).extracting(e -> e.substanceName()).containsExactly("New substance");
        assertThat(preview.diff().removed()).hasSize(14);
        assertThat(preview.diff().changed()).extracting(c -> c.before().substanceName()) // reasons differ
                .containsExactly("Bis(2-ethylhexyl) phthalate (DEHP)");
        assertThat(preview.diff().unchanged()).isEqualTo(1); // lead
        assertThat(versions.all()).hasSize(1);
    }

    @Test
    void a_preview_reports_row_errors() {
        actAs("greencert-platform", Role.PLATFORM_ADMIN);
        SvhcImportPreview preview = service.preview(csv(HEADER + "Lead,231-100-4,7439-92-2,2018-06-27,x\n"));
        assertThat(preview.importable()).isFalse();
        assertThat(preview.errors()).extracting(SvhcRowError::row).containsExactly(2);
        assertThat(preview.currentLabel()).isNull();
    }

    @Test
    void an_import_becomes_the_current_version() {
        service.seedStarterList();
        actAs("greencert-platform", Role.PLATFORM_ADMIN);
        SvhcListVersion imported = service.importVersion(
                new ImportSvhcList("2026-06-25", LocalDate.of(2026, 6, 25), "candidate-list.csv"), csv(JUNE_2025));
        assertThat(imported.entryCount()).isEqualTo(2);
        assertThat(imported.importedBy()).isEqualTo("user.greencert-platform");
        assertThat(imported.source()).contains("candidate-list.csv");
        assertThat(service.current()).contains(imported);
        SvhcListVersion later = service.importVersion(new ImportSvhcList("2026-11-28", LocalDate.of(2026, 11, 28), null),
                csv(JUNE_2025));
        assertThat(service.current()).contains(later);
        // each import tells who screens against the list what was in force before
        assertThat(imports.fired).extracting(e -> e.before().map(SvhcListVersion::label).orElse(null), e -> e.now().label())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("starter-2026-11", "2026-06-25"),
                        org.assertj.core.groups.Tuple.tuple("2026-06-25", "2026-11-28"));
        assertThat(service.versions(PageRequest.first()).items()).extracting(SvhcListVersion::label)
                .containsExactly("2026-11-28", "2026-06-25", "starter-2026-11");
        assertThat(service.versions(PageRequest.of(1, 1)).items()).extracting(SvhcListVersion::label).containsExactly("2026-06-25");
        assertThat(service.versions(PageRequest.of(0, 1)).total()).isEqualTo(3);
        assertThat(service.get(imported.id())).isSameAs(imported);
    }

    @Test
    void an_import_with_any_bad_row_writes_nothing() {
        actAs("greencert-platform", Role.PLATFORM_ADMIN);
        assertThatThrownBy(() -> service.importVersion(new ImportSvhcList("2025-06-25", LocalDate.of(2025, 6, 25), null),
                csv(JUNE_2025 + "Broken,231-100-5,7439-92-1,2018-06-27,x\n")))
                .isInstanceOf(RowsRejectedException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("svhc.import.rejected");
                    assertThat(((DomainException) e).arguments()).containsExactly(1, 4);
                    assertThat(((RowsRejectedException) e).rows()).extracting(RowError::row, RowError::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "svhc.import.ec.invalid"));
                });
        assertThat(versions.all()).isEmpty();
    }

    @Test
    void labels_are_unique_and_versions_cannot_go_back_in_time_or_come_from_the_future() {
        actAs("greencert-platform", Role.PLATFORM_ADMIN);
        service.importVersion(new ImportSvhcList("2025-06-25", LocalDate.of(2025, 6, 25), null), csv(JUNE_2025));
        assertThatThrownBy(() -> service.importVersion(new ImportSvhcList("2025-06-25", LocalDate.of(2025, 6, 25), null),
                csv(JUNE_2025))).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("svhc.version.exists");
        assertThatThrownBy(() -> service.importVersion(new ImportSvhcList("2025-01-21", LocalDate.of(2025, 1, 21), null),
                csv(JUNE_2025))).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("svhc.version.older");
        assertThatThrownBy(() -> service.importVersion(new ImportSvhcList("2027-01-01", LocalDate.of(2027, 1, 1), null),
                csv(JUNE_2025))).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("svhc.version.published.future");
        assertThatThrownBy(() -> service.importVersion(new ImportSvhcList("bad/label", LocalDate.of(2025, 7, 1), null),
                csv(JUNE_2025))).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("svhc.version.label.invalid");
        assertThat(versions.all()).hasSize(1);
    }

    @Test
    void only_the_platform_admin_previews_and_imports() {
        actAs("jiangsu-qingyuan", Role.SUPPLIER, Role.TENANT_ADMIN);
        assertThatThrownBy(() -> service.preview(csv(JUNE_2025))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importVersion(new ImportSvhcList("x", LocalDate.of(2025, 6, 25), null),
                csv(JUNE_2025))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.versions(PageRequest.first()).items()).isEmpty();
        callers.set(null);
        assertThatThrownBy(() -> service.versions(PageRequest.first())).isInstanceOf(AccessDeniedException.class);
    }
}

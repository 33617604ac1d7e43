package com.greencert.credential.service;

import com.greencert.testing.RecordingEvent;
import com.greencert.audit.service.AuditTrail;
import com.greencert.certification.domain.Accreditation;
import com.greencert.certification.domain.Accreditations;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.CertifiedFixture;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Schemes;
import com.greencert.certification.service.ApplicationChanged;
import com.greencert.credential.pdf.CertificatePdf;
import com.greencert.evidence.domain.Evidences;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import com.greencert.supplier.domain.PublicProfiles;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The credential services wired by hand over in-memory ports (pure-logic tests): a body {@code sinoeco-cert}
 * accredited for GCE-GOLD, a supplier, a clock the test moves, an audit trail that only remembers.
 */
final class CredentialHarness {

    static final TenantId BODY = CertifiedFixture.BODY;
    static final TenantId SUPPLIER = CertifiedFixture.SUPPLIER;

    final MovableClock clock = new MovableClock(CertifiedFixture.TODAY.atTime(10, 0, 0, 500_000_000)
            .toInstant(ZoneOffset.UTC)); // not on a whole second: a credential's iat is (the key was made within the second)
    final InMemoryCredentials credentials = new InMemoryCredentials();
    final Map<ApplicationId, CertificationApplication> apps = new HashMap<>();
    final Map<SchemeId, Scheme> schemeMap = new HashMap<>();
    final Map<TenantId, Tenant> tenantMap = new HashMap<>();
    final List<Accreditation> accreditationList = new ArrayList<>();
    final List<String> audit = new ArrayList<>();
    String kek = Base64.getEncoder().encodeToString(new byte[32]);
    String algorithm = "EdDSA";
    final CallerContext callers = new CallerContext();

    final SigningKeys keys = new SigningKeys();
    final StatusLists statusLists = new StatusLists();
    final CredentialFactory factory = new CredentialFactory();
    final CredentialIssuance issuance = new CredentialIssuance();
    final RecordingEvent<CredentialChanged> credentialChanges = new RecordingEvent<>();
    final TrustStore trust = new TrustStore();
    final CredentialVerification verification = new CredentialVerification();
    final PublicCredentials publicCredentials = new PublicCredentials();
    final SigningKeyService keyService = new SigningKeyService();
    final CredentialService service = new CredentialService();

    CredentialHarness() {
        tenantMap.put(BODY, new Tenant(BODY, "SinoEco Certification", "中环认证", TenantType.CERTIFICATION_BODY, "CN", Instant.EPOCH));
        tenantMap.put(SUPPLIER, new Tenant(SUPPLIER, "Zhejiang GreenPower Ltd", "浙江绿能有限公司", TenantType.SUPPLIER, "CN", Instant.EPOCH));
        accreditationList.add(new Accreditation(BODY, "GCE-GOLD", List.of("28", "38", "85"), null, CertifiedFixture.TODAY));
        callers.set(new Caller(new UserId("sun"), "sun.decider", "Sun", BODY, Set.of(Role.DECISION_MAKER, Role.TENANT_ADMIN)));

        GreenCertConfig config = new GreenCertConfig() {
            @Override
            public String publicUrl() {
                return "http://localhost:8080";
            }

            @Override
            public Optional<String> credentialKek() {
                return Optional.ofNullable(kek);
            }

            @Override
            public String credentialAlgorithm() {
                return algorithm;
            }
        };
        AuditTrail trail = new AuditTrail() {
            @Override
            public void record(TenantId ledger, String action, String subjectType, String subjectId, String detail) {
                audit.add(ledger + " " + action + " " + subjectId + " " + detail);
            }
        };
        Tenants tenants = port(Tenants.class, Map.of("find", a -> Optional.ofNullable(tenantMap.get((TenantId) a[0]))));
        PublicProfiles profiles = port(PublicProfiles.class, Map.of("of", a -> Optional.empty()));
        Evidences evidences = port(Evidences.class, Map.of("findGranted", a -> Optional.empty()));
        Accreditations accreditations = port(Accreditations.class, Map.of("ofBody",
                a -> accreditationList.stream().filter(x -> x.body().equals(a[0])).toList()));
        Applications applications = port(Applications.class, Map.of("find", a -> Optional.ofNullable(apps.get((ApplicationId) a[0]))));
        Schemes schemes = port(Schemes.class, Map.of("find", a -> Optional.ofNullable(schemeMap.get((SchemeId) a[0]))));

        keys.credentials = credentials;
        keys.config = config;
        keys.trail = trail;
        keys.clock = clock;
        statusLists.credentials = credentials;
        statusLists.keys = keys;
        factory.credentials = credentials;
        factory.keys = keys;
        factory.statusLists = statusLists;
        factory.tenants = tenants;
        factory.profiles = profiles;
        factory.evidences = evidences;
        factory.trail = trail;
        factory.clock = clock;
        trust.credentials = credentials;
        trust.tenants = tenants;
        trust.accreditations = accreditations;
        trust.profiles = profiles;
        issuance.applications = applications;
        issuance.schemes = schemes;
        issuance.credentials = credentials;
        issuance.issuer = factory;
        issuance.statusLists = statusLists;
        issuance.trail = trail;
        issuance.trust = trust;
        issuance.clock = clock;
        issuance.changed = credentialChanges;
        verification.trust = trust;
        verification.keys = keys;
        verification.statusLists = statusLists;
        verification.clock = clock;
        publicCredentials.trust = trust;
        publicCredentials.credentials = credentials;
        publicCredentials.keys = keys;
        publicCredentials.statusLists = statusLists;
        publicCredentials.clock = clock;
        keyService.credentials = credentials;
        keyService.keys = keys;
        keyService.trust = trust;
        keyService.tenants = tenants;
        keyService.callers = callers;
        keyService.trail = trail;
        keyService.clock = clock;
        service.applications = applications;
        service.credentials = credentials;
        service.callers = callers;
        service.keys = keys;
        service.pdf = new CertificatePdf();
        service.clock = clock;
    }

    /** Registers the application and tells the credential feature what the decision did (as the service's event does). */
    void changed(CertifiedFixture f, String event) {
        apps.put(f.app().id(), f.app());
        schemeMap.put(f.scheme().id(), f.scheme());
        issuance.on(new ApplicationChanged(f.app().id(), SUPPLIER, BODY, event, f.app().storedStatus(), f.app().storedStatus(),
                "sun.decider", BODY, null, clock.instant(), true));
    }

    @SuppressWarnings("unchecked")
    static <T> T port(Class<T> type, Map<String, Function<Object[], Object>> methods) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> m = methods.get(method.getName());
            if (m == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return m.apply(args);
        });
    }

    static final class MovableClock extends Clock {
        private Instant now;
        /** How far each reading moves the clock on (a slow machine: work between two readings takes time). */
        java.time.Duration tick = java.time.Duration.ZERO;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            now = at;
        }

        void set(LocalDate day) {
            now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant at = now;
            now = now.plus(tick);
            return at;
        }
    }
}

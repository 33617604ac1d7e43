package com.greencert.shared.api;

import com.greencert.certification.api.AppealResource;
import com.greencert.certification.api.ComplaintResource;
import com.greencert.certification.api.ApplicationResource;
import com.greencert.certification.api.SchemeResource;
import com.greencert.audit.api.AuditResource;
import com.greencert.criteria.api.CriteriaSetResource;
import com.greencert.criteria.api.InvitationResource;
import com.greencert.criteria.api.JoinInvitationResource;
import com.greencert.criteria.api.JoinLinkResource;
import com.greencert.criteria.api.RegulationImpactResource;
import com.greencert.criteria.api.WatchListResource;
import com.greencert.credential.api.ApplicationCredentialsResource;
import com.greencert.credential.api.CredentialResource;
import com.greencert.credential.api.PublicResource;
import com.greencert.credential.api.SigningKeyResource;
import com.greencert.evidence.api.EvidenceResource;
import com.greencert.evidence.api.EvidenceUploadLimit;
import com.greencert.evidence.api.RefusedFileMapper;
import com.greencert.registry.api.RegistryResource;
import com.greencert.supplier.api.FacilityResource;
import com.greencert.supplier.api.ProductResource;
import com.greencert.supplier.api.ProfileResource;
import com.greencert.svhc.api.SvhcListResource;
import com.greencert.tenant.api.MeResource;
import com.greencert.tenant.api.TenantResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for suppliers' ERPs, buyers and certification bodies. Callers present a Keycloak access
 * token for the audience {@code greencert-api} (MicroProfile JWT), except under {@code /api/public/} (verification,
 * published credentials, public supplier pages: anyone, no token needed). Resources are listed explicitly, so
 * that no provider of a library on the class path (such as the Keycloak admin client's) is picked up.
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "greencert")
@OpenAPIDefinition(
        info = @Info(title = "GreenCert API", version = "0.1",
                description = "Green certification and supplier portal for the hazardous-goods export trade"),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class GreenCertApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(MeResource.class, TenantResource.class, FacilityResource.class,
                ProfileResource.class, ProductResource.class, SvhcListResource.class,
                EvidenceResource.class, EvidenceUploadLimit.class, RefusedFileMapper.class, AuditResource.class,
                ApplicationResource.class, SchemeResource.class, AppealResource.class, ComplaintResource.class,
                PublicResource.class, ApplicationCredentialsResource.class, CredentialResource.class,
                SigningKeyResource.class,
                RegistryResource.class, CriteriaSetResource.class, InvitationResource.class, JoinInvitationResource.class, JoinLinkResource.class, WatchListResource.class, RegulationImpactResource.class,
                DomainExceptionMapper.class, WebApplicationExceptionMapper.class, UnreadableBodyMapper.class,
                UnexpectedExceptionMapper.class, TransactionFailureMapper.class, JsonDepthLimit.class,
                ClientRateLimit.class, PageHeaders.class);
    }

    /** No WADL: it described every resource to anyone asking {@code OPTIONS} and named Jersey's version. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}

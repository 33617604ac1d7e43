package com.greencert.shared.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;

/**
 * Browser sign-in: OpenID Connect code flow against Keycloak (Jakarta Security), configured from
 * {@link com.greencert.shared.config.GreenCertConfig}. The REST API uses MicroProfile JWT instead (see
 * {@link AuthenticationRouter}). Roles are Keycloak realm roles, carried in the {@code groups} claim.
 */
@ApplicationScoped
@DeclareRoles({"buyer", "supplier", "assessor", "reviewer", "decision-maker", "tenant-admin", "platform-admin"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${greencertConfig.issuer}",
        clientId = "${greencertConfig.clientId}",
        clientSecret = "${greencertConfig.clientSecret}",
        redirectURI = "${greencertConfig.redirectUri}",
        // the portal's relay to Keycloak's own endpoint: it adds ui_locales (SignInRelay); the rest is discovered
        providerMetadata = @OpenIdProviderMetadata(authorizationEndpoint = "${greencertConfig.signInRelayUri}"),
        redirectToOriginalResource = true,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        tokenAutoRefresh = true,
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${greencertConfig.logoutRedirectUri}"))
public class SecurityConfig {
}

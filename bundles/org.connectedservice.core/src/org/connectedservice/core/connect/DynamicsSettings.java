package org.connectedservice.core.connect;

import java.net.URI;

/**
 * A Dataverse organization reached as an application user with OAuth2 client credentials. tokenEndpoint is the
 * tenant's v2.0 token address (https://login.microsoftonline.com/TENANT/oauth2/v2.0/token).
 */
public record DynamicsSettings(URI organizationUrl, URI tokenEndpoint, String clientId, String clientSecret) {

    /** The OAuth2 scope Dataverse expects: the organization address with /.default. */
    public String scope() {
        String base = organizationUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + ".default";
    }
}

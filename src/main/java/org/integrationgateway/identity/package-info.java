/**
 * Identity: user accounts, sign-in, system roles, personal API tokens and the security rules of every endpoint.
 * Other modules learn who is acting through {@link org.integrationgateway.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.integrationgateway.identity;

/**
 * Web shell: the page layout, the home page, error pages and the translation of domain exceptions into
 * RFC 9457 problem details (API) or error pages (UI). No other module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.integrationgateway.web;

/**
 * Demo: the Kestrel Industrial demo organisation, loaded on the first start of the embedded H2 database so that a
 * newcomer can try every capability at once. It is never applied to PostgreSQL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.integrationgateway.demo;

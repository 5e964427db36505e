/**
 * Organisation: departments, people, customer organisations and their contacts.
 * Other modules look people up through {@link org.integrationgateway.organisation.PersonDirectory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.integrationgateway.organisation;

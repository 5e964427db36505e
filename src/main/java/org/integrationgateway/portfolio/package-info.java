/**
 * Portfolio: programs, projects and the matrix assignments of people to projects, with the rules that keep
 * a person's allocation at or below 100 % and that flag projects lacking a marketing or sales liaison.
 * People are known only through {@link org.integrationgateway.organisation.PersonDirectory}; other modules
 * react to the past-tense events in {@code portfolio.events}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation"})
package org.integrationgateway.portfolio;

/**
 * Transfer: export of one project, with everything about it, as one documented JSON file, and its import into
 * another instance ({@code docs/export-format.md}). Schema-driven: a checked-in inventory names every table of the
 * schema as exported (and how its rows hang off the project) or excluded (and why); it uses no other module's types.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.integrationgateway.transfer;

/**
 * The customer's end of the loop: the customer portal (a contact's own organisation's quotes and orders, the state of
 * their customisations, the project milestones, the spec items they bought as their variant, and change requests
 * against their own orders) and user acceptance of deliverables: tasks with steps and expected results assigned to
 * customer contacts, and the acceptance record, the customer's accept or reject decision as a transaction that is
 * written once, hashed (SHA-256 of the exact content accepted) and re-verifiable. A rejection lists defects, each of
 * which may raise a change request (origin CUSTOMER). Design: {@code docs/acceptance.md}.
 *
 * <p>A customer contact sees only what belongs to their organisation; anything else answers 404 without saying
 * whether it exists. Never depends on {@code realtime} or {@code integration}: they pick up the events of
 * {@code acceptance.events}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation",
        "portfolio", "stagegate", "changecontrol", "specs", "sales"})
package org.integrationgateway.acceptance;

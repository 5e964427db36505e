/**
 * Sales at the customer's site, first slice: the customer organisations of {@code organisation} seen as sales
 * accounts (read through its public API, never copied) and the opportunities of the pipeline: customer, primary
 * contact, stage, value and currency, probability, expected close date, owner (a person in a SALES department) and
 * the projects an opportunity concerns. Who sees and edits what is decided by {@link
 * org.integrationgateway.sales.SalesPermissions} (see {@code docs/sales.md}).
 *
 * <p>Quotes, the offer catalogue, the live answer loop and orders plug in next; they will also use change control
 * and specs. This module never depends on {@code realtime} or {@code integration}: they pick up its past-tense
 * events from {@code sales.events}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation",
        "portfolio", "changecontrol", "changecontrol :: events", "specs"})
package org.integrationgateway.sales;

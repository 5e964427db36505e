/**
 * Sales at the customer's site: the customer organisations of {@code organisation} seen as sales accounts (read
 * through its public API, never copied), the opportunities of the pipeline, quotes whose standard options come from
 * the project's offer catalogue (specs) and whose customisations become change requests (change control) answered
 * back onto the quote, and the orders booked from accepted quotes. Who sees and edits what is decided by {@link
 * org.integrationgateway.sales.SalesPermissions} (see {@code docs/sales.md}).
 *
 * <p>This module never depends on {@code realtime} or {@code integration}: they pick up its past-tense events from
 * {@code sales.events}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation",
        "portfolio", "changecontrol", "changecontrol :: events", "specs"})
package org.integrationgateway.sales;

/**
 * The project team's side of acceptance: the project's acceptance page (tasks, records, the assign form; live), a
 * task's page (steps and results, cancel), a record's page (the stored document, its hash, re-verification, defects
 * with one-click change requests), and the staff JSON API. The customer's side is the portal's.
 */
package org.integrationgateway.acceptance.web;

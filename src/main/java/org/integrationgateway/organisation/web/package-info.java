/**
 * Pages, htmx fragments and JSON API of the organisation: departments, people, customers and their contacts,
 * and the customer portal's view of the contact's own organisation.
 */
package org.integrationgateway.organisation.web;

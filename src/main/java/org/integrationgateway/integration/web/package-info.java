/** Administrators' pages and API for webhook endpoints, their delivery log, redelivery and secret rotation. */
package org.integrationgateway.integration.web;

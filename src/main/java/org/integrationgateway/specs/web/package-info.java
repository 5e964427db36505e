/** Pages and JSON API of design specifications, baselines, variants and traceability. */
package org.integrationgateway.specs.web;

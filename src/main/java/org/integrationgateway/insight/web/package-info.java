/** Pages and JSON/CSV API of insight: the dual scoreboard and every measure as JSON and as CSV. */
package org.integrationgateway.insight.web;

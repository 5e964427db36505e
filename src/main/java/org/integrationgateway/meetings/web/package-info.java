/** Pages and JSON API of status reports: a project's history and new report, a report, the project page's latest, the cadence. */
package org.integrationgateway.meetings.web;

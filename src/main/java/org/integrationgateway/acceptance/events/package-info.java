/**
 * What the acceptance module announces: tasks assigned, steps recorded, tasks cancelled, deliverables accepted or
 * rejected (the project side of the scoreboard) and change requests raised from defects. Acceptances and rejections
 * join the traceability graph (item revision and order → deliverable → acceptance → change request).
 */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.acceptance.events;

/** Past-tense events of the specs module: item revisions, frozen baselines, variant changes, reviewed trace links. */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.specs.events;

/** Past-tense events of the portfolio, each an audited change with before and after snapshots. */
@org.springframework.modulith.NamedInterface("events")
package org.integrationgateway.portfolio.events;

/**
 * Market research intake: findings (what was observed, from which source, in which segment, with what evidence,
 * sample size and confidence, surfaced by whom), their interpretation by a marketing person (which projects and spec
 * items they bear on, and how; whether they contradict a baselined item) and their action: a change request raised on
 * a project (origin MARKET_RESEARCH, source the finding), links to spec items as supporting evidence, or dismissal
 * with a reason. A contradicting finding flags its project and is put on the agenda of the project's next gate review
 * (through {@code stagegate.spi}) until it is actioned. Design: {@code docs/research.md}.
 *
 * <p>Depends on change control (raising) and specs (items and baselines); never on {@code realtime} or
 * {@code integration}, which pick up its events from {@code research.events}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organisation",
        "portfolio", "changecontrol", "specs", "stagegate :: spi"})
package org.integrationgateway.research;

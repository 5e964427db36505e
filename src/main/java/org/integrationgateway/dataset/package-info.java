/**
 * Dataset: a generator that fills an empty database (embedded H2 or PostgreSQL) with a large, realistic organisation,
 * deterministic by seed, for benchmarks and trials at scale. It writes every module's tables with plain SQL in bulk
 * and depends on no other module's Java types. Run it as a command (see {@code docs/performance.md}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.integrationgateway.dataset;

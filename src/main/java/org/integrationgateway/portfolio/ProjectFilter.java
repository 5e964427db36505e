package org.integrationgateway.portfolio;

/** Filters of the project list; null or blank means "any". {@code text} matches code or name, ignoring case. */
public record ProjectFilter(String text, Long programId, ProjectStatus status) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null);
    }
}

package org.integrationgateway.research;

/**
 * A change request to raise from a finding on one of the projects it bears on: title (default: the finding's title),
 * description (default: the finding's summary and interpretation), class NORMAL, STANDARD or EMERGENCY (default
 * NORMAL), the stage whose gate it targets (optional) and the spec items it affects (keys, optional).
 */
public record ActionInput(Long projectId, String title, String description, String changeClass, Integer targetStage,
                          java.util.List<String> affectedItemKeys) {
}

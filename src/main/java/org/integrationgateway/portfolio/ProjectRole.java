package org.integrationgateway.portfolio;

/** The role a person plays in one project through a matrix assignment (not a system role). */
public enum ProjectRole {
    PROJECT_MANAGER, MARKETING_LIAISON, SALES_LIAISON, ENGINEER, DESIGNER, QUALITY, GATEKEEPER
}

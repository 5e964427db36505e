package org.integrationgateway.organisation;

/** What a department does; marketing and sales departments supply a project's liaisons. */
public enum DepartmentKind {
    MARKETING, SALES, ENGINEERING, PMO, QUALITY, OTHER
}

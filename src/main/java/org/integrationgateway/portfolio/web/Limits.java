package org.integrationgateway.portfolio.web;

/** Input limits shared by forms and API bodies; lengths match the columns of the portfolio tables. */
final class Limits {

    static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    static final String CODE_MESSAGE = "must start with a letter or digit and contain only letters, digits, '.', '_' and '-'";

    private Limits() {
    }
}

package org.integrationgateway.portfolio.web;

import java.time.LocalDate;
import java.util.UUID;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.TestUsers;
import org.integrationgateway.portfolio.PortfolioFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A small organisation for each test: a marketing and an engineering department, a project manager who signs in,
 * a marketing person (Lena Vogt) and an engineer, one program and one project managed by the manager, and users
 * of every system role.
 */
abstract class PortfolioWebTestSupport {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Autowired PortfolioFixtures fixtures;

    CurrentUser admin;
    CurrentUser pmo;
    CurrentUser staff;
    CurrentUser managerUser;
    CurrentUser customer;
    long marketing;
    long engineering;
    long manager;
    long lena;
    long engineer;
    long program;
    long project;
    String projectCode;

    @BeforeEach
    void organisation() {
        admin = users.create(Role.ADMINISTRATOR);
        pmo = users.create(Role.PMO);
        staff = users.create(Role.STAFF);
        managerUser = users.create(Role.STAFF);
        customer = users.create(1L, Role.CUSTOMER_CONTACT);
        marketing = fixtures.department("MARKETING");
        engineering = fixtures.department("ENGINEERING");
        manager = fixtures.person("Mara Keller", engineering, managerUser.accountId());
        lena = fixtures.person("Lena Vogt", marketing);
        engineer = fixtures.person("Tomas Berg", engineering);
        program = fixtures.program(unique("P"), "Packaging");
        projectCode = unique("K");
        project = fixtures.project(projectCode, "K7 Packaging Line " + projectCode, program, manager, "ACTIVE");
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Signs the request in as the user, with the CSRF token a browser session would send. */
    static RequestPostProcessor as(CurrentUser user) {
        RequestPostProcessor signedIn = TestUsers.as(user);
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    long assign(long projectId, long person, String role, int percent, String start, String end) {
        return fixtures.assignment(projectId, person, role, percent, d(start), d(end));
    }

    int rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}

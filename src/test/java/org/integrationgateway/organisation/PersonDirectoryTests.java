package org.integrationgateway.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integrationgateway.organisation.OrganisationFixtures.unique;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.integrationgateway.identity.TestUsers;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestUsers.class)
class PersonDirectoryTests {

    @Autowired PersonDirectory directory;
    @Autowired JdbcTemplate jdbc;
    OrganisationFixtures fixtures;
    long marketing;

    @BeforeEach
    void setUp() {
        fixtures = new OrganisationFixtures(jdbc);
        marketing = fixtures.department(unique("Marketing"), DepartmentKind.MARKETING);
    }

    @Test
    void findsOnePersonWithTheirDepartment() {
        String name = unique("Mona");
        long id = fixtures.person(name, marketing);

        PersonSummary summary = directory.find(id).orElseThrow();
        assertThat(summary.fullName()).isEqualTo(name);
        assertThat(summary.departmentId()).isEqualTo(marketing);
        assertThat(summary.departmentKind()).isEqualTo(DepartmentKind.MARKETING);
        assertThat(summary.departmentName()).startsWith("Marketing");
        assertThat(directory.find(999999)).isEmpty();
    }

    @Test
    void findsManyAtOnceKeyedByIdLeavingOutUnknownIds() {
        long a = fixtures.person(unique("Ann"), marketing);
        long b = fixtures.person(unique("Bob"), marketing);

        var found = directory.findAll(Arrays.asList(a, b, a, 999999L, null));
        assertThat(found).containsOnlyKeys(a, b);
        assertThat(found.get(b).id()).isEqualTo(b);
        assertThat(directory.findAll(List.of())).isEmpty();
    }

    @Test
    void findsThePersonOfASignInAccountAndSearchesByNameOrEmail() {
        String tag = unique("srch").replace(" ", "");
        long id = fixtures.person("Zed " + tag, marketing);
        fixtures.person("Abe", "abe." + tag + "@example.test", marketing);
        // an id no account will ever have (identities count up from 1), so no later account collides with it
        long account = -jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from user_account", Long.class);
        jdbc.update("update person set user_account = ? where id = ?", account, id);

        assertThat(directory.findByUserAccount(account)).map(PersonSummary::id).contains(id);
        assertThat(directory.findByUserAccount(account + 1)).isEmpty();
        assertThat(directory.search(tag.toUpperCase(), 10)).extracting(PersonSummary::fullName)
                .containsExactly("Abe", "Zed " + tag);
        assertThat(directory.search(tag, 1)).hasSize(1);
        assertThat(directory.search(tag, 0)).isEmpty();
    }
}

package org.integrationgateway.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY, tests only: reads the {@code person} and {@code department} tables directly while the organisation
 * module's own {@link PersonDirectory} is written in parallel. The registrar adds it only when no other
 * {@link PersonDirectory} bean exists, so it steps aside once the real one is merged; delete both then.
 */
public class TemporaryPersonDirectory implements PersonDirectory {

    private static final String SELECT = "select p.id, p.full_name, p.email, p.department, d.name as department_name,"
            + " d.kind, p.title, p.user_account from person p join department d on d.id = p.department ";
    private static final RowMapper<PersonSummary> ROW = (rs, n) -> new PersonSummary(rs.getLong("id"),
            rs.getString("full_name"), rs.getString("email"), rs.getLong("department"), rs.getString("department_name"),
            DepartmentKind.valueOf(rs.getString("kind")), rs.getString("title"), (Long) rs.getObject("user_account", Long.class));

    private final NamedParameterJdbcTemplate jdbc;

    public TemporaryPersonDirectory(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Optional<PersonSummary> find(long personId) {
        return jdbc.query(SELECT + "where p.id = :id", Map.of("id", personId), ROW).stream().findFirst();
    }

    @Override
    public Map<Long, PersonSummary> findAll(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query(SELECT + "where p.id in (:ids)", new MapSqlParameterSource("ids", List.copyOf(personIds)), ROW)
                .stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    @Override
    public Optional<PersonSummary> findByUserAccount(long userAccountId) {
        return jdbc.query(SELECT + "where p.user_account = :id", Map.of("id", userAccountId), ROW).stream().findFirst();
    }

    @Override
    public List<PersonSummary> search(String text, int limit) {
        return jdbc.query(SELECT + "where lower(p.full_name) like :t or lower(p.email) like :t order by p.full_name limit :limit",
                Map.of("t", "%" + text.toLowerCase() + "%", "limit", limit), ROW);
    }

    @Component
    static class Registrar implements BeanDefinitionRegistryPostProcessor {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
            if (registry instanceof ListableBeanFactory beans
                    && beans.getBeanNamesForType(PersonDirectory.class, true, false).length == 0) {
                registry.registerBeanDefinition("temporaryPersonDirectory", new RootBeanDefinition(TemporaryPersonDirectory.class));
            }
        }
    }
}

package org.integrationgateway.stagegate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectLifecycles extends ListCrudRepository<ProjectLifecycle, Long> {

    Optional<ProjectLifecycle> findByProject(long project);

    List<ProjectLifecycle> findByProjectIn(Collection<Long> projects);

    boolean existsByProject(long project);
}

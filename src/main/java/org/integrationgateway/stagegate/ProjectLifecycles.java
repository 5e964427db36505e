package org.integrationgateway.stagegate;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectLifecycles extends ListCrudRepository<ProjectLifecycle, Long> {

    Optional<ProjectLifecycle> findByProject(long project);

    boolean existsByProject(long project);
}

package org.integrationgateway.changecontrol;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ChangeBoards extends ListCrudRepository<ChangeBoard, Long> {

    Optional<ChangeBoard> findByProject(long project);
}

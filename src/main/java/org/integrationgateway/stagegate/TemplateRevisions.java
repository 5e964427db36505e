package org.integrationgateway.stagegate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Template revisions by id, read once per node. A revision never changes once stored (editing a template stores
 * the next revision) and is never deleted, so a revision read from the database stays true for the life of the node,
 * and every node may keep its own copy. Loading one costs a query per stage and collection (about 14 for the
 * standard template), which the portfolio board and every change request raised used to pay each time.
 * <p>
 * The cache is bounded: past {@link #CAPACITY} revisions it is cleared and fills again from what is asked.
 */
@Component
class TemplateRevisions {

    static final int CAPACITY = 512;

    private final ProcessTemplates templates;
    private final Map<Long, ProcessTemplate> byId = new ConcurrentHashMap<>();

    TemplateRevisions(ProcessTemplates templates) {
        this.templates = templates;
    }

    Optional<ProcessTemplate> find(long id) {
        ProcessTemplate cached = byId.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ProcessTemplate> found = templates.findById(id);
        found.ifPresent(this::remember);
        return found;
    }

    /** The revision {@code id}; it exists, since lifecycles, decisions and reviews refer to it by a foreign key. */
    ProcessTemplate revision(long id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No process template revision " + id));
    }

    /** The revisions with the given ids, those not yet known read in one go. */
    Map<Long, ProcessTemplate> revisions(Collection<Long> ids) {
        List<Long> missing = ids.stream().distinct().filter(id -> !byId.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            templates.findAllById(missing).forEach(this::remember);
        }
        return ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(ProcessTemplate::getId, Function.identity()));
    }

    private void remember(ProcessTemplate template) {
        if (byId.size() >= CAPACITY) {
            byId.clear();
        }
        byId.put(template.getId(), template);
    }
}

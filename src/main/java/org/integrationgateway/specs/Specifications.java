package org.integrationgateway.specs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.integrationgateway.changecontrol.ChangeAction;
import org.integrationgateway.changecontrol.ChangeActor;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.events.SpecItemRevised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The design specifications of projects: items, their revisions, and the implementation of approved change requests
 * as new revisions of the items they affect. Every write is one transaction and publishes {@link SpecItemRevised}.
 * A write that loses a race (two new items taking the same number, two revisions of one item at the same moment)
 * answers 409 and writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Specifications {

    /** Sort fields of item lists, by API name. */
    public static final Map<String, String> SORT = Map.of("key", "i.number", "title", "lower(i.title)",
            "category", "i.category", "status", "i.status", "revisedAt", "i.revised_at");
    public static final Sort DEFAULT_SORT = Sort.by("key");

    private static final String SELECT = "select i.id, i.project, i.item_key, i.number, i.title, i.category, i.priority,"
            + " i.status, i.current_revision, i.locked_by_baseline, i.revised_at, i.created_at, i.version from spec_item i";
    private static final RowMapper<SpecItemRow> ROW = (rs, n) -> new SpecItemRow(rs.getLong("id"), rs.getLong("project"),
            rs.getString("item_key"), rs.getInt("number"), rs.getString("title"), rs.getString("category"),
            ItemPriority.valueOf(rs.getString("priority")), ItemStatus.valueOf(rs.getString("status")),
            rs.getInt("current_revision"), rs.getObject("locked_by_baseline") != null, revisedAt(rs), rs.getLong("version"));

    private final SpecItems items;
    private final ItemRevisions revisions;
    private final Portfolio portfolio;
    private final ChangeControl changeControl;
    private final SpecPermissions permissions;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Specifications(SpecItems items, ItemRevisions revisions, Portfolio portfolio, ChangeControl changeControl,
                   SpecPermissions permissions, NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events,
                   Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.portfolio = portfolio;
        this.changeControl = changeControl;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** A page of the project's items, filtered and sorted in SQL. */
    public Page<SpecItemRow> items(long projectId, ItemFilter filter, Pageable pageable) {
        portfolio.project(projectId);
        ItemFilter f = filter == null ? ItemFilter.none() : filter;
        MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
        StringBuilder where = new StringBuilder(" where i.project = :project");
        if (f.category() != null && !f.category().isBlank()) {
            where.append(" and i.category = :category");
            params.addValue("category", f.category().strip().toLowerCase(Locale.ROOT));
        }
        if (f.status() != null) {
            where.append(" and i.status = :status");
            params.addValue("status", f.status().name());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(i.title) like :text escape '\\' or lower(i.item_key) like :text escape '\\')");
            params.addValue("text", "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.queryForObject("select count(*) from spec_item i" + where, params, Long.class);
        List<String> order = new ArrayList<>();
        for (Sort.Order o : pageable.getSort()) {
            String column = SORT.get(o.getProperty());
            if (column != null) {
                order.add(column + (o.isAscending() ? " asc" : " desc"));
            }
        }
        order.add("i.number asc");
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<SpecItemRow> content = jdbc.query(SELECT + where + " order by " + String.join(", ", order)
                + " limit :limit offset :offset", params, ROW);
        return new PageImpl<>(content, pageable, total);
    }

    /** The categories used in the project's spec, alphabetically. */
    public List<String> categories(long projectId) {
        return jdbc.queryForList("select distinct category from spec_item where project = :project order by category",
                Map.of("project", projectId), String.class);
    }

    public SpecItem item(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("Spec item", id));
    }

    /** The item with {@code key} (case-insensitive, e.g. {@code spec-14}) in the project, or NotFound. */
    public SpecItem itemByKey(long projectId, String key) {
        String normalised = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        return items.findByProjectAndItemKey(projectId, normalised)
                .orElseThrow(() -> new NotFoundException("Spec item", normalised));
    }

    public ItemRevision currentRevision(long itemId) {
        SpecItem item = item(itemId);
        return revision(itemId, item.getCurrentRevision());
    }

    /** The item's revisions, newest first. */
    public List<ItemRevision> history(long itemId) {
        item(itemId);
        return revisions.findBySpecItemOrderByRevisionDesc(itemId);
    }

    public ItemRevision revision(long itemId, int revision) {
        return revisions.findBySpecItemAndRevision(itemId, revision)
                .orElseThrow(() -> new NotFoundException("Revision " + revision + " of spec item", itemId));
    }

    public ItemRevision revisionById(long revisionId) {
        return revisions.findById(revisionId).orElseThrow(() -> new NotFoundException("Item revision", revisionId));
    }

    /** The revisions that implemented a change request, by item key. */
    public List<ItemRevision> revisionsOfChange(long changeRequestId) {
        return revisions.findByChangeRequestOrderByItemKey(changeRequestId);
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /** A new item in the project, with its first revision. */
    @Transactional
    public SpecItem create(long projectId, ItemContent content, String reason) {
        portfolio.project(projectId);
        SpecItem item = SpecItem.create(projectId, items.nextNumber(projectId), content, clock.instant());
        ItemRules.reason(reason);
        try {
            item = items.save(item);
        } catch (DuplicateKeyException numberTaken) {
            throw new ConflictException("item-number-taken", "Someone added an item to this spec at the same moment, "
                    + "so " + item.getItemKey() + " was taken. Nothing was saved; add the item again.");
        }
        write(item, content, reason, null, null);
        return item;
    }

    /**
     * A direct edit: the next revision of an item that is not baselined.
     *
     * @throws RuleViolationException if the item is baselined (it changes only through a change request)
     */
    @Transactional
    public SpecItem revise(long itemId, Long expectedVersion, ItemContent content, String reason) {
        SpecItem item = item(itemId);
        if (expectedVersion != null && !Objects.equals(expectedVersion, item.getVersion())) {
            throw ConflictException.staleVersion(item.getItemKey());
        }
        write(item, content, reason, null, currentRevisionOrNull(item));
        return item;
    }

    /**
     * Implements an approved change request: writes the new revision of each changed item (each must be one of the
     * request's affected items, in its project), linked to the request, then moves the request to IMPLEMENTED through
     * change control's own rule. All or nothing: a refusal writes no revision and leaves the request as it was.
     *
     * @throws ConflictException {@code not-approved} (409) unless the request is APPROVED
     * @throws NotPermittedException {@code not-permitted} (403) unless the signed-in person may implement it (change
     *                               control's IMPLEMENT permission: the project manager, engineers and designers)
     * @throws RuleViolationException {@code not-affected} / {@code unknown-item} (422) for an item the request does
     *                                not affect or the spec does not have; {@code baselined} never applies here
     * @throws InvalidRequestException (400) for no changes, an item changed twice, invalid or unchanged content
     */
    @Transactional
    public List<ItemRevision> implement(long changeRequestId, List<ItemChange> changes, String comment) {
        ChangeRequest request = changeControl.changeRequest(changeRequestId);
        if (request.getState() != ChangeState.APPROVED) {
            throw new ConflictException("not-approved", request.key() + " is "
                    + request.getState().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "; only an approved change request is implemented.");
        }
        ChangeActor implementer = changeControl.actorFor(request);
        if (!implementer.isAny(ChangeAction.IMPLEMENT.permitted())) {
            throw new NotPermittedException("not-permitted", "Only the project manager and the project's engineers and "
                    + "designers can implement " + request.key() + ".");
        }
        if (changes == null || changes.isEmpty()) {
            throw new InvalidRequestException("changes", "Give the new content of at least one affected item.");
        }
        Set<String> affected = new java.util.LinkedHashSet<>();
        request.getAffectedItems().stream().map(SpecItemRef::itemKey).filter(Objects::nonNull)
                .map(key -> key.strip().toUpperCase(Locale.ROOT)).forEach(affected::add);
        Set<String> seen = new HashSet<>();
        String reason = comment == null || comment.isBlank() ? "Implements " + request.key() + ": " + request.getTitle()
                : comment;
        List<ItemRevision> written = new ArrayList<>();
        for (ItemChange change : changes) {
            String key = change == null || change.itemKey() == null ? "" : change.itemKey().strip().toUpperCase(Locale.ROOT);
            if (!seen.add(key)) {
                throw new InvalidRequestException("changes", key + " is changed twice.");
            }
            if (!affected.contains(key)) {
                throw new RuleViolationException("not-affected", "changes", key + " is not among the items "
                        + request.key() + " affects (" + String.join(", ", affected) + ").");
            }
            SpecItem item = items.findByProjectAndItemKey(request.getProject(), key).orElseThrow(() ->
                    new RuleViolationException("unknown-item", "changes", request.key() + " names " + key
                            + ", which the project's spec does not have."));
            written.add(write(item, change.content(), ItemRules.text("comment", reason, ItemRules.MAX_REASON, true),
                    changeRequestId, currentRevisionOrNull(item)));
        }
        changeControl.implement(changeRequestId, null, "New revisions: " + String.join(", ",
                written.stream().map(ItemRevision::label).toList()));
        return written;
    }

    private ItemRevision currentRevisionOrNull(SpecItem item) {
        return item.getCurrentRevision() == 0 ? null
                : revisions.findBySpecItemAndRevision(item.getId(), item.getCurrentRevision()).orElse(null);
    }

    /** Writes the next revision of {@code item} (updating {@code item} in place) and publishes it. */
    private ItemRevision write(SpecItem item, ItemContent content, String reason, Long changeRequest, ItemRevision current) {
        Instant now = clock.instant();
        PersonSummary author = permissions.currentPerson();
        String authorName = author != null ? author.fullName() : CurrentUser.actorName();
        ItemRevision next = item.revise(content, current, author == null ? null : author.id(), authorName, reason,
                changeRequest, now);
        ItemRevision revision;
        SpecItem saved;
        try {
            revision = revisions.save(next);
            saved = items.save(item);
        } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
            throw ConflictException.staleVersion(item.getItemKey());
        }
        events.publishEvent(new SpecItemRevised(saved.getProject(), saved.getId(), saved.getItemKey(), saved.getTitle(),
                revision.id(), revision.revision(), current == null ? null : current.id(), changeRequest, authorName,
                revision.reason(), now));
        return revision;
    }

    /**
     * Checks {@code content} as a revision would and returns it normalised (trimmed text, lower-case category,
     * defaults), so that a form with several items can show each refusal next to its own item before anything is
     * written. Writes nothing.
     *
     * @throws InvalidRequestException naming the field, as {@link #revise} would
     */
    public ItemContent checkContent(ItemContent content) {
        return ItemRules.check(content);
    }

    private static Instant revisedAt(ResultSet rs) throws SQLException {
        java.time.OffsetDateTime value = rs.getObject("revised_at", java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

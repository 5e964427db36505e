package org.integrationgateway.specs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TraceLinks extends ListCrudRepository<TraceLink, Long> {

    @Query("select * from trace_link where suspect = true and (from_project = :project or to_project = :project)"
            + " order by suspect_since, id")
    List<TraceLink> findSuspects(long project);

    @Query("select id from trace_link where from_type = :fromType and from_id = :fromId and to_type = :toType"
            + " and to_id = :toId and relation = :relation")
    Optional<Long> findLink(String fromType, String fromId, String toType, String toId, String relation);

    /** The label the graph last recorded for node ({@code type}, {@code id}), from either end of a link. */
    @Query("select label from (select from_label as label, id from trace_link where from_type = :type and from_id = :id"
            + " union all select to_label as label, id from trace_link where to_type = :type and to_id = :id) known"
            + " order by id desc limit 1")
    Optional<String> knownLabel(String type, String id);

    @Query("select project from (select from_project as project, id from trace_link where from_type = :type"
            + " and from_id = :id and from_project is not null union all select to_project as project, id"
            + " from trace_link where to_type = :type and to_id = :id and to_project is not null) known"
            + " order by id desc limit 1")
    Optional<Long> knownProject(String type, String id);

    @Modifying
    @Query("insert into trace_link (from_type, from_id, from_label, from_project, to_type, to_id, to_label, to_project,"
            + " relation, recorded_at, suspect, version) values (:fromType, :fromId, :fromLabel, :fromProject, :toType,"
            + " :toId, :toLabel, :toProject, :relation, :at, false, 0)")
    int insert(String fromType, String fromId, String fromLabel, Long fromProject, String toType, String toId,
               String toLabel, Long toProject, String relation, Instant at);

    @Modifying
    @Query("update trace_link set from_label = :label where from_type = :type and from_id = :id and from_label <> :label")
    int relabelFrom(String type, String id, String label);

    @Modifying
    @Query("update trace_link set to_label = :label where to_type = :type and to_id = :id and to_label <> :label")
    int relabelTo(String type, String id, String label);

    /** Flags the links from item revision {@code revisionId} to nodes of {@code types} suspect, unless they are already. */
    @Modifying
    @Query("update trace_link set suspect = true, suspect_since = :since, suspect_reason = :reason, version = version + 1"
            + " where from_type = 'ITEM_REVISION' and from_id = :revisionId and to_type in (:types) and suspect = false")
    int flagSuspect(String revisionId, Collection<String> types, Instant since, String reason);

    @Modifying
    @Query("update trace_link set suspect = false, reviewed_by = :by, reviewed_at = :at, version = version + 1"
            + " where id = :id and version = :version and suspect = true")
    int markReviewed(long id, long version, String by, Instant at);
}

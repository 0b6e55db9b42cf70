package io.liaison.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaison.audit.AuditAction;
import io.liaison.audit.service.AuditEntry.FieldChange;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the audit log: filtered, newest first, paged. */
@ApplicationScoped
public class AuditQuery {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("occurredAt", "a.occurred_at");
    }

    private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() {};

    private final SqlRunner sql;
    private final ObjectMapper mapper;

    AuditQuery(SqlRunner sql, ObjectMapper mapper) {
        this.sql = sql;
        this.mapper = mapper;
    }

    public record Filter(String entityType, String entityId, String actor, Instant from, Instant to) {}

    /** An entry as stored, its changes as JSON text. */
    record Row(
            UUID id,
            Instant occurredAt,
            String actor,
            UUID actorTeamMemberId,
            String entityType,
            String entityId,
            AuditAction action,
            String changes) {}

    public PageResponse<AuditEntry> list(Filter criteria, PageParams params) {
        SqlFilter filter = new SqlFilter();
        if (params.updatedSince != null) {
            filter.where("a.occurred_at >= :updatedSince", "updatedSince", params.updatedSince);
        }
        if (criteria.entityType() != null) {
            filter.where("a.entity_type = :entityType", "entityType", criteria.entityType());
        }
        if (criteria.entityId() != null) {
            filter.where("a.entity_id = :entityId", "entityId", criteria.entityId());
        }
        if (criteria.actor() != null) {
            filter.where("a.actor = :actor", "actor", criteria.actor());
        }
        if (criteria.from() != null) {
            filter.where("a.occurred_at >= :from", "from", criteria.from());
        }
        if (criteria.to() != null) {
            filter.where("a.occurred_at < :to", "to", criteria.to());
        }
        String orderBy = SortOrder.toSql(params, SORTS, "-occurredAt", "a.id", "a.occurred_at");
        long total = sql.one(Long.class, "select count(*) from audit_entry a" + filter.clause(), filter.parameters());
        Map<String, Object> page = new HashMap<>(filter.parameters());
        page.put("limit", params.size);
        page.put("offset", params.offset());
        List<AuditEntry> items = sql
                .list(
                        Row.class,
                        "select a.id, a.occurred_at, a.actor, a.actor_team_member_id, a.entity_type, a.entity_id,"
                                + " a.action, cast(a.changes as text) as changes from audit_entry a" + filter.clause()
                                + " order by " + orderBy + " limit :limit offset :offset",
                        page)
                .stream()
                .map(row -> new AuditEntry(
                        row.id(),
                        row.occurredAt(),
                        row.actor(),
                        row.actorTeamMemberId(),
                        row.entityType(),
                        row.entityId(),
                        row.action(),
                        changes(row.changes())))
                .toList();
        return PageResponse.of(items, params, total);
    }

    private Map<String, FieldChange> changes(String json) {
        try {
            return mapper.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit changes", e);
        }
    }
}

package io.liaison.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaison.audit.AuditAction;
import io.liaison.audit.rest.AuditEntryResponse;
import io.liaison.audit.rest.AuditEntryResponse.FieldChange;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
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

    private final EntityManager em;
    private final ObjectMapper mapper;

    AuditQuery(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public record Filter(String entityType, String entityId, String actor, Instant from, Instant to) {}

    @SuppressWarnings("unchecked")
    public PageResponse<AuditEntryResponse> list(Filter criteria, PageParams params) {
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
        long total = ((Number) filter.bind(em.createNativeQuery("select count(*) from audit_entry a" + filter.clause()))
                        .getSingleResult())
                .longValue();
        List<Object[]> rows = filter.bind(em.createNativeQuery(
                        "select a.id, a.occurred_at, a.actor, a.actor_team_member_id, a.entity_type, a.entity_id,"
                                + " a.action, cast(a.changes as text) from audit_entry a" + filter.clause()
                                + " order by " + orderBy + " limit :limit offset :offset"))
                .setParameter("limit", params.size)
                .setParameter("offset", params.offset())
                .getResultList();
        List<AuditEntryResponse> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            items.add(new AuditEntryResponse(
                    (UUID) row[0],
                    SqlValues.instant(row[1]),
                    (String) row[2],
                    (UUID) row[3],
                    (String) row[4],
                    (String) row[5],
                    AuditAction.valueOf((String) row[6]),
                    changes((String) row[7])));
        }
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

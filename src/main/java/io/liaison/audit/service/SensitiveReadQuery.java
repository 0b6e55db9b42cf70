package io.liaison.audit.service;

import io.liaison.audit.SensitiveRead;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the record of sensitive reads: newest first, paged, filtered by reader, interaction and time. */
@ApplicationScoped
public class SensitiveReadQuery {

    private final SqlRunner sql;

    SensitiveReadQuery(SqlRunner sql) {
        this.sql = sql;
    }

    public record Filter(UUID readerTeamMemberId, String reader, UUID interactionId, Instant from, Instant to) {}

    @Transactional
    public PageResponse<SensitiveRead> list(Filter criteria, PageParams params) {
        SqlFilter filter = new SqlFilter();
        if (criteria.readerTeamMemberId() != null) {
            filter.where("r.reader_team_member_id = :member", "member", criteria.readerTeamMemberId());
        }
        if (criteria.reader() != null) {
            filter.where("r.reader = :reader", "reader", criteria.reader());
        }
        if (criteria.interactionId() != null) {
            filter.where("r.interaction_ids @> array[:interaction]", "interaction", criteria.interactionId());
        }
        if (criteria.from() != null) {
            filter.where("r.read_at >= :from", "from", criteria.from());
        }
        if (criteria.to() != null) {
            filter.where("r.read_at < :to", "to", criteria.to());
        }
        long total =
                sql.one(Long.class, "select count(*) from sensitive_read r" + filter.clause(), filter.parameters());
        Map<String, Object> page = new HashMap<>(filter.parameters());
        page.put("limit", params.size);
        page.put("offset", params.offset());
        List<SensitiveRead> items = sql.list(
                SensitiveRead.class,
                "select r.id, r.read_at, r.reader, r.reader_team_member_id, r.endpoint, r.interaction_ids"
                        + " from sensitive_read r" + filter.clause()
                        + " order by r.read_at desc, r.id limit :limit offset :offset",
                page);
        return PageResponse.of(items, params, total);
    }
}

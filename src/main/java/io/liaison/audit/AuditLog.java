package io.liaison.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.security.Caller;
import io.liaison.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * Records who changed what, in the transaction that makes the change (MANDATORY: an audit entry never stands
 * alone, and a change never commits without one). Services pass the record's writable fields before and after;
 * only the fields that differ are kept, each with its old and new value.
 */
@ApplicationScoped
public class AuditLog {

    private final SqlRunner sql;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final AppClock clock;

    AuditLog(SqlRunner sql, ObjectMapper mapper, Caller caller, AppClock clock) {
        this.sql = sql;
        this.mapper = mapper;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * @param before the writable fields before the change (null for a create)
     * @param after the writable fields after it (null for a delete)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, AuditAction action, Object before, Object after) {
        ObjectNode changes = changes(before, after);
        if (changes.isEmpty() && action == AuditAction.UPDATE) {
            return;
        }
        try {
            String json = mapper.writeValueAsString(changes);
            sql.withHandle(handle -> handle.createUpdate("""
                            insert into audit_entry (occurred_at, actor, actor_team_member_id, entity_type, entity_id,
                                                     action, changes)
                            values (:at, :actor, :member, :type, :id, :action, cast(:changes as jsonb))
                            """)
                    .bind("at", clock.now())
                    .bind("actor", caller.name())
                    .bind("member", caller.teamMemberId().orElse(null))
                    .bind("type", entityType)
                    .bind("id", String.valueOf(entityId))
                    .bind("action", action)
                    .bind("changes", json)
                    .execute());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes could not be written as JSON", e);
        }
    }

    /** {"field": {"from": old, "to": new}} for every field whose value differs. */
    ObjectNode changes(Object before, Object after) {
        JsonNode old = before == null ? mapper.createObjectNode() : mapper.valueToTree(before);
        JsonNode now = after == null ? mapper.createObjectNode() : mapper.valueToTree(after);
        TreeSet<String> fields = new TreeSet<>();
        old.fieldNames().forEachRemaining(fields::add);
        now.fieldNames().forEachRemaining(fields::add);
        // Bookkeeping, not content: it changes with every write.
        fields.removeAll(java.util.Set.of("version", "createdAt", "updatedAt"));
        ObjectNode changes = mapper.createObjectNode();
        for (Iterator<String> it = fields.iterator(); it.hasNext(); ) {
            String field = it.next();
            JsonNode from = old.has(field) ? old.get(field) : NullNode.getInstance();
            JsonNode to = now.has(field) ? now.get(field) : NullNode.getInstance();
            if (!from.equals(to)) {
                ObjectNode change = changes.putObject(field);
                change.set("from", from);
                change.set("to", to);
            }
        }
        return changes;
    }
}

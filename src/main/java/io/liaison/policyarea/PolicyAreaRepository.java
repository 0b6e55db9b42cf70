package io.liaison.policyarea;

import io.liaison.common.persistence.SqlRunner;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class PolicyAreaRepository implements PanacheRepositoryBase<PolicyArea, String> {

    private final SqlRunner sql;

    PolicyAreaRepository(SqlRunner sql) {
        this.sql = sql;
    }

    /** The codes among {@code codes} that name no policy area, sorted, for a 422 that lists them all. */
    public Set<String> unknownCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        // SQL, with the codes as one array (as Ids does for uuids): an HQL IN-list is translated afresh on every call.
        List<String> known = sql.list(
                String.class,
                "select code from policy_area where code = any(:codes)",
                Map.of("codes", codes.toArray(String[]::new)));
        Set<String> unknown = new TreeSet<>(codes);
        known.forEach(unknown::remove);
        return unknown;
    }
}

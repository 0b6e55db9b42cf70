package io.liaison.policyarea;

import io.liaison.common.error.ApiProblem;
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

    /** 422 unless every code names a policy area: the unknown ones listed, and the codes there are. */
    public void requireKnown(String field, Collection<String> codes) {
        Set<String> unknown = unknownCodes(codes);
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable(field, unknownCodesMessage(unknown));
        }
    }

    /**
     * "unknown policy area codes: …; known codes: …": the active codes, so that a caller who guessed a code can
     * correct the request at once instead of looking them up.
     */
    public String unknownCodesMessage(Collection<String> unknown) {
        return unknownCodesMessage(unknown, activeCodes());
    }

    /** As above, with the active codes already read (an import names them on every row it rejects for them). */
    public static String unknownCodesMessage(Collection<String> unknown, List<String> activeCodes) {
        return "unknown policy area codes: " + String.join(", ", new TreeSet<>(unknown)) + "; known codes: "
                + String.join(", ", activeCodes);
    }

    /** The codes of the active policy areas, in order. */
    public List<String> activeCodes() {
        return sql.list(String.class, "select code from policy_area where status = 'ACTIVE' order by code", Map.of());
    }
}

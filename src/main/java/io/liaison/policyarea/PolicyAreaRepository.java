package io.liaison.policyarea;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class PolicyAreaRepository implements PanacheRepositoryBase<PolicyArea, String> {

    /** The codes among {@code codes} that name no policy area, sorted, for a 422 that lists them all. */
    public Set<String> unknownCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        // Native, with the codes as one array (as Ids does for uuids): an HQL IN-list is translated afresh on every
        // call, and its binding threw and caught an exception each time.
        @SuppressWarnings("unchecked")
        List<String> known = getEntityManager()
                .createNativeQuery("select code from policy_area where code = any(:codes)")
                .setParameter("codes", codes.toArray(String[]::new))
                .getResultList();
        Set<String> unknown = new TreeSet<>(codes);
        known.forEach(unknown::remove);
        return unknown;
    }
}

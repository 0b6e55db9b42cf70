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
        List<String> known = getEntityManager()
                .createQuery("select p.code from PolicyArea p where p.code in :codes", String.class)
                .setParameter("codes", codes)
                .getResultList();
        Set<String> unknown = new TreeSet<>(codes);
        known.forEach(unknown::remove);
        return unknown;
    }
}

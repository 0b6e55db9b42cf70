package io.liaison.stakeholder;

import io.liaison.common.persistence.Ids;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class StakeholderRepository implements PanacheRepositoryBase<Stakeholder, UUID> {

    /** "Cllr Sam Example" for each id, as Stakeholder.getDisplayName writes it, in one query. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : (List<Object[]>) getEntityManager()
                .createNativeQuery(
                        "select id, concat_ws(' ', honorific, first_name, last_name) from stakeholder where id = any(:ids)")
                .setParameter("ids", Ids.array(ids))
                .getResultList()) {
            names.put((UUID) row[0], (String) row[1]);
        }
        return names;
    }
}

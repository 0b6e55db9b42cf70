package io.liaison.common.persistence;

import java.util.Collection;
import java.util.UUID;

/**
 * Many ids as one array parameter ({@code x.id = any(:ids)}, which an index serves, or {@code unnest(:ids)}): the
 * statement's text stays the same however many ids there are, so PostgreSQL prepares it once, where an IN list of
 * one parameter per id would be a new statement for every count. Jdbi binds the array as {@code uuid[]}
 * ({@link JdbiProducer}).
 */
public final class Ids {

    private Ids() {}

    public static UUID[] array(Collection<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }
}

package io.liaison.common.persistence;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Writing an entity's element collection (its link rows) the way every feature does. */
public final class ElementCollections {

    private ElementCollections() {}

    /** Replaces a collection's contents only when they differ, so an unchanged edit is not a new version. */
    public static <T> void replace(Set<T> current, Collection<T> next) {
        if (!current.equals(new LinkedHashSet<>(next))) {
            current.clear();
            current.addAll(next);
        }
    }
}

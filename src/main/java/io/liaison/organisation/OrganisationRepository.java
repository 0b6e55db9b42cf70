package io.liaison.organisation;

import io.liaison.common.error.ApiProblem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /**
     * The id of the organisation a key names: a uuid as it is (whether or not it exists, as an id filter always took
     * it), else the organisation whose code or GSS code it is, in any case.
     */
    public Optional<UUID> idOf(OrganisationKey key) {
        String value = key.value() == null ? "" : key.value().trim();
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return find("lower(code) = ?1 or lower(gssCode) = ?1", value.toLowerCase(Locale.ROOT))
                    .firstResultOptional()
                    .map(Organisation::getId);
        }
    }

    /** The organisation a path names, or 404. */
    public UUID existing(OrganisationKey key) {
        return idOf(key)
                .filter(id -> findByIdOptional(id).isPresent())
                .orElseThrow(() -> ApiProblem.notFound("Organisation", key));
    }

    /** The id a filter names (null when it names none), or 400 naming the filter when no organisation has that code. */
    public UUID filter(String parameter, OrganisationKey key) {
        if (key == null) {
            return null;
        }
        return idOf(key)
                .orElseThrow(() -> ApiProblem.invalid(
                        parameter, "no organisation has the id, code or GSS code '" + key.value() + "'"));
    }
}

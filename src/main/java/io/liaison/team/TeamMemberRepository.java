package io.liaison.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, UUID> {

    public java.util.Optional<UUID> activeIdByEmail(String email) {
        return find("lower(email) = lower(?1) and active = true", email.trim())
                .firstResultOptional()
                .map(TeamMember::getId);
    }

    public boolean emailTaken(String email, UUID except) {
        return except == null
                ? count("lower(email) = lower(?1)", email) > 0
                : count("lower(email) = lower(?1) and id <> ?2", email, except) > 0;
    }
}

package io.liaison.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the PostgreSQL test resource once for the whole suite (one server, one app start). */
@QuarkusTestResource(PostgresResource.class)
public final class UsesPostgres {

    private UsesPostgres() {}
}

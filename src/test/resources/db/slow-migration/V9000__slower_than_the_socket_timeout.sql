-- Only for SlowMigrationTest, whose database is its own: one statement that runs longer than the socket timeout
-- its profile gives the service's connections (1 s).
select pg_sleep(2);

-- PostgreSQL settings for a Liaison deployment, sized for a database server with 2 cores and 8 GB of memory of its
-- own and SSD storage (scale the memory figures with the server). Apply as a superuser, then restart (shared_buffers
-- needs it):
--
--   sudo -u postgres psql -f scripts/postgres-settings.sql && sudo pg_ctlcluster 15 main restart
--
-- The benchmark (bench/run.sh) applies this file before it measures anything. Stock settings are sized for a
-- machine from twenty years ago; bench/README.md shows what changed when the bench moved to these.

-- The office's whole data set at full size (a million interactions, bench/generate.sh) is ~2.2 GB: kept in
-- PostgreSQL's own cache instead of copied in from the kernel's page by page (the stock 128 MB held 6 % of it).
alter system set shared_buffers = '2GB';
alter system set effective_cache_size = '6GB';

-- On SSD a random read costs about what a sequential one does. With the stock 4.0 the planner hashed a whole table
-- rather than look up 50 rows by index (an interaction page's attendee names: 3.0 ms against 1.5 ms).
alter system set random_page_cost = 1.1;
alter system set effective_io_concurrency = 200;

-- Sorting and hashing a report's or an export's rows in memory rather than in temporary files.
alter system set work_mem = '16MB';
alter system set maintenance_work_mem = '512MB';

-- JIT compilation pays off for long analytical queries; for this API's statements (milliseconds) compiling costs more
-- than it saves, and it would start on the office-wide coverage and report queries whose estimates are large.
alter system set jit = off;

-- Fewer, spread-out checkpoints under a write burst (imports, the bench's POST load).
alter system set max_wal_size = '4GB';

-- The queue that derived_refresh_queue (V21) replaced: nothing has written to it since, and no release that could
-- still run against this schema reads it. Its commit trigger goes with it.
drop table if exists alert_refresh_queue;

-- A case by its process (the review task's link to the case page, the declarant's page after a filing, the
-- case page opened from Cockpit): without an index every one of them read the whole register
-- (51 ms at 45,000 cases on PostgreSQL, growing with them; docs/benchmarks.md).
CREATE INDEX ix_case_file_process ON case_file (process_instance_id);

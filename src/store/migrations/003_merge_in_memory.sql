-- 003_merge_in_memory: merge candidates come from an in-memory copy of the events of the
-- months in use (src/store/sqlite/event-index.ts), loaded through events_event_type. The
-- three candidate indexes of 002 are no longer read; dropping them makes every event insert
-- and recompute update three B-trees fewer. API filters keep their own indexes (001).
DROP INDEX IF EXISTS events_merge;
DROP INDEX IF EXISTS events_merge_region;
DROP INDEX IF EXISTS events_merge_vague;

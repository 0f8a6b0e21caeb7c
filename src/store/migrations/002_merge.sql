-- 002_merge: near-duplicate articles (MinHash + LSH bands) and explainable event merging.

-- The article this one is a near-duplicate of (a syndicated/wire copy); NULL for originals.
ALTER TABLE articles ADD COLUMN duplicate_of TEXT REFERENCES articles (id) ON DELETE SET NULL;
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

-- MinHash signature of each article's normalised text (see src/dedupe/sketch.ts).
CREATE TABLE article_sketches (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  bucket     INTEGER NOT NULL,         -- 7-day period of the article date (-1: undated)
  signature  BLOB NOT NULL             -- little-endian uint32[SKETCH_SIZE]
);

-- LSH bands: one row per band of each signature, under the article's 7-day bucket. Articles
-- sharing a (bucket ±1, band, hash) are near-duplicate candidates: index probes, not a scan.
-- No foreign key (it would cost a parent lookup per row): rows are deleted by primary key
-- when an article is re-saved (src/store/sqlite/near-dup.ts); a stray row is ignored.
CREATE TABLE article_bands (
  bucket     INTEGER NOT NULL,
  band       INTEGER NOT NULL,
  hash       INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (bucket, band, hash, article_id)
) WITHOUT ROWID;

-- Why each extracted event (article_id, event_index) became a new event or joined one.
CREATE TABLE merge_decisions (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_index INTEGER NOT NULL,
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  decision    TEXT NOT NULL CHECK (decision IN ('new', 'merged', 'near-duplicate')),
  reason      TEXT NOT NULL,
  decided_at  TEXT NOT NULL,
  PRIMARY KEY (article_id, event_index)
);
CREATE INDEX merge_decisions_event ON merge_decisions (event_id);

-- Candidate lookups for event merging (src/store/sqlite/merge.ts), each an index range:
-- nearby: type, then a date window, then a lat/lon box (checked in the index, no row fetch);
CREATE INDEX events_merge ON events (event_type, date, latitude, longitude);
-- region/country-level places (geo precision 3): country, type, precision, date window;
CREATE INDEX events_merge_region ON events (iso2, event_type, geo_precision, date);
-- vaguely dated events (precision month): type, precision, the month.
CREATE INDEX events_merge_vague ON events (event_type, date_precision, date);

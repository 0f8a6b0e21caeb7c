-- 001_init: articles, merged events, per-source evidence, claims.
-- Kept to portable SQL (TEXT / INTEGER / DOUBLE PRECISION, JSON as TEXT) where possible.

CREATE TABLE articles (
  id                TEXT PRIMARY KEY,
  content_hash      TEXT NOT NULL UNIQUE,
  date              TEXT,              -- YYYY-MM-DD
  title             TEXT,
  url               TEXT,
  source            TEXT,
  lang              TEXT,
  text              TEXT NOT NULL,
  origin_path       TEXT,
  origin_line       INTEGER,
  framing           TEXT NOT NULL DEFAULT '[]',  -- JSON FramingFlag[]
  ingested_at       TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  gazetteer_version TEXT NOT NULL
);
CREATE INDEX articles_date ON articles (date);

-- One row per (merged) event. Fields are the merged view over its sources.
CREATE TABLE events (
  id              TEXT PRIMARY KEY,
  date            TEXT,                -- YYYY-MM-DD
  date_precision  TEXT NOT NULL,
  background      INTEGER NOT NULL DEFAULT 0,
  event_type      TEXT NOT NULL,
  sub_event_type  TEXT NOT NULL,
  actor1          TEXT,
  actor1_kind     TEXT,
  actor2          TEXT,
  actor2_kind     TEXT,
  country         TEXT,
  iso2            TEXT,
  admin1          TEXT,
  location        TEXT,
  latitude        DOUBLE PRECISION,
  longitude       DOUBLE PRECISION,
  geo_precision   INTEGER,
  weapon          TEXT,
  fatalities      INTEGER,
  fatalities_low  INTEGER,
  fatalities_high INTEGER,
  injured         INTEGER,
  certainty       TEXT NOT NULL
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_event_type ON events (event_type, date);
CREATE INDEX events_sub_event_type ON events (sub_event_type, date);
CREATE INDEX events_country ON events (country, date);
CREATE INDEX events_iso2 ON events (iso2, date);
CREATE INDEX events_lat_lon ON events (latitude, longitude);

-- Which article reported which event: the evidence. An article's extracted event maps to
-- exactly one stored event; an event may have many sources (after merging).
CREATE TABLE event_sources (
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_index INTEGER NOT NULL,
  seq         INTEGER NOT NULL,        -- attach order; first source = lowest seq
  fatalities  INTEGER,
  injured     INTEGER,
  extracted   TEXT NOT NULL,           -- JSON ExtractedEvent, every Field with span/rule
  PRIMARY KEY (event_id, article_id, event_index),
  UNIQUE (article_id, event_index)
);
CREATE INDEX event_sources_event ON event_sources (event_id, seq);

CREATE TABLE claims (
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  claim_index INTEGER NOT NULL,
  role        TEXT NOT NULL,
  claimant    TEXT NOT NULL,
  statement   TEXT NOT NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  PRIMARY KEY (event_id, article_id, claim_index)
);
CREATE INDEX claims_article ON claims (article_id);

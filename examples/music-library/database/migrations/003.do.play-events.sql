-- Every play, partitioned by month so old months can be detached and archived.
CREATE TABLE play_events (
  id          bigint GENERATED ALWAYS AS IDENTITY,
  listener_id bigint      NOT NULL REFERENCES listeners (id) ON DELETE CASCADE,
  track_id    bigint      NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  played_at   timestamptz NOT NULL,
  ms_played   integer     NOT NULL CHECK (ms_played >= 0),
  source      text        NOT NULL DEFAULT 'mcp'
    CHECK (source IN ('mcp', 'playlist', 'search', 'radio')),
  PRIMARY KEY (id, played_at)
) PARTITION BY RANGE (played_at);

CREATE TABLE play_events_2026_10 PARTITION OF play_events
  FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');
CREATE TABLE play_events_2026_11 PARTITION OF play_events
  FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE play_events_2026_12 PARTITION OF play_events
  FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');
CREATE TABLE play_events_default PARTITION OF play_events DEFAULT;

-- "Recently played" for a listener, and play counts per track.
CREATE INDEX play_events_listener_played_idx ON play_events (listener_id, played_at DESC);
CREATE INDEX play_events_track_idx ON play_events (track_id, played_at);

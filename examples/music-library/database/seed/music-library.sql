-- Benchmark seed for the music library: a catalogue and listening history at a realistic
-- shape. :scale is replaced by benchmark.seed.scale (1 = 2,000 artists, 10,000 albums,
-- 120,000 tracks, 10,000 listeners, 30,000 playlists, 200,000 plays). Deterministic (setseed).
SELECT setseed(0.42);

CREATE TEMP TABLE words (w text[]);
INSERT INTO words VALUES (ARRAY[
  'Midnight','River','Golden','Echo','Silver','Summer','Broken','Electric','Paper','Velvet',
  'Neon','Wild','Quiet','Northern','Crimson','Hollow','Lonely','Burning','Falling','Dancing',
  'Heart','Road','Sky','Dreams','Lights','Rain','Fire','Ocean','City','Garden',
  'Song','Shadows','Stars','Morning','Train','Window','Letters','Mountain','Waves','Ghost']);

INSERT INTO artists (name, sort_name, country, formed_year)
SELECT initcap(w[1 + (i * 7) % 40]) || ' ' || w[1 + (i * 13) % 40] || CASE WHEN i % 3 = 0 THEN ' Band' WHEN i % 3 = 1 THEN '' ELSE ' Collective' END || ' ' || i,
       w[1 + (i * 13) % 40] || ', ' || w[1 + (i * 7) % 40] || ' ' || i,
       (ARRAY['US','GB','DE','FR','SE','JP','BR','CA','AU','NG'])[1 + i % 10],
       1960 + (i % 64)
FROM generate_series(1, greatest(1, (2000 * :scale)::int)) AS i, words;

INSERT INTO albums (artist_id, title, release_date, album_type)
SELECT 1 + (i % (SELECT count(*) FROM artists)),
       w[1 + (i * 11) % 40] || ' ' || w[1 + (i * 17) % 40],
       date '1970-01-01' + (i * 37 % 20000),
       (ARRAY['album','album','album','single','ep','compilation','live'])[1 + i % 7]
FROM generate_series(1, greatest(1, (10000 * :scale)::int)) AS i, words;

-- 12 tracks per album.
INSERT INTO tracks (album_id, track_number, title, duration_ms, isrc, explicit)
SELECT a.id, n,
       w[1 + (a.id * 3 + n * 7) % 40] || ' ' || w[1 + (a.id * 5 + n * 11) % 40] || CASE WHEN n % 5 = 0 THEN ' (Live)' ELSE '' END,
       120000 + ((a.id * 7919 + n * 104729) % 240000),
       'PG' || lpad(((a.id * 12 + n) % 10000000000)::text, 10, '0'),
       (a.id + n) % 17 = 0
FROM albums a, generate_series(1, 12) AS n, words;

INSERT INTO listeners (external_id, display_name)
SELECT md5('listener' || i)::uuid, 'listener_' || i
FROM generate_series(1, greatest(1, (10000 * :scale)::int)) AS i;

INSERT INTO playlists (listener_id, name, is_public)
SELECT 1 + (i % (SELECT count(*) FROM listeners)), 'Playlist ' || i, i % 4 = 0
FROM generate_series(1, greatest(1, (30000 * :scale)::int)) AS i;

INSERT INTO playlist_tracks (playlist_id, position, track_id)
SELECT p.id, pos, 1 + ((p.id * 31 + pos * 7) % (SELECT count(*) FROM tracks))
FROM playlists p, generate_series(0, 9) AS pos;

-- Plays over October to December 2026, skewed towards some listeners and tracks.
INSERT INTO play_events (listener_id, track_id, played_at, ms_played, source)
SELECT 1 + floor(power(random(), 2) * (SELECT count(*) FROM listeners))::bigint,
       1 + floor(power(random(), 3) * (SELECT count(*) FROM tracks))::bigint,
       timestamptz '2026-10-01' + random() * interval '91 days',
       floor(random() * 240000)::int,
       (ARRAY['mcp','playlist','search','radio'])[1 + floor(random() * 4)::int]
FROM generate_series(1, greatest(1, (200000 * :scale)::int));

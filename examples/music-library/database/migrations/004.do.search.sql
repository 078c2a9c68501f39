-- Fuzzy search over names and titles (the MCP server's search tool) with pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX artists_name_trgm_idx ON artists USING gin (name gin_trgm_ops);
CREATE INDEX albums_title_trgm_idx ON albums USING gin (title gin_trgm_ops);
CREATE INDEX tracks_title_trgm_idx ON tracks USING gin (title gin_trgm_ops);

-- Track listing with artist and album, as the server returns it.
CREATE VIEW track_details AS
SELECT t.id, t.title, t.duration_ms, t.explicit,
       al.id AS album_id, al.title AS album_title, al.release_date,
       ar.id AS artist_id, ar.name AS artist_name
FROM tracks t
JOIN albums al ON al.id = t.album_id
JOIN artists ar ON ar.id = al.artist_id;

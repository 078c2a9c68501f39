-- Artists, albums and tracks: the catalogue the MCP server searches and plays from.
CREATE TABLE artists (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        text        NOT NULL,
  sort_name   text        NOT NULL,
  country     char(2),
  formed_year smallint CHECK (formed_year BETWEEN 1000 AND 2100),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE albums (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  artist_id    bigint      NOT NULL REFERENCES artists (id) ON DELETE CASCADE,
  title        text        NOT NULL,
  release_date date,
  album_type   text        NOT NULL DEFAULT 'album'
    CHECK (album_type IN ('album', 'single', 'ep', 'compilation', 'live')),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX albums_artist_id_idx ON albums (artist_id);

CREATE TABLE tracks (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  album_id     bigint  NOT NULL REFERENCES albums (id) ON DELETE CASCADE,
  disc_number  smallint NOT NULL DEFAULT 1 CHECK (disc_number > 0),
  track_number smallint NOT NULL CHECK (track_number > 0),
  title        text    NOT NULL,
  duration_ms  integer NOT NULL CHECK (duration_ms > 0),
  isrc         char(12) UNIQUE,
  explicit     boolean NOT NULL DEFAULT false,
  UNIQUE (album_id, disc_number, track_number)
);

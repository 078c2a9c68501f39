-- Listeners and their playlists.
CREATE TABLE listeners (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  external_id  uuid        NOT NULL UNIQUE,
  display_name text        NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE playlists (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  listener_id bigint      NOT NULL REFERENCES listeners (id) ON DELETE CASCADE,
  name        text        NOT NULL,
  is_public   boolean     NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX playlists_listener_id_idx ON playlists (listener_id);

CREATE TABLE playlist_tracks (
  playlist_id bigint      NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
  position    integer     NOT NULL CHECK (position >= 0),
  track_id    bigint      NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (playlist_id, position)
);
CREATE INDEX playlist_tracks_track_id_idx ON playlist_tracks (track_id);

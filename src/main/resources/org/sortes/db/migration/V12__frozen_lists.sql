-- The canonical lists of a freeze (deflated), exactly the bytes whose SHA-256 the session holds: the
-- minutes attach them without deriving the register again (decision 0017). Sessions frozen before this
-- have none, and their lists are derived as before.
CREATE TABLE frozen_lists (
    session_id INTEGER NOT NULL REFERENCES draw_sessions(id),
    kind       TEXT NOT NULL CHECK (kind IN ('candidates', 'inspectors')),
    deflated   BLOB NOT NULL,
    PRIMARY KEY (session_id, kind)
);

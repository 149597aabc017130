-- Draw sessions of protocol sortes-draw/1. The frozen lists are not copied: they are re-derived
-- from the immutable directory versions named here and checked against the stored digests.
-- The officer's secret is never stored before the reveal; only its commitment is.
CREATE TABLE draw_sessions (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    actor              TEXT,
    state              TEXT    NOT NULL CHECK (state IN ('planned', 'frozen', 'committed', 'revealed', 'drawn',
                                                         'locked', 'aborted')),
    plan_json          TEXT    NOT NULL,
    plan_digest        TEXT    NOT NULL,
    subjects_version   INTEGER,
    inspectors_version INTEGER,
    candidates_digest  TEXT,
    inspectors_digest  TEXT,
    candidate_count    INTEGER,
    pool_count         INTEGER,
    exclusions_json    TEXT,
    stratum_sizes      TEXT,
    frozen_at          TEXT,
    commitment         TEXT,
    committed_at       TEXT,
    beacon_value       TEXT,
    beacon_source      TEXT,
    secret             TEXT,
    revealed_at        TEXT,
    seed               TEXT,
    drawn_at           TEXT,
    locked_at          TEXT,
    aborted_at         TEXT,
    abort_reason       TEXT
);

CREATE TABLE draw_observers (
    session_id INTEGER NOT NULL REFERENCES draw_sessions (id),
    seq        INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('notary', 'npc_deputy', 'cppcc_member', 'media', 'discipline', 'other')),
    digits     TEXT    NOT NULL,
    entered_at TEXT    NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE draw_targets (
    session_id INTEGER NOT NULL REFERENCES draw_sessions (id),
    rank       INTEGER NOT NULL,
    subject_id TEXT    NOT NULL,
    stratum    INTEGER NOT NULL,
    region     TEXT,
    ticket     TEXT    NOT NULL,
    team_json  TEXT    NOT NULL,
    shortfall  TEXT,
    decision   TEXT,
    decided_at TEXT,
    PRIMARY KEY (session_id, rank)
);

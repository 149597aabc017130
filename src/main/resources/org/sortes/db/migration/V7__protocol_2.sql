-- Protocol sortes-draw/2: a session binds the digest of the canonical subjects register, and a
-- locked session can be voided (作废) with a reason; its result stays on record. SQLite cannot
-- change a CHECK constraint, so the table is rebuilt with the same rows. drawn_basis is the audit
-- sequence number a freeze counted earlier draws up to (drawnWithinDays): sessions locked by an
-- event before it, and not voided by one before it, are the earlier draws; a clock set back does not
-- change that answer.
CREATE TABLE draw_sessions_v7 (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    actor              TEXT,
    state              TEXT    NOT NULL CHECK (state IN ('planned', 'frozen', 'committed', 'revealed', 'drawn',
                                                         'locked', 'aborted', 'voided')),
    plan_json          TEXT    NOT NULL,
    plan_digest        TEXT    NOT NULL,
    subjects_version   INTEGER,
    inspectors_version INTEGER,
    candidates_digest  TEXT,
    inspectors_digest  TEXT,
    candidate_count    INTEGER,
    pool_count         INTEGER,
    exclusions         TEXT,
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
    abort_reason       TEXT,
    audit_head         TEXT,
    register_digest    TEXT,
    drawn_basis        INTEGER,
    voided_at          TEXT,
    void_reason        TEXT
);

INSERT INTO draw_sessions_v7 (id, name, created_at, actor, state, plan_json, plan_digest, subjects_version,
                              inspectors_version, candidates_digest, inspectors_digest, candidate_count, pool_count,
                              exclusions, stratum_sizes, frozen_at, commitment, committed_at, beacon_value,
                              beacon_source, secret, revealed_at, seed, drawn_at, locked_at, aborted_at,
                              abort_reason, audit_head)
SELECT id, name, created_at, actor, state, plan_json, plan_digest, subjects_version, inspectors_version,
       candidates_digest, inspectors_digest, candidate_count, pool_count, exclusions, stratum_sizes, frozen_at,
       commitment, committed_at, beacon_value, beacon_source, secret, revealed_at, seed, drawn_at, locked_at,
       aborted_at, abort_reason, audit_head
FROM draw_sessions;

DROP TABLE draw_sessions;
ALTER TABLE draw_sessions_v7 RENAME TO draw_sessions;

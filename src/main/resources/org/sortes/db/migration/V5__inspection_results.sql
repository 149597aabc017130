-- Inspection results (检查结果) of the targets of a locked session, entered after the checks.
-- Append-only like the audit log: a correction is a new entry naming the entry it replaces and why;
-- the newest entry of a target is its current result.
CREATE TABLE inspection_results (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL,
    rank         INTEGER NOT NULL,
    outcome      TEXT    NOT NULL,
    inspected_on TEXT    NOT NULL,
    note         TEXT,
    supersedes   INTEGER REFERENCES inspection_results (id),
    reason       TEXT,
    recorded_at  TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    FOREIGN KEY (session_id, rank) REFERENCES draw_targets (session_id, rank),
    CHECK ((supersedes IS NULL) = (reason IS NULL))
);

CREATE INDEX inspection_results_by_target ON inspection_results (session_id, rank, id);

CREATE TRIGGER inspection_results_no_update BEFORE UPDATE ON inspection_results
BEGIN
    SELECT RAISE(ABORT, 'inspection results are append-only: enter a correction');
END;

CREATE TRIGGER inspection_results_no_delete BEFORE DELETE ON inspection_results
BEGIN
    SELECT RAISE(ABORT, 'inspection results are append-only: enter a correction');
END;

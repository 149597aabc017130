-- The hash-chained, append-only audit log (全程留痕). Each event's hash covers the previous
-- event's hash, so a changed, deleted, inserted or reordered event breaks the chain from there on.
-- The triggers refuse ordinary updates and deletes; the chain catches anything that bypasses them.
CREATE TABLE audit_events (
    seq        INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    actor      TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    session_id INTEGER,
    payload    TEXT    NOT NULL,
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL
);

CREATE INDEX audit_events_session ON audit_events (session_id);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

ALTER TABLE draw_sessions ADD COLUMN audit_head TEXT;

-- Rehearsals (演练): run exactly like a session, kept apart, never counted for exclusions or results,
-- and never turned into a live session (nothing ever writes this column after the insert).
ALTER TABLE draw_sessions ADD COLUMN rehearsal INTEGER NOT NULL DEFAULT 0 CHECK (rehearsal IN (0, 1));

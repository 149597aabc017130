-- The inspectors of a subject's last check (certificate numbers, ';'-separated), for the optional
-- rule that nobody inspects the same subject twice in a row.
ALTER TABLE subjects ADD COLUMN last_inspectors TEXT;

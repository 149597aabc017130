-- Two columns were named for JSON they never held: a target's team is one member per line
-- ("certificate TAB name TAB department") and a freeze's exclusions are "REASON=n;...".
ALTER TABLE draw_targets RENAME COLUMN team_json TO team;
ALTER TABLE draw_sessions RENAME COLUMN exclusions_json TO exclusions;

-- How an observer's digits were produced (e.g. 当众掷十面骰子): recorded with them and printed in the
-- minutes, so that the hall's account of the entropy is on paper (docs/protocol.md, section 10).
ALTER TABLE draw_observers ADD COLUMN method TEXT;

-- The organisation an observer comes from (e.g. 兰州市公证处), printed beside the name in the minutes
-- and shown to the hall. Not part of the proof: names and organisations are bound by its printed digest.
ALTER TABLE draw_observers ADD COLUMN organisation TEXT;

-- How a department is reached (an office, not a person's private number): printed in the notification
-- letters, so that a subject who is told it will be inspected knows whom to ask.
ALTER TABLE departments ADD COLUMN contact TEXT;
ALTER TABLE departments ADD COLUMN phone TEXT;
ALTER TABLE departments ADD COLUMN address TEXT;

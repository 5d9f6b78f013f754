-- Timeline lines in the order they were written. Lines of one decision share their occurred_at (an unanswered call:
-- outcome_no_answer, then retry_planned), and their UUIDv7 ids are only ordered to the millisecond: two lines made
-- within the same millisecond came back in random order. The identity column numbers lines as they are inserted
-- (a multi-row insert numbers its rows in order), and the timeline sorts by (occurred_at, seq).
ALTER TABLE call_timeline ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;

-- A campaign now runs as a Durable orchestration that reads its row whenever it wakes, instead of a chain of step
-- items. A campaign's pending step becomes the signal that starts its orchestration, at the same moment; the step
-- sequence that superseded older steps is no longer used.
UPDATE work_items SET kind = 'campaigns.signal', updated_at = now()
WHERE kind = 'campaigns.step' AND status IN ('pending', 'running');

ALTER TABLE campaigns DROP COLUMN step_seq;

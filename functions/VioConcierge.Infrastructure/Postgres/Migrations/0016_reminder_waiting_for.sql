-- Why a reminder is waiting to dial again (no free slot, a limit, provider capacity): its timeline records the reason
-- when the wait starts, and the retries that meet the same reason every minute add no further lines.
ALTER TABLE reminders ADD COLUMN waiting_for text;

-- Reminder engine performance, found by the reminders bench (bench/README.md).
--
-- PostgresCallSessionStore.FindByAttemptAsync looks a session up by (tenant_id, reminder_id, attempt): for the
-- "dialling", "connected" and outcome lines of the call timeline, for stopping a live call and for the outcome check,
-- so at least once for every timer that fires. No index served it: the plan was a Seq Scan of call_sessions (every
-- session of every tenant, filtered), a cost that grows with each tenant's whole call history and ran inside the
-- timer's transaction while it held the reminder's row lock. uuid and integer equality are leakproof, so the index is
-- usable under row-level security. Sessions without a reminder (Call Now) are never looked up this way.
CREATE INDEX call_sessions_reminder_attempt_idx ON call_sessions (tenant_id, reminder_id, attempt) WHERE reminder_id IS NOT NULL;

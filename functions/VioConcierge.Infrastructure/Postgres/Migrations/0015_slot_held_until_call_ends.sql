-- A dialling slot counts toward the tenant's limit of calls at once from the moment it is granted until the call ends
-- (found by an attack run: 100 concurrent Call Now requests had 6, 7 and 9 calls live at once).
--
-- take_tenant_call_slots (0013) counted only sessions with placed_at set. Call Now and campaign steps take their slot
-- when they create the session, and the session is marked placed only when its calls.place item runs, so a slot
-- granted but not yet placed was invisible to the next request. The count now includes every live session that holds
-- a slot: one placed, one whose slot_taken_at is set (every session created with its slot: Call Now, campaigns and,
-- from this version, reminders, whose timer takes the slot before the session exists), and every Call Now or campaign
-- session (an instance of the previous version creates those only after taking a slot, without slot_taken_at).
-- A reminder session of the previous version takes its slot when it is placed, as before. A session stops counting
-- when it ends (completed or failed: the outcome, the outcome check, or its placement refused before dialling).
--
-- The function is replaced with the same signature, so instances still running the previous version count the same
-- way (call_sessions_live_idx still narrows the scan to the tenant's live sessions).
--
-- contacts.last_call_outcome: the outcome of the contact's last call that ended (set with last_contact_at).

ALTER TABLE call_sessions ADD COLUMN slot_taken_at timestamptz;

ALTER TABLE contacts ADD COLUMN last_call_outcome text;

CREATE OR REPLACE FUNCTION take_tenant_call_slots(
    p_tenant uuid, p_ids uuid[], p_now timestamptz, p_day date,
    p_window interval, p_per_window integer, p_per_day integer, p_concurrent integer,
    OUT granted integer, OUT reason text, OUT oldest timestamptz)
    LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    wanted integer := coalesce(array_length(p_ids, 1), 0);
    in_window bigint;
    today bigint;
    live bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('calls:' || p_tenant::text, 0));

    SELECT count(*) INTO in_window FROM (
        SELECT 1 FROM call_slots WHERE tenant_id = p_tenant AND taken_at > p_now - p_window LIMIT p_per_window) s;
    SELECT count(*) INTO today FROM (
        SELECT 1 FROM call_slots WHERE tenant_id = p_tenant AND local_day = p_day LIMIT p_per_day) s;
    SELECT count(*) INTO live FROM (
        SELECT 1 FROM call_sessions
        WHERE tenant_id = p_tenant AND status IN ('initiated','ringing','in_progress')
          AND (placed_at IS NOT NULL OR slot_taken_at IS NOT NULL OR kind <> 'reminder')
        LIMIT p_concurrent) s;

    granted := greatest(0, least(wanted, p_per_window - in_window, p_per_day - today, p_concurrent - live));
    IF granted < wanted THEN
        -- The first limit in this order that stops the rest names the refusal.
        reason := CASE
            WHEN p_per_window - in_window <= granted THEN 'rate_limited'
            WHEN p_per_day - today <= granted THEN 'daily_limit'
            ELSE 'concurrency_limit' END;
        IF reason = 'rate_limited' THEN
            SELECT min(taken_at) INTO oldest FROM call_slots WHERE tenant_id = p_tenant AND taken_at > p_now - p_window;
        END IF;
    END IF;

    INSERT INTO call_slots (tenant_id, id, taken_at, local_day)
    SELECT p_tenant, id, p_now, p_day FROM unnest(p_ids[1:granted]) AS id;
END;
$$;

-- Sessions live when this version starts were created without the lookup of their call (calls.lookup,
-- CallLookupSchedule in the code): each gets its first check now and, without a reminder (whose outcome check plays
-- that part), its last check (number 5, at the outcome timeout), with the keys the code gives them, so one whose end
-- was never reported ends within minutes (at the latest at the outcome timeout from its creation) instead of holding
-- its slot.
INSERT INTO work_items (tenant_id, id, kind, payload, due_at, max_attempts, dedupe_key, created_at, updated_at)
SELECT s.tenant_id, gen_random_uuid(), 'calls.lookup', jsonb_build_object('callSessionId', s.id, 'check', c.check_number),
       greatest(now(), s.created_at + c.delay), 5, 'call:' || s.id::text || ':lookup:' || c.check_number, now(), now()
FROM call_sessions s
CROSS JOIN (VALUES (1, interval '0 minutes'), (5, interval '30 minutes')) AS c (check_number, delay)
WHERE s.status IN ('initiated','ringing','in_progress') AND (c.check_number = 1 OR s.kind <> 'reminder')
ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING;

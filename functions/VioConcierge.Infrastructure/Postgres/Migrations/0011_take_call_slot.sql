-- Dialling slots in one round trip, with counts that do not grow with the calls made (found by the reminders bench,
-- bench/README.md).
--
-- PostgresCallLimiter took the tenant's advisory lock, counted the tenant's slots and live calls, took the platform
-- lock, counted the platform's slots and inserted: six statements, six round trips, all while holding the tenant's
-- lock and the last three while holding the platform's, which every call placement of every tenant waits for (the
-- locks last until the caller commits). take_call_slot runs the same steps in one call. It is VOLATILE, so each of
-- its statements takes a fresh snapshot under READ COMMITTED: a count that follows a lock sees every slot committed
-- before the lock was granted, exactly as the separate statements did. The lock keys are the ones the C# code used
-- ('calls:' || tenant id, 'calls:platform'), so old and new instances exclude each other during a rolling update.
--
-- Each tenant count stops at its limit (a subquery with LIMIT): what a check reads is bounded by the limit (25, 300,
-- 5 rows), not by the tenant's history in the window. The platform count, read under the one lock every placement
-- waits for, no longer counts rows: platform_call_counts keeps one row per second with the calls placed in it, and
-- the check sums at most 61 of them (the seconds of the last minute, and the second the window starts in, so no
-- rolling minute ever holds more than the limit: the check is conservative by under a second). Seconds older than an
-- hour are deleted as new ones are written. platform_call_slots is no longer written.
--
-- SECURITY INVOKER (the default): row-level security applies to the caller, whose transaction is scoped to p_tenant.
-- reason is NULL when the slot was taken; otherwise the limit that refused it, with the oldest slot (or second) of
-- its window.
CREATE TABLE platform_call_counts (
    second  timestamptz PRIMARY KEY,
    calls   integer NOT NULL
);

CREATE FUNCTION take_call_slot(
    p_tenant uuid, p_id uuid, p_now timestamptz, p_day date,
    p_window interval, p_per_window integer, p_per_day integer, p_concurrent integer,
    p_platform_window interval, p_platform integer,
    OUT reason text, OUT oldest timestamptz)
    LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    used bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('calls:' || p_tenant::text, 0));

    SELECT count(*) INTO used FROM (
        SELECT 1 FROM call_slots WHERE tenant_id = p_tenant AND taken_at > p_now - p_window LIMIT p_per_window) s;
    IF used >= p_per_window THEN
        reason := 'rate_limited';
        SELECT min(taken_at) INTO oldest FROM call_slots WHERE tenant_id = p_tenant AND taken_at > p_now - p_window;
        RETURN;
    END IF;

    SELECT count(*) INTO used FROM (
        SELECT 1 FROM call_slots WHERE tenant_id = p_tenant AND local_day = p_day LIMIT p_per_day) s;
    IF used >= p_per_day THEN
        reason := 'daily_limit';
        RETURN;
    END IF;

    SELECT count(*) INTO used FROM (
        SELECT 1 FROM call_sessions
        WHERE tenant_id = p_tenant AND status IN ('initiated','ringing','in_progress') AND placed_at IS NOT NULL
        LIMIT p_concurrent) s;
    IF used >= p_concurrent THEN
        reason := 'concurrency_limit';
        RETURN;
    END IF;

    PERFORM pg_advisory_xact_lock(hashtextextended('calls:platform', 0));
    SELECT coalesce(sum(calls), 0), min(second) INTO used, oldest
    FROM platform_call_counts WHERE second >= date_trunc('second', p_now) - p_platform_window;
    IF used >= p_platform THEN
        reason := 'platform_limit';
        oldest := oldest + interval '1 second';
        RETURN;
    END IF;

    INSERT INTO call_slots (tenant_id, id, taken_at, local_day) VALUES (p_tenant, p_id, p_now, p_day);
    INSERT INTO platform_call_counts AS c (second, calls) VALUES (date_trunc('second', p_now), 1)
    ON CONFLICT (second) DO UPDATE SET calls = c.calls + 1;
    DELETE FROM platform_call_counts WHERE second < date_trunc('second', p_now) - interval '1 hour';
    oldest := NULL;
END;
$$;

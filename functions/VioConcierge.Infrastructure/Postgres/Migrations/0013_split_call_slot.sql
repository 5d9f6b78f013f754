-- The limiter in two steps, so the platform-wide lock no longer lasts until a placement commits (found by the
-- reminders bench: every placement of every tenant waited for the one platform lock, held through each placement's
-- WAL flush, 52-62% of sessions waiting; bench/README.md).
--
-- take_tenant_call_slot: the tenant's lock, counts and slot, in the caller's transaction (held until it commits, as
-- before: a tenant's placements are serialised, other tenants' are not).
-- take_platform_call_slot: the platform's lock and per-second count, called by PostgresCallLimiter in a one-statement
-- transaction of its own, committed at once (without waiting for the WAL flush: a count lost in a server crash only
-- lets a few more calls through in that minute), so the platform lock is held for one statement.
-- give_back_platform_call_slot: returns a platform slot when the placement it was taken for does not go ahead.
-- take_call_slot (0011) stays for instances still running the previous version; its lock keys are the same.

CREATE FUNCTION take_tenant_call_slot(
    p_tenant uuid, p_id uuid, p_now timestamptz, p_day date,
    p_window interval, p_per_window integer, p_per_day integer, p_concurrent integer,
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

    INSERT INTO call_slots (tenant_id, id, taken_at, local_day) VALUES (p_tenant, p_id, p_now, p_day);
    oldest := NULL;
END;
$$;

CREATE FUNCTION take_platform_call_slot(
    p_now timestamptz, p_platform_window interval, p_platform integer,
    OUT reason text, OUT oldest timestamptz)
    LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    used bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('calls:platform', 0));
    SELECT coalesce(sum(calls), 0), min(second) INTO used, oldest
    FROM platform_call_counts WHERE second >= date_trunc('second', p_now) - p_platform_window;
    IF used >= p_platform THEN
        reason := 'platform_limit';
        oldest := oldest + interval '1 second';
        RETURN;
    END IF;

    INSERT INTO platform_call_counts AS c (second, calls) VALUES (date_trunc('second', p_now), 1)
    ON CONFLICT (second) DO UPDATE SET calls = c.calls + 1;
    DELETE FROM platform_call_counts WHERE second < date_trunc('second', p_now) - interval '1 hour';
    oldest := NULL;
END;
$$;

CREATE FUNCTION give_back_platform_call_slot(p_taken timestamptz)
    RETURNS void LANGUAGE sql VOLATILE
AS $$
    UPDATE platform_call_counts SET calls = calls - 1 WHERE second = date_trunc('second', p_taken) AND calls > 0;
$$;

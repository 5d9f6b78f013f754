-- The limiter in two steps, so the platform-wide lock no longer lasts until a placement commits (found by the
-- reminders bench: every placement of every tenant waited for the one platform lock, held through each placement's
-- WAL flush, 52-62% of sessions waiting; bench/README.md).
--
-- take_tenant_call_slots: the tenant's lock, counts and slots, in the caller's transaction (held until it commits, as
-- before: a tenant's placements are serialised, other tenants' are not). It grants as many of the slots asked for
-- (one per id, in order) as every limit allows, counting once for all of them: a batch of placements takes its
-- tenant's slots in one call; the rest are refused with the limit that stopped them.
-- take_platform_call_slots: the platform's lock and per-second count, called by PostgresCallLimiter in a
-- one-statement transaction of its own, committed at once (without waiting for the WAL flush: a count lost in a
-- server crash only lets a few more calls through in that minute), so the platform lock is held for one statement.
-- give_back_platform_call_slots: returns platform slots when the placements they were taken for do not go ahead.
-- take_call_slot (0011) stays for instances still running the previous version; its lock keys are the same.

CREATE FUNCTION take_tenant_call_slots(
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
        WHERE tenant_id = p_tenant AND status IN ('initiated','ringing','in_progress') AND placed_at IS NOT NULL
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

CREATE FUNCTION take_platform_call_slots(
    p_now timestamptz, p_platform_window interval, p_platform integer, p_wanted integer,
    OUT granted integer, OUT oldest timestamptz)
    LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    used bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('calls:platform', 0));
    SELECT coalesce(sum(calls), 0), min(second) INTO used, oldest
    FROM platform_call_counts WHERE second >= date_trunc('second', p_now) - p_platform_window;
    granted := greatest(0, least(p_wanted, p_platform - used));
    IF granted < p_wanted THEN
        oldest := oldest + interval '1 second';
    ELSE
        oldest := NULL;
    END IF;
    IF granted > 0 THEN
        INSERT INTO platform_call_counts AS c (second, calls) VALUES (date_trunc('second', p_now), granted)
        ON CONFLICT (second) DO UPDATE SET calls = c.calls + granted;
        DELETE FROM platform_call_counts WHERE second < date_trunc('second', p_now) - interval '1 hour';
    END IF;
END;
$$;

CREATE FUNCTION give_back_platform_call_slots(p_taken timestamptz, p_count integer)
    RETURNS void LANGUAGE sql VOLATILE
AS $$
    UPDATE platform_call_counts SET calls = greatest(calls - p_count, 0) WHERE second = date_trunc('second', p_taken);
$$;

-- Reminder workflows, call sessions (one per dialled attempt), the call timeline, do-not-call and rate-limit slots.

ALTER TABLE contacts
    ADD COLUMN opted_out      boolean NOT NULL DEFAULT false,
    ADD COLUMN flagged_reason text;

CREATE TABLE reminders (
    tenant_id          uuid NOT NULL REFERENCES tenants (id),
    id                 uuid NOT NULL,
    contact_id         uuid NOT NULL,
    status             text NOT NULL CHECK (status IN ('idle','scheduled','calling','paused','done')),
    appointment_at     timestamptz,
    call_before_hours  integer NOT NULL,
    attempts           integer NOT NULL DEFAULT 0,
    next_call_at       timestamptz,
    timer_seq          integer NOT NULL DEFAULT 0,
    call_attempt       integer,
    call_placed_at     timestamptz,
    call_connected     boolean NOT NULL DEFAULT false,
    last_outcome       text,
    done_reason        text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            integer NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, contact_id),
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id)
);
CREATE INDEX reminders_status_idx ON reminders (tenant_id, status);

CREATE TABLE call_sessions (
    tenant_id         uuid NOT NULL REFERENCES tenants (id),
    id                uuid NOT NULL,
    contact_id        uuid NOT NULL,
    reminder_id       uuid,
    attempt           integer,
    kind              text NOT NULL CHECK (kind IN ('reminder','manual','campaign')),
    idempotency_key   text NOT NULL,
    status            text NOT NULL CHECK (status IN ('initiated','ringing','in_progress','completed','failed')),
    provider_call_id  text,
    outcome           text,
    error             text,
    created_by        uuid,
    created_at        timestamptz NOT NULL,
    placed_at         timestamptz,
    connected_at      timestamptz,
    ended_at          timestamptz,
    updated_at        timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, idempotency_key),
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id)
);
CREATE INDEX call_sessions_contact_idx ON call_sessions (tenant_id, contact_id, created_at DESC);
CREATE INDEX call_sessions_provider_idx ON call_sessions (provider_call_id) WHERE provider_call_id IS NOT NULL;
CREATE INDEX call_sessions_live_idx ON call_sessions (tenant_id) WHERE status IN ('initiated','ringing','in_progress');

-- What happened to a contact's reminder, and why nothing happened when it did not (reason codes).
CREATE TABLE call_timeline (
    tenant_id        uuid NOT NULL REFERENCES tenants (id),
    id               uuid NOT NULL,
    contact_id       uuid NOT NULL,
    reminder_id      uuid,
    call_session_id  uuid,
    occurred_at      timestamptz NOT NULL,
    code             text NOT NULL,
    at               timestamptz,
    attempt          integer,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX call_timeline_contact_idx ON call_timeline (tenant_id, contact_id, occurred_at, id);

CREATE TABLE do_not_call (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    phone       text NOT NULL,
    reason      text,
    created_by  uuid,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, phone)
);

-- Dialling slots used by the rate limits: one row per placed call; counted over rolling windows.
CREATE TABLE call_slots (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    id          uuid NOT NULL,
    taken_at    timestamptz NOT NULL,
    local_day   date NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX call_slots_time_idx ON call_slots (tenant_id, taken_at);
CREATE INDEX call_slots_day_idx ON call_slots (tenant_id, local_day);
CREATE INDEX call_slots_platform_idx ON call_slots (taken_at);

-- Platform-wide dialling slots (the 500 calls per minute limit): timestamps only, no tenant data.
CREATE TABLE platform_call_slots (
    id        uuid PRIMARY KEY,
    taken_at  timestamptz NOT NULL
);
CREATE INDEX platform_call_slots_time_idx ON platform_call_slots (taken_at);

-- In-app notifications for a tenant's staff (e.g. a customer asked to reschedule).
CREATE TABLE staff_notifications (
    tenant_id   uuid NOT NULL REFERENCES tenants (id),
    id          uuid NOT NULL,
    kind        text NOT NULL,
    contact_id  uuid,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX staff_notifications_unread_idx ON staff_notifications (tenant_id, created_at DESC) WHERE read_at IS NULL;

-- Policies read the scope once per statement (a scalar subquery), not once per row.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['reminders','call_sessions','call_timeline','do_not_call','call_slots','staff_notifications'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I USING (
            (SELECT current_setting('app.scope', true)) = 'platform'
            OR tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid))$p$, t);
    END LOOP;
END $$;
